package io.github.proctime.formats.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * LineBuffer splits lines exactly as BufferedReader.readLine, whatever the read chunks; and
 * ByteLineBuffer splits UTF-8 bytes into the lines readLine finds in their text.
 */
class LineBufferProperties {
  /** Hands out at most a given number of chars per read, so lines straddle every boundary. */
  private static final class ChunkedReader extends Reader {
    private final String text;
    private final int chunk;
    private int position;

    ChunkedReader(String text, int chunk) {
      this.text = text;
      this.chunk = chunk;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (position == text.length()) {
        return -1;
      }
      int n = Math.min(Math.min(length, chunk), text.length() - position);
      text.getChars(position, position + n, buffer, offset);
      position += n;
      return n;
    }

    @Override
    public void close() {}
  }

  private static Gen<String> texts() {
    Gen<String> piece =
        Generate.pick(
            List.of("a", "bc", "{\"x\":1}", "\n", "\r", "\r\n", " ", "é", "0123456789abcdefghij"));
    return lists().of(piece).ofSizeBetween(0, 40).map(l -> String.join("", l));
  }

  private static List<String> viaReadLine(String text) {
    List<String> lines = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new StringReader(text))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  private static List<String> viaLineBuffer(String text, int chunk, int capacity)
      throws IOException {
    List<String> lines = new ArrayList<>();
    try (LineBuffer in = new LineBuffer(new ChunkedReader(text, chunk), capacity)) {
      while (in.next()) {
        String line = in.text();
        assertEquals(line, new String(in.chars(), in.start(), in.length()));
        lines.add(line);
      }
      assertEquals(false, in.next(), "the end stays the end");
    }
    return lines;
  }

  @Test
  void splitsAsReadLineDoes() {
    qt().withExamples(1000)
        .forAll(texts(), integers().between(1, 7), integers().between(1, 40))
        .checkAssert(
            (text, chunk, capacity) -> {
              try {
                assertEquals(viaReadLine(text), viaLineBuffer(text, chunk, capacity), text);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @Test
  void aLineLongerThanTheBufferIsWhole() throws IOException {
    String longLine = "x".repeat(100_000);
    assertEquals(
        List.of("a", longLine, "", "b"), viaLineBuffer("a\r\n" + longLine + "\r\rb", 4096, 16));
  }

  /** Hands out at most a given number of bytes per read. */
  private static final class ChunkedStream extends InputStream {
    private final byte[] bytes;
    private final int chunk;
    private int position;

    ChunkedStream(byte[] bytes, int chunk) {
      this.bytes = bytes;
      this.chunk = chunk;
    }

    @Override
    public int read() {
      throw new AssertionError("the line buffer reads in chunks");
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (position == bytes.length) {
        return -1;
      }
      int n = Math.min(Math.min(length, chunk), bytes.length - position);
      System.arraycopy(bytes, position, buffer, offset, n);
      position += n;
      return n;
    }
  }

  private static List<String> viaByteLineBuffer(String text, int chunk, int capacity)
      throws IOException {
    List<String> lines = new ArrayList<>();
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    try (ByteLineBuffer in = new ByteLineBuffer(new ChunkedStream(utf8, chunk), capacity)) {
      while (in.next()) {
        lines.add(new String(in.bytes(), in.start(), in.length(), StandardCharsets.UTF_8));
      }
      assertEquals(false, in.next(), "the end stays the end");
    }
    return lines;
  }

  @Test
  void bytesSplitAsReadLineSplitsTheirText() {
    qt().withExamples(1000)
        // Reads of 1-7 bytes make lines straddle reads; reads of up to 80 and of 8,192 let the
        // eight-bytes-at-a-time scan run over whole words (a review found a mutant of it that
        // reads of 1-7 bytes could not catch).
        .forAll(
            texts(),
            integers().between(1, 90).map(c -> c > 80 ? 8192 : c),
            integers().between(1, 40))
        .checkAssert(
            (text, chunk, capacity) -> {
              try {
                assertEquals(viaReadLine(text), viaByteLineBuffer(text, chunk, capacity), text);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @Test
  void aByteLineLongerThanTheBufferIsWhole() throws IOException {
    String longLine = "é".repeat(100_000);
    assertEquals(
        List.of("a", longLine, "", "b"), viaByteLineBuffer("a\r\n" + longLine + "\r\rb", 4096, 16));
  }
}
