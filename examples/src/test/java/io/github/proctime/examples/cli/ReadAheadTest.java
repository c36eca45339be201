package io.github.proctime.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReadAheadTest {
  @Test
  void batchesComeOutInInputOrder() {
    List<Integer> input = IntStream.range(0, 10_001).boxed().toList();
    List<Integer> output = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    try (ReadAhead<Integer> batches = new ReadAhead<>(input.iterator(), 100)) {
      while (batches.hasNext()) {
        List<Integer> batch = batches.next();
        sizes.add(batch.size());
        output.addAll(batch);
      }
      assertThrows(NoSuchElementException.class, batches::next);
    }
    assertEquals(input, output);
    assertEquals(101, sizes.size());
    assertEquals(1, sizes.get(100));
  }

  @Test
  void anEmptySourceGivesNoBatch() {
    try (ReadAhead<Integer> batches = new ReadAhead<>(List.<Integer>of().iterator(), 10)) {
      assertFalse(batches.hasNext());
    }
  }

  @Test
  void aFailureComesAfterTheBatchesBeforeItThePartialOneIncluded() {
    IllegalStateException failure = new IllegalStateException("line 26: bad");
    Iterator<Integer> source = failingAfter(25, failure);
    List<Integer> seen = new ArrayList<>();
    try (ReadAhead<Integer> batches = new ReadAhead<>(source, 10)) {
      IllegalStateException thrown =
          assertThrows(
              IllegalStateException.class,
              () -> {
                while (batches.hasNext()) {
                  seen.addAll(batches.next());
                }
              });
      assertSame(failure, thrown);
      // Asking again gives the same failure, never a silent end of input.
      assertSame(failure, assertThrows(IllegalStateException.class, batches::hasNext));
    }
    // Every element read before the failure, the last five in a partial batch.
    assertEquals(IntStream.range(0, 25).boxed().toList(), seen);
  }

  @Test
  void readyTellsWithoutWaitingWhetherABatchIsThere() throws InterruptedException {
    // A live source: two elements, then nothing until the test lets it go on.
    java.util.concurrent.CountDownLatch goOn = new java.util.concurrent.CountDownLatch(1);
    Iterator<Integer> source =
        new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            if (next == 2) {
              try {
                goOn.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
              }
            }
            return next < 3;
          }

          @Override
          public Integer next() {
            return next++;
          }
        };
    try (ReadAhead<Integer> batches = new ReadAhead<>(source, 2)) {
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (!batches.ready()) {
        assertTrue(System.nanoTime() < deadline, "the first batch never came");
        Thread.sleep(1);
      }
      assertEquals(List.of(0, 1), batches.next());
      // The source waits: nothing is ready, and asking does not wait for it.
      Thread.sleep(50);
      assertFalse(batches.ready());
      goOn.countDown();
      assertTrue(batches.hasNext());
      assertTrue(batches.ready());
      assertEquals(List.of(2), batches.next());
      assertFalse(batches.hasNext());
      assertTrue(batches.ready(), "the end is known at once");
    }
  }

  @Test
  void closeStopsAReaderThatIsStillReading() throws InterruptedException {
    AtomicInteger read = new AtomicInteger();
    Iterator<Integer> endless =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public Integer next() {
            return read.incrementAndGet();
          }
        };
    ReadAhead<Integer> batches = new ReadAhead<>(endless, 10);
    assertTrue(batches.hasNext());
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), batches.next());
    batches.close();
    int after = read.get();
    // The thread has ended: nothing more is read from the source once close returns (a thread
    // still running would refill the queue close emptied, reading 20 more at least).
    Thread.sleep(100);
    assertEquals(after, read.get());
    assertTrue(after >= 10);
  }

  @Test
  void aCheckedExceptionThrownPastTheCompilerStillReachesTheConsumer() {
    java.io.IOException failure = new java.io.IOException("disk gone");
    Iterator<Integer> source =
        new Iterator<>() {
          private int i;

          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public Integer next() {
            if (i == 5) {
              ReadAheadTest.<RuntimeException>sneaky(failure);
            }
            return i++;
          }
        };
    try (ReadAhead<Integer> batches = new ReadAhead<>(source, 10)) {
      assertEquals(List.of(0, 1, 2, 3, 4), batches.next(), "what was read before the failure");
      IllegalStateException thrown = assertThrows(IllegalStateException.class, batches::hasNext);
      assertSame(failure, thrown.getCause());
    }
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> void sneaky(Throwable t) throws E {
    throw (E) t;
  }

  private static Iterator<Integer> failingAfter(int count, RuntimeException failure) {
    return new Iterator<>() {
      private int i;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Integer next() {
        if (i == count) {
          throw failure;
        }
        return i++;
      }
    };
  }
}
