package io.github.proctime.formats.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf8JsonLine} writes exactly the UTF-8 encoding of what Jackson's compact char generator
 * writes for the same calls, for values nested in any way and texts of every kind of character.
 */
class Utf8JsonLineProperties {
  /** Characters of every kind the writer treats apart. */
  private static final List<String> PIECES =
      List.of(
          "a",
          "Z",
          " ",
          "~",
          "\u007F",
          "\"",
          "\\",
          "/",
          "\b",
          "\t",
          "\n",
          "\f",
          "\r",
          "\u0000",
          "\u0001",
          "\u001F",
          "é",
          "\u00FF",
          "\u0100",
          "ễ",
          "\u07FF",
          "\u0800",
          "𡨸",
          "😀",
          "\uFFFF",
          "\uD800",
          "\uDBFF",
          "\uDC00",
          "\uDFFF",
          "\uE000",
          "Nguyễn Văn",
          "u0041");

  private static final List<SerializedString> NAMES =
      List.of(
          new SerializedString("a"),
          new SerializedString("dueAt"),
          new SerializedString("legitimatelyPaused"));

  /** Makes the same random calls on a sink. */
  private static void write(JsonSink sink, long seed) throws IOException {
    Random random = new Random(seed);
    sink.writeStartObject();
    members(sink, random, 0);
    sink.writeEndObject();
  }

  private static void members(JsonSink sink, Random random, int depth) throws IOException {
    int n = random.nextInt(5);
    for (int i = 0; i < n; i++) {
      sink.writeFieldName(NAMES.get(random.nextInt(NAMES.size())));
      value(sink, random, depth);
    }
  }

  private static void value(JsonSink sink, Random random, int depth) throws IOException {
    switch (random.nextInt(depth > 3 ? 5 : 7)) {
      case 0 -> {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(6);
        for (int p = 0; p < pieces; p++) {
          text.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        sink.writeString(text.toString());
      }
      case 1 -> {
        int[] numbers = {
          0, 7, -1, 10, 99, 100, -100, 123_456, Integer.MAX_VALUE, Integer.MIN_VALUE
        };
        sink.writeNumber(
            random.nextBoolean() ? numbers[random.nextInt(numbers.length)] : random.nextInt());
      }
      case 2 -> sink.writeBoolean(random.nextBoolean());
      case 3 -> {
        byte[] ascii = "2025-03-03T08:00:00+07:00 PT12H30M".getBytes(StandardCharsets.US_ASCII);
        sink.writeAscii(ascii, random.nextInt(ascii.length + 1));
      }
      case 4 -> sink.writeString("");
      case 5 -> {
        sink.writeStartArray();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          value(sink, random, depth + 1);
        }
        sink.writeEndArray();
      }
      default -> {
        sink.writeStartObject();
        members(sink, random, depth + 1);
        sink.writeEndObject();
      }
    }
  }

  private static byte[] viaJackson(long seed) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = Json.compactGenerator(text)) {
      write(JsonSink.of(g), seed);
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] direct(long seed) throws IOException {
    Utf8JsonLine line = Utf8JsonLine.forThisThread();
    write(line, seed);
    return line.take();
  }

  @Test
  void writesTheBytesOfJacksonsTextInUtf8() {
    qt().withExamples(3000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              try {
                byte[] expected = viaJackson(seed);
                assertArrayEquals(
                    expected,
                    direct(seed),
                    () -> new String(expected, StandardCharsets.UTF_8) + " (seed " + seed + ")");
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            });
  }

  @Test
  void everyCharacterOfTheBasicPlaneAloneIsWrittenAsJacksonWritesIt() throws IOException {
    for (int c = 0; c <= 0xFFFF; c++) {
      String text = "x" + (char) c + "y";
      StringWriter expected = new StringWriter();
      try (JsonGenerator g = Json.compactGenerator(expected)) {
        g.writeString(text);
      }
      Utf8JsonLine line = Utf8JsonLine.forThisThread();
      line.writeString(text);
      byte[] written = line.take();
      byte[] wanted = expected.toString().getBytes(StandardCharsets.UTF_8);
      if (!java.util.Arrays.equals(wanted, written)) {
        assertArrayEquals(wanted, written, "U+" + Integer.toHexString(c));
      }
    }
  }

  /** Long texts, in the middle of a line, grow the buffer; escapes make room for themselves. */
  @Test
  void longTextsAndManyEscapesAreWrittenAsJacksonWritesThem() throws IOException {
    for (String text :
        List.of(
            "x".repeat(20_000),
            "\u0001".repeat(20_000),
            "ễ".repeat(9_000) + "\u0001".repeat(9_000),
            "a\u0001".repeat(7_000) + "😀".repeat(3_000))) {
      StringWriter expected = new StringWriter();
      try (JsonGenerator g = Json.compactGenerator(expected)) {
        write(JsonSink.of(g), text);
      }
      Utf8JsonLine line = Utf8JsonLine.forThisThread();
      write(line, text);
      assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8), line.take());
    }
  }

  private static void write(JsonSink sink, String text) throws IOException {
    sink.writeStartArray();
    sink.writeString("before");
    sink.writeString(text);
    sink.writeNumber(1);
    sink.writeEndArray();
  }

  /**
   * A line well under the limit keeps its buffer, however its texts are made: a first version
   * reserved six bytes for every char of a text, and dropped the buffer for a text of 11,000 chars.
   */
  @Test
  void aLineUnderTheLimitKeepsItsBuffer() {
    Utf8JsonLine line = Utf8JsonLine.forThisThread();
    line.writeString("x".repeat(Utf8JsonLine.KEPT_BYTES / 3 - 8));
    line.take();
    assertSame(line, Utf8JsonLine.forThisThread());
  }

  @Test
  void aBufferThatGrewPastTheLimitIsNotKept() {
    Utf8JsonLine first = Utf8JsonLine.forThisThread();
    first.writeString("x".repeat(100));
    assertEquals(102, first.take().length);
    assertSame(first, Utf8JsonLine.forThisThread());
    Utf8JsonLine again = Utf8JsonLine.forThisThread();
    again.writeString("x".repeat(Utf8JsonLine.KEPT_BYTES));
    assertEquals(Utf8JsonLine.KEPT_BYTES + 2, again.take().length);
    Utf8JsonLine next = Utf8JsonLine.forThisThread();
    assertNotSame(again, next);
    assertEquals(0, next.take().length);
  }
}
