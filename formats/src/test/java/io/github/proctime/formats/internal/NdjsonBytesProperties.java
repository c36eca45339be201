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
import io.github.proctime.formats.FormatRule;
import io.github.proctime.formats.ReadOptions;
import io.github.proctime.formats.RecordReader;
import io.github.proctime.formats.internal.DossierStreamDecoderProperties.LenientRead;
import io.github.proctime.formats.internal.DossierStreamDecoderProperties.Mutation;
import io.github.proctime.formats.internal.DossierStreamDecoderProperties.Seen;
import io.github.proctime.formats.internal.DossierStreamDecoderProperties.StrictRead;
import io.github.proctime.formats.json.DossierNdjson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The NDJSON dossier reader over UTF-8 bytes against the same reader over chars: the same lines
 * (every line end, a last line without one, a byte order mark), the same dossiers, counts and
 * exceptions in strict and lenient mode, on generated and corrupted inputs; and a line that is not
 * UTF-8 is rejected in its place, as MALFORMED_SYNTAX, where the char reader rejects a broken line.
 */
class NdjsonBytesProperties {
  private static final List<String> LINE_ENDS = List.of("\n", "\r\n", "\r");

  /** Byte sequences that are not UTF-8, and some that are, inserted into a line's bytes. */
  private static final List<byte[]> INSERTED_BYTES =
      List.of(
          bytes(0x80),
          bytes(0xbf),
          bytes(0xc3),
          bytes(0xc3, 0x28),
          bytes(0xc0, 0x80),
          bytes(0xe0, 0x80, 0x80),
          bytes(0xed, 0xa0, 0x80),
          bytes(0xe2, 0x82),
          bytes(0xf4, 0x90, 0x80, 0x80),
          bytes(0xf8),
          bytes(0xff),
          bytes(0xc3, 0xa9),
          bytes(0xf0, 0x9d, 0x84, 0x9e),
          bytes(0xef, 0xbb, 0xbf),
          bytes(0x00));

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  private static Function<ReadOptions, RecordReader<Dossier>> chars(String text) {
    return o -> DossierNdjson.reader(new StringReader(text), o);
  }

  private static Function<ReadOptions, RecordReader<Dossier>> bytes(byte[] input) {
    return o -> DossierNdjson.reader(new OneByteAtATime(input), o);
  }

  /** Hands out few bytes per read, so lines and sequences straddle the reads. */
  private static final class OneByteAtATime extends ByteArrayInputStream {
    OneByteAtATime(byte[] bytes) {
      super(bytes);
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      // Mostly a few bytes, sometimes whole words and more (for the line scan's fast path).
      int n = pos % 5 == 0 ? 8 + pos % 61 : 1 + pos % 7;
      return super.read(b, off, Math.min(len, n));
    }
  }

  /**
   * Builds an input from the lines with varied line ends; some record lines start with U+FEFF
   * (which ends a lenient read on the header line: see DossierNdjsonTest for that).
   */
  private static String join(List<String> lines, List<Mutation> mutations, int seed) {
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      Mutation m = mutations.get(i % mutations.size());
      String line = lines.get(i);
      if (i > 0 && (m.where() + seed) % 23 == 0) {
        line = "\uFEFF" + line;
      }
      input.append(line);
      if (i < lines.size() - 1 || seed % 2 == 0) {
        input.append(LINE_ENDS.get((m.what() + seed) % LINE_ENDS.size()));
      }
    }
    return input.toString();
  }

  @Test
  void bytesAndCharsGiveTheSameDossiersAndErrors() {
    qt().withExamples(300)
        .forAll(
            dossierLines(), lists().of(mutations()).ofSizeBetween(8, 8), integers().between(0, 5))
        .checkAssert(
            (records, mutations, seed) -> {
              List<String> lines = new ArrayList<>();
              lines.add(HEADER);
              for (int i = 0; i < records.size(); i++) {
                Mutation mutation = mutations.get(i);
                String line = records.get(i);
                // Half the lines stay valid, some repeat an earlier line (a duplicate code).
                if ((mutation.what() + seed) % 2 == 0) {
                  line =
                      mutation.where() % 4 == 0 && i > 0 ? records.get(mutation.where() % i) : line;
                } else {
                  line = corrupt(line, mutation);
                }
                lines.add(line);
              }
              String text = join(lines, mutations, seed);
              byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
              assertEquals(
                  readLenient(ReadOptions.lenient("p"), chars(text)),
                  readLenient(ReadOptions.lenient("p"), bytes(utf8)),
                  text);
              assertEquals(
                  readStrict(ReadOptions.strict("s"), chars(text)),
                  readStrict(ReadOptions.strict("s"), bytes(utf8)),
                  text);
            });
  }

  /** Whether bytes are UTF-8, by the JDK's strict decoder. */
  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** A rejection as compared: in full, or only rule, source and line for a line not UTF-8. */
  private static Object compared(Seen seen, Set<Long> notUtf8) {
    return notUtf8.contains(seen.line()) ? List.of(seen.rule(), seen.source(), seen.line()) : seen;
  }

  private static List<Object> compared(List<Seen> seen, Set<Long> notUtf8) {
    return seen.stream().map(s -> compared(s, notUtf8)).toList();
  }

  /**
   * A line that is not UTF-8 is rejected as MALFORMED_SYNTAX in its place, and everything else is
   * as if it had been a line of broken JSON: the char reader over the same input with each such
   * line replaced by "x" gives the same dossiers and, but for those lines' details, the same
   * rejections.
   */
  @Test
  void aLineThatIsNotUtf8IsRejectedInItsPlace() {
    qt().withExamples(300)
        .forAll(
            dossierLines(),
            lists().of(mutations()).ofSizeBetween(8, 8),
            integers().between(0, 1000),
            integers().between(0, 5))
        .checkAssert(
            (records, mutations, where, seed) -> {
              ByteArrayOutputStream input = new ByteArrayOutputStream();
              StringBuilder oracle = new StringBuilder(HEADER).append('\n');
              input.writeBytes((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
              Set<Long> notUtf8 = new HashSet<>();
              for (int i = 0; i < records.size(); i++) {
                Mutation m = mutations.get(i);
                byte[] line = records.get(i).getBytes(StandardCharsets.UTF_8);
                if ((m.kind() + seed) % 3 != 0) {
                  byte[] inserted = INSERTED_BYTES.get(m.what() % INSERTED_BYTES.size());
                  int at = (m.where() + where) % (line.length + 1);
                  ByteArrayOutputStream corrupted = new ByteArrayOutputStream();
                  corrupted.write(line, 0, at);
                  corrupted.writeBytes(inserted);
                  corrupted.write(line, at, line.length - at);
                  line = corrupted.toByteArray();
                }
                String end = LINE_ENDS.get((m.what() + seed) % LINE_ENDS.size());
                input.writeBytes(line);
                input.writeBytes(end.getBytes(StandardCharsets.UTF_8));
                if (isUtf8(line)) {
                  oracle.append(new String(line, StandardCharsets.UTF_8));
                } else {
                  notUtf8.add(i + 2L);
                  oracle.append('x');
                }
                oracle.append(end);
              }
              byte[] bytes = input.toByteArray();
              String text = oracle.toString();

              LenientRead expected = readLenient(ReadOptions.lenient("p"), chars(text));
              LenientRead actual = readLenient(ReadOptions.lenient("p"), bytes(bytes));
              assertEquals(expected.accepted(), actual.accepted(), text);
              assertEquals(expected.read(), actual.read(), text);
              assertEquals(expected.rejected(), actual.rejected(), text);
              assertEquals(
                  compared(expected.rejections(), notUtf8),
                  compared(actual.rejections(), notUtf8),
                  text);
              for (Seen seen : actual.rejections()) {
                if (notUtf8.contains(seen.line())) {
                  assertEquals(FormatRule.MALFORMED_SYNTAX, seen.rule());
                  assertTrue(seen.message().contains("not UTF-8"), seen.message());
                  assertTrue(seen.value().orElseThrow().startsWith("0x"), seen.message());
                }
              }

              StrictRead strictExpected = readStrict(ReadOptions.strict("s"), chars(text));
              StrictRead strictActual = readStrict(ReadOptions.strict("s"), bytes(bytes));
              assertEquals(strictExpected.accepted(), strictActual.accepted(), text);
              assertEquals(
                  strictExpected.error() == null ? null : compared(strictExpected.error(), notUtf8),
                  strictActual.error() == null ? null : compared(strictActual.error(), notUtf8),
                  text);
            });
  }
}
