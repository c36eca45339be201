package io.github.proctime.formats.internal;

import static io.github.proctime.formats.internal.DossierStreamDecoderProperties.HEADER;
import static io.github.proctime.formats.internal.DossierStreamDecoderProperties.corrupt;
import static io.github.proctime.formats.internal.DossierStreamDecoderProperties.dossierLines;
import static io.github.proctime.formats.internal.DossierStreamDecoderProperties.mutations;
import static io.github.proctime.formats.internal.DossierStreamDecoderProperties.readLenient;
import static io.github.proctime.formats.internal.DossierStreamDecoderProperties.readStrict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.proctime.core.Dossier;
import io.github.proctime.formats.ReadOptions;
import io.github.proctime.formats.RecordReader;
import io.github.proctime.formats.internal.DossierStreamDecoderProperties.LenientRead;
import io.github.proctime.formats.internal.DossierStreamDecoderProperties.Mutation;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The NDJSON dossier reader decoding on an executor against the same reader decoding on the calling
 * thread: the same dossiers in the same order, the same counts and rejections (lenient) and the
 * same stop (strict), with batches of every size so that duplicate codes and errors fall on every
 * side of a batch boundary, on a pool of threads and on the calling thread ({@code Runnable::run}).
 */
class DecodingWindowProperties {
  private static final ExecutorService POOL =
      Executors.newFixedThreadPool(
          3,
          r -> {
            Thread t = new Thread(r, "decoding-window-test");
            t.setDaemon(true);
            return t;
          });

  private static final List<Executor> EXECUTORS = List.of(POOL, Runnable::run);

  @AfterAll
  static void shutDown() {
    POOL.shutdownNow();
  }

  /** The dossier reader, over chars or bytes, with a given batch size. */
  static Function<ReadOptions, RecordReader<Dossier>> reader(
      String text, boolean bytes, int batchLines) {
    return options ->
        new NdjsonReader<>(
            bytes
                ? NdjsonInput.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                : NdjsonInput.of(new StringReader(text)),
            options,
            DossierJsonCodec.FORMAT,
            DossierJsonCodec.VERSION,
            DossierJsonCodec::decode,
            DossierStreamDecoder::new,
            io.github.proctime.core.Dossier::code,
            batchLines);
  }

  private static void assertSameReads(String text, int batchLines) {
    for (boolean bytes : List.of(false, true)) {
      LenientRead lenient = readLenient(ReadOptions.lenient("p"), reader(text, bytes, batchLines));
      var strict = readStrict(ReadOptions.strict("s"), reader(text, bytes, batchLines));
      for (Executor executor : EXECUTORS) {
        assertEquals(
            lenient,
            readLenient(
                ReadOptions.lenient("p").withDecodingExecutor(executor),
                reader(text, bytes, batchLines)),
            text);
        assertEquals(
            strict,
            readStrict(
                ReadOptions.strict("s").withDecodingExecutor(executor),
                reader(text, bytes, batchLines)),
            text);
      }
    }
  }

  @Test
  void decodingOnAnExecutorYieldsWhatDecodingInPlaceYields() {
    qt().withExamples(200)
        .forAll(
            dossierLines(),
            lists().of(mutations()).ofSizeBetween(8, 8),
            integers().between(0, 2),
            integers().between(1, 5))
        .checkAssert(
            (lines, mutations, seed, batchLines) -> {
              StringBuilder input = new StringBuilder(HEADER).append('\n');
              for (int i = 0; i < lines.size(); i++) {
                Mutation mutation = mutations.get(i);
                String line = lines.get(i);
                // Half the lines stay valid, some repeat an earlier line (a duplicate code).
                if ((mutation.what() + seed) % 2 == 0) {
                  line =
                      mutation.where() % 3 == 0 && i > 0 ? lines.get(mutation.where() % i) : line;
                } else {
                  line = corrupt(line, mutation);
                }
                input.append(line).append('\n');
              }
              assertSameReads(input.toString(), batchLines);
            });
  }

  /** A dossier line of its own code. */
  static String line(String code) {
    return "{\"code\":\""
        + code
        + "\",\"procedureCode\":\"1.004227\",\"receivingUnit\":\"U\",\"channel\":\"ONLINE\","
        + "\"events\":[{\"type\":\"RECEIVED\",\"occurredAt\":\"2025-03-03T08:00+07:00\","
        + "\"recordedAt\":\"2025-03-03T08:01+07:00\"}]}";
  }

  @Test
  void aLongInputCrossesTheFullBatches() {
    StringBuilder input = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < 1500; i++) {
      String line = line("D-" + i);
      if (i % 97 == 5) {
        line = line.replace("+07:00", "");
      } else if (i % 211 == 7) {
        line = line("D-" + (i - 300));
      }
      input.append(line).append(i % 2 == 0 ? "\n" : "\r\n");
    }
    String text = input.toString();
    LenientRead read = readLenient(ReadOptions.lenient("p"), reader(text, true, 512));
    assertTrue(read.rejected() > 20, "rejections across batches: " + read.rejected());
    assertSameReads(text, NdjsonInput.BATCH_LINES);
  }
}
