package io.github.proctime.examples.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a stream in batches on a background thread, so the next batch is read while the caller
 * evaluates the current one.
 *
 * <p>Why: reading and decoding NDJSON was sequential, and it took as long as evaluating; with
 * reading and evaluating in turn, one core idled during every read (see {@code BENCHMARKS.md}).
 * NDJSON is now read as bytes, and decoded here or, on more than two cores, on the common pool
 * ({@link DecodingPool}); either way reading stays sequential (splitting the input into lines,
 * handing the dossiers out in order), and is done here while the caller evaluates.
 *
 * <p>Batches come out in input order. A failure of the source (a {@code FormatException} in strict
 * mode, an I/O error) is thrown from {@link #hasNext()} (and {@link #next()}) in its place: after
 * the batches read before it, the last of them holding the elements read since the last full batch,
 * exactly as when the caller read the source itself; a checked exception thrown past the compiler
 * comes wrapped in an {@code IllegalStateException}. At most two batches wait in the queue and one
 * is being filled; the caller holds those it is evaluating. {@link #close()} stops the thread and
 * waits for it, so the caller may close the source afterwards; a source blocked in a read that an
 * interrupt does not end (a {@code FileInputStream} on a pipe) is waited for until the read
 * returns. The CLI's file inputs are channels, which an interrupt closes.
 *
 * <p>One consumer thread; not thread-safe otherwise.
 *
 * @param <T> the element type
 */
final class ReadAhead<T> implements Iterator<List<T>>, AutoCloseable {
  private static final Object END = new Object();

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2);
  private final Thread thread;
  private volatile boolean cancelled;
  private Object head;

  /**
   * Starts reading.
   *
   * @param source the source; only the background thread touches it until {@link #close()}
   * @param batchSize the number of elements per batch
   */
  ReadAhead(Iterator<T> source, int batchSize) {
    thread =
        new Thread(
            () -> {
              List<T> batch = new ArrayList<>(batchSize);
              try {
                while (!cancelled && source.hasNext()) {
                  batch.add(source.next());
                  if (batch.size() == batchSize) {
                    queue.put(batch);
                    batch = null; // handed over: not to be offered again if the next line fails
                    batch = new ArrayList<>(batchSize);
                  }
                }
                if (!batch.isEmpty()) {
                  queue.put(batch);
                }
                queue.put(END);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } catch (Throwable e) {
                // Every failure reaches the consumer, which would otherwise wait for ever; the
                // elements read before it first, so a strict run sees every dossier before a bad
                // record, and an earlier failure among them is the one it reports.
                offerFailure(batch, e);
              }
            },
            "proctime-read-ahead");
    thread.setDaemon(true);
    thread.start();
  }

  private void offerFailure(List<T> readBefore, Throwable failure) {
    try {
      if (readBefore != null && !readBefore.isEmpty()) {
        queue.put(readBefore);
      }
      queue.put(new Failure(failure));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A failure of the source, passed to the consumer in its place in the stream. */
  private record Failure(Throwable cause) {}

  @Override
  public boolean hasNext() {
    if (head == null) {
      try {
        head = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for input", e);
      }
    }
    if (head instanceof Failure f) {
      if (f.cause() instanceof RuntimeException r) {
        throw r;
      }
      if (f.cause() instanceof Error e) {
        throw e;
      }
      throw new IllegalStateException("Reading the input failed: " + f.cause(), f.cause());
    }
    return head != END;
  }

  /**
   * Tells, without waiting, whether {@link #hasNext()} would answer at once: a batch, the end or
   * the failure is already read. A caller with other work (lines to write) does it meanwhile,
   * rather than wait for a slow or live input to fill a batch.
   *
   * @return true if the next call of {@link #hasNext()} does not wait
   */
  boolean ready() {
    if (head == null) {
      head = queue.poll();
    }
    return head != null;
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<T> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    List<T> batch = (List<T>) head;
    head = null;
    return batch;
  }

  /** Stops the background thread (if it is still reading) and waits for it to end. */
  @Override
  public void close() {
    cancelled = true;
    thread.interrupt();
    boolean interrupted = false;
    while (thread.isAlive()) {
      queue.clear();
      try {
        thread.join(10);
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
