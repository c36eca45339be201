package io.github.proctime.formats.internal;

import static io.github.proctime.formats.internal.DecodingWindowProperties.line;
import static io.github.proctime.formats.internal.DossierStreamDecoderProperties.HEADER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.proctime.core.Dossier;
import io.github.proctime.formats.FormatException;
import io.github.proctime.formats.ReadOptions;
import io.github.proctime.formats.RecordReader;
import io.github.proctime.formats.json.DossierNdjson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Closing, failures and the executor's refusal, for a reader that decodes on an executor. */
class DecodingWindowTest {
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  @AfterEach
  void shutDown() throws InterruptedException {
    pool.shutdownNow();
    assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES), "every task ended");
  }

  private static String input(int lines) {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < lines; i++) {
      b.append(line("D-" + i)).append('\n');
    }
    return b.toString();
  }

  private static RecordReader<Dossier> reader(
      InputStream in,
      ReadOptions options,
      Function<JsonObjectView, Dossier> decoder,
      Supplier<StreamingDecoder<Dossier>> streaming) {
    return new NdjsonReader<>(
        NdjsonInput.of(in),
        options,
        DossierJsonCodec.FORMAT,
        DossierJsonCodec.VERSION,
        decoder,
        streaming,
        Dossier::code,
        4);
  }

  private static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void closingStopsTheTasksNotYetRunAndClosesTheInput() {
    List<Runnable> deferred = new ArrayList<>();
    AtomicInteger submitted = new AtomicInteger();
    // Runs the first batch at once and keeps the others, as a busy pool would.
    ReadOptions options =
        ReadOptions.strict("c")
            .withDecodingExecutor(
                task -> {
                  if (submitted.getAndIncrement() == 0) {
                    task.run();
                  } else {
                    deferred.add(task);
                  }
                });
    AtomicInteger decoded = new AtomicInteger();
    boolean[] closed = {false};
    InputStream in =
        new ByteArrayInputStream(input(100).getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    RecordReader<Dossier> r =
        reader(
            in,
            options,
            o -> {
              decoded.incrementAndGet();
              return DossierJsonCodec.decode(o);
            },
            null);
    assertEquals("D-0", r.next().code());
    assertEquals(4, decoded.get(), "the first batch");
    assertTrue(deferred.size() >= 1, "batches read ahead: " + deferred.size());
    r.close();
    assertTrue(closed[0]);
    assertEquals(false, r.hasNext());
    deferred.forEach(Runnable::run);
    assertEquals(4, decoded.get(), "no line decoded after close");
  }

  @Test
  void closingMidStreamOnAPoolEndsEveryTask() {
    try (RecordReader<Dossier> r =
        DossierNdjson.reader(
            utf8(input(2000)), ReadOptions.strict("p").withDecodingExecutor(pool))) {
      for (int i = 0; i < 10; i++) {
        assertEquals("D-" + i, r.next().code());
      }
    }
  }

  @Test
  void aBatchTheExecutorHasNotStartedIsDecodedByTheReadingThread() {
    List<Runnable> neverRun = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    try (RecordReader<Dossier> r =
        DossierNdjson.reader(
            utf8(input(1200)), ReadOptions.strict("n").withDecodingExecutor(neverRun::add))) {
      r.forEachRemaining(d -> codes.add(d.code()));
    }
    assertEquals(1200, codes.size());
    assertEquals("D-1199", codes.get(1199));
    assertTrue(neverRun.size() >= 3, "tasks submitted: " + neverRun.size());
  }

  /** A decoder's bug, neither a FormatException nor an I/O error. */
  static final class DecoderBug extends Error {
    private static final long serialVersionUID = 1L;

    DecoderBug() {
      super("bug");
    }
  }

  @Test
  void anUnexpectedExceptionOfADecoderIsThrownInItsPlace() {
    IllegalStateException bug = new IllegalStateException("bug");
    DecoderBug error = new DecoderBug();
    for (RuntimeException thrown : new RuntimeException[] {bug, null}) {
      List<String> codes = new ArrayList<>();
      try (RecordReader<Dossier> r =
          reader(
              utf8(input(30)),
              ReadOptions.lenient("b").withDecodingExecutor(pool),
              o -> {
                Dossier d = DossierJsonCodec.decode(o);
                if (d.code().equals("D-13")) {
                  if (thrown != null) {
                    throw thrown;
                  }
                  throw error;
                }
                return d;
              },
              null)) {
        Throwable e =
            assertThrows(
                Throwable.class,
                () -> {
                  while (r.hasNext()) {
                    codes.add(r.next().code());
                  }
                });
        assertSame(thrown != null ? thrown : error, e);
        assertEquals(13, codes.size());
        // As without an executor, the reader goes on after the line.
        assertEquals("D-14", r.next().code());
      }
    }
  }

  @Test
  void aTaskThatFailsOutsideItsLinesFailsTheReader() {
    IllegalStateException bug = new IllegalStateException("no decoder");
    try (RecordReader<Dossier> r =
        reader(
            utf8(input(30)),
            ReadOptions.strict("t").withDecodingExecutor(pool),
            DossierJsonCodec::decode,
            () -> {
              throw bug;
            })) {
      assertSame(bug, assertThrows(IllegalStateException.class, r::hasNext));
      assertSame(bug, assertThrows(IllegalStateException.class, r::hasNext));
    }
  }

  @Test
  void anExecutorsRefusalLeavesTheBatchToTheReadingThread() {
    // A full or shut-down executor refuses the task: the reading thread decodes the batch itself
    // when it needs it, so every record still comes, in order.
    List<String> codes = new ArrayList<>();
    try (RecordReader<Dossier> r =
        DossierNdjson.reader(
            utf8(input(700)),
            ReadOptions.strict("x")
                .withDecodingExecutor(
                    task -> {
                      throw new RejectedExecutionException("full");
                    }))) {
      r.forEachRemaining(d -> codes.add(d.code()));
    }
    assertEquals(700, codes.size());
    assertEquals("D-0", codes.get(0));
    assertEquals("D-699", codes.get(699));
  }

  @Test
  void anUnexpectedFailureOfTheInputLosesNoLine() {
    // A stream that throws an unchecked exception once, in the middle of a batch, and then goes on:
    // the caller that asks again gets every dossier, as without an executor (a review found the
    // lines of the batch being filled were dropped).
    for (Executor executor : List.of((Executor) Runnable::run, pool)) {
      for (boolean parallel : List.of(false, true)) {
        byte[] text = input(100).getBytes(StandardCharsets.UTF_8);
        InputStream in =
            new ByteArrayInputStream(text) {
              private boolean failed;

              @Override
              public synchronized int read(byte[] b, int off, int len) {
                if (!failed && pos >= 3_000) {
                  failed = true;
                  throw new UncheckedIOException(new IOException("flaky"));
                }
                return super.read(b, off, Math.min(len, 500));
              }
            };
        ReadOptions options = ReadOptions.lenient("flaky");
        List<String> codes = new ArrayList<>();
        int failures = 0;
        try (RecordReader<Dossier> r =
            reader(
                in,
                parallel ? options.withDecodingExecutor(executor) : options,
                DossierJsonCodec::decode,
                DossierStreamDecoder::new)) {
          while (true) {
            try {
              if (!r.hasNext()) {
                break;
              }
              codes.add(r.next().code());
            } catch (UncheckedIOException e) {
              assertEquals("flaky", e.getCause().getMessage());
              failures++;
            }
          }
          assertEquals(100, r.report().read(), "parallel " + parallel);
        }
        assertEquals(1, failures, "parallel " + parallel);
        assertEquals(100, codes.size(), "parallel " + parallel);
        for (int i = 0; i < 100; i++) {
          assertEquals("D-" + i, codes.get(i));
        }
      }
    }
  }

  @Test
  void strictModeStopsTheDecodingAhead() {
    // After strict mode's first rejection the lines decoding ahead will never be asked for: the
    // reader stops them without waiting for close(). The executor only queues its tasks, so the
    // reading thread decodes what it needs itself, and the queued ones run after the stop.
    AtomicInteger decoded = new AtomicInteger();
    List<Runnable> queued = new ArrayList<>();
    String text =
        input(2).replace("\"D-1\"", "\"D-1\"\"") + input(40).substring(HEADER.length() + 1);
    RecordReader<Dossier> r =
        reader(
            utf8(text),
            ReadOptions.strict("strict").withDecodingExecutor(queued::add),
            o -> {
              decoded.incrementAndGet();
              return DossierJsonCodec.decode(o);
            },
            null);
    assertThrows(FormatException.class, () -> r.forEachRemaining(d -> {}));
    int beforeTheStop = decoded.get();
    assertTrue(queued.size() > 1, "batches were read ahead");
    queued.forEach(Runnable::run);
    assertEquals(beforeTheStop, decoded.get(), "no line decoded after the stop");
    r.close();
  }

  @Test
  void aSetInterruptFlagDoesNotFailAReadThatNeedNotWait() {
    Thread.currentThread().interrupt();
    try (RecordReader<Dossier> r =
        DossierNdjson.reader(
            utf8(input(10)), ReadOptions.strict("x").withDecodingExecutor(Runnable::run))) {
      List<String> codes = new ArrayList<>();
      r.forEachRemaining(d -> codes.add(d.code()));
      assertEquals(10, codes.size());
    } finally {
      assertTrue(Thread.interrupted(), "the flag is kept");
    }
  }

  @Test
  void anIoFailureComesAfterTheLinesReadBeforeIt() {
    IOException broken = new IOException("disk");
    for (boolean parallel : List.of(false, true)) {
      InputStream in =
          new SequenceInputStream(
              utf8(input(9)),
              new InputStream() {
                @Override
                public int read() throws IOException {
                  throw broken;
                }
              });
      ReadOptions options = ReadOptions.strict("io");
      List<String> codes = new ArrayList<>();
      try (RecordReader<Dossier> r =
          reader(
              in,
              parallel ? options.withDecodingExecutor(pool) : options,
              DossierJsonCodec::decode,
              DossierStreamDecoder::new)) {
        UncheckedIOException e =
            assertThrows(
                UncheckedIOException.class,
                () -> {
                  while (r.hasNext()) {
                    codes.add(r.next().code());
                  }
                });
        assertSame(broken, e.getCause());
        assertEquals(9, codes.size(), "parallel " + parallel);
      }
    }
  }
}
