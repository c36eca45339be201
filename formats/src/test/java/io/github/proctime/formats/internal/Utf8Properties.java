package io.github.proctime.formats.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.proctime.formats.FormatException;
import io.github.proctime.formats.FormatRule;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/** Utf8 against the JDK's strict UTF-8 decoder, the oracle for what is well-formed. */
class Utf8Properties {
  /** Bytes around every boundary of UTF-8: ASCII, continuations, each lead's limits. */
  private static final int[] INTERESTING =
      new int[] {
        0x00, 0x0a, 0x22, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf,
        0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xf8, 0xfe, 0xff
      };

  private static Gen<byte[]> byteStrings() {
    Gen<byte[]> piece =
        integers()
            .between(0, 60)
            .map(
                i -> {
                  if (i < INTERESTING.length) {
                    return new byte[] {(byte) INTERESTING[i]};
                  }
                  // A run of ASCII, so that the eight-at-a-time loop is taken.
                  return "abcdefghijkl".substring(0, i - INTERESTING.length >> 2).getBytes();
                });
    return lists()
        .of(piece)
        .ofSizeBetween(0, 30)
        .map(
            pieces -> {
              java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
              pieces.forEach(out::writeBytes);
              return out.toByteArray();
            });
  }

  /** Where the JDK's strict decoder finds the first malformed input, or -1. */
  private static int jdkFirstMalformed(byte[] bytes, int offset, int length) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    CharBuffer out = CharBuffer.allocate(length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      return in.position() - offset;
    }
    result = decoder.flush(out);
    return result.isError() ? in.position() - offset : -1;
  }

  @Test
  void findsTheFirstMalformedSequenceWhereTheJdkDecoderDoes() {
    qt().withExamples(1000)
        .forAll(byteStrings(), integers().between(0, 3), integers().between(0, 3))
        .checkAssert(
            (bytes, cutStart, cutEnd) -> {
              int offset = Math.min(cutStart, bytes.length);
              int length = Math.max(0, bytes.length - offset - cutEnd);
              assertEquals(
                  jdkFirstMalformed(bytes, offset, length),
                  Utf8.firstMalformed(bytes, offset, length),
                  () -> hex(bytes, offset, length));
            });
  }

  @Test
  void decodesWellFormedTextAsTheJdkDoes() {
    qt().withExamples(300)
        .forAll(byteStrings())
        .checkAssert(
            bytes -> {
              if (jdkFirstMalformed(bytes, 0, bytes.length) < 0) {
                assertEquals(
                    new String(bytes, StandardCharsets.UTF_8),
                    Utf8.decode(bytes, 0, bytes.length, new RecordPlace("s", 1, 1)));
              }
            });
  }

  static Stream<Arguments> malformedLines() {
    return Stream.of(
        // line, column of the first bad char, value, byte offset named in the message
        Arguments.of(new byte[] {'a', 'b', (byte) 0xff, 'c'}, 3, "0xFF", 2),
        Arguments.of(new byte[] {'{', (byte) 0xc3, '(', '}'}, 2, "0xC3 0x28", 1),
        Arguments.of(
            new byte[] {(byte) 0xc3, (byte) 0xa9, (byte) 0xed, (byte) 0xa0, (byte) 0x80},
            2,
            "0xED 0xA0",
            2),
        Arguments.of(new byte[] {'x', (byte) 0xc0, (byte) 0x80}, 2, "0xC0", 1),
        Arguments.of(
            new byte[] {(byte) 0xf0, (byte) 0x9d, (byte) 0x84, (byte) 0x9e, 'a', (byte) 0xe2},
            4,
            "0xE2",
            5));
  }

  @ParameterizedTest
  @MethodSource("malformedLines")
  void aMalformedLineIsRejectedNamingItsBytes(
      byte[] line, int column, String value, int byteOffset) {
    byte[] buffer = new byte[line.length + 3];
    System.arraycopy(line, 0, buffer, 2, line.length);
    FormatException e =
        assertThrows(
            FormatException.class,
            () -> Utf8.decode(buffer, 2, line.length, new RecordPlace("d.ndjson", 7, 1)));
    assertEquals(FormatRule.MALFORMED_SYNTAX, e.rule());
    assertEquals("d.ndjson", e.source());
    assertEquals(7, e.line());
    assertEquals(column, e.column());
    assertEquals(Optional.of(value), e.value());
    assertEquals(Optional.empty(), e.field());
    assertEquals(
        true,
        e.getMessage().contains("not UTF-8: the bytes at byte offset " + byteOffset + " "),
        e.getMessage());
  }

  private static String hex(byte[] bytes, int offset, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = offset; i < offset + length; i++) {
      b.append(String.format("%02x ", bytes[i] & 0xff));
    }
    return b.toString();
  }

  @Test
  void everyInterestingPairIsJudgedAsTheJdkJudgesIt() {
    for (int a : INTERESTING) {
      for (int b : INTERESTING) {
        for (int c : List.of(0x41, 0x80, 0xbf)) {
          byte[] bytes = {(byte) a, (byte) b, (byte) c, (byte) 0x80};
          for (int length = 1; length <= 4; length++) {
            assertEquals(
                jdkFirstMalformed(bytes, 0, length),
                Utf8.firstMalformed(bytes, 0, length),
                hex(bytes, 0, length));
          }
        }
      }
    }
  }
}
