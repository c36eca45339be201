package io.github.proctime.formats.internal;

import io.github.proctime.formats.FormatException;
import io.github.proctime.formats.FormatRule;
import java.nio.charset.StandardCharsets;

/**
 * Checks and decodes UTF-8 as strictly as the JDK's decoder with {@code CodingErrorAction.REPORT}:
 * a byte that cannot start a sequence, a missing or wrong continuation byte, an overlong form, an
 * encoded surrogate or a code point above U+10FFFF is malformed. Nothing is ever replaced by
 * U+FFFD.
 *
 * <p>Jackson's byte parser is more forgiving (it decodes an encoded surrogate, for one), so the
 * NDJSON reader checks a line here before parsing its bytes. {@code Utf8Properties} checks this
 * class against the JDK's decoder.
 *
 * <pre>{@code
 * if (Utf8.firstMalformed(bytes, start, length) < 0) {
 *   parse(bytes, start, length);
 * }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Utf8 {

  private Utf8() {}

  /**
   * Where the first malformed sequence of a region starts.
   *
   * @param bytes the buffer
   * @param offset where the region starts
   * @param length its length in bytes
   * @return the offset of the malformed sequence's first byte, relative to {@code offset}, or -1 if
   *     the region is well-formed UTF-8
   */
  public static int firstMalformed(byte[] bytes, int offset, int length) {
    int end = offset + length;
    int i = offset;
    while (i < end) {
      // ASCII, eight bytes at a time: most of a record's bytes are.
      while (i + 8 <= end && (Swar.word(bytes, i) & Swar.HIGH_BITS) == 0) {
        i += 8;
      }
      if (i == end) {
        break;
      }
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      int n = sequenceLength(bytes, i, end);
      if (n <= 0) {
        return i - offset;
      }
      i += n;
    }
    return -1;
  }

  /**
   * The length of the well-formed multi-byte sequence at a position, or minus the number of bytes
   * of its malformed start (the lead byte and the continuation bytes that were right before the
   * first wrong one).
   */
  private static int sequenceLength(byte[] bytes, int at, int end) {
    int lead = bytes[at] & 0xff;
    int length;
    int low = 0x80;
    int high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
      length = 2;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead == 0xe0) {
        low = 0xa0; // shorter forms are overlong
      } else if (lead == 0xed) {
        high = 0x9f; // U+D800..U+DFFF are surrogates
      }
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead == 0xf0) {
        low = 0x90;
      } else if (lead == 0xf4) {
        high = 0x8f; // above U+10FFFF
      }
    } else {
      return -1;
    }
    for (int k = 1; k < length; k++) {
      if (at + k >= end) {
        return -k;
      }
      int c = bytes[at + k] & 0xff;
      if (c < low || c > high) {
        return -k;
      }
      low = 0x80;
      high = 0xbf;
    }
    return length;
  }

  /**
   * Decodes a region that must be well-formed.
   *
   * @param bytes the buffer
   * @param offset where the region starts
   * @param length its length in bytes
   * @param place the line the region is, for the exception
   * @return the text
   * @throws FormatException ({@link FormatRule#MALFORMED_SYNTAX}) naming the malformed bytes, their
   *     byte offset in the line and the column of the first char they would have been
   */
  public static String decode(byte[] bytes, int offset, int length, RecordPlace place) {
    int bad = firstMalformed(bytes, offset, length);
    if (bad < 0) {
      return new String(bytes, offset, length, StandardCharsets.UTF_8);
    }
    int chars = new String(bytes, offset, bad, StandardCharsets.UTF_8).length();
    int end = offset + length;
    int n = -sequenceLength(bytes, offset + bad, end);
    int lead = bytes[offset + bad] & 0xff;
    // The bytes that make the sequence malformed: a byte that cannot start one, or a sequence's
    // start and the first wrong byte after it, if the line has one.
    int shown = lead < 0xc2 || lead > 0xf4 ? 1 : Math.min(n + 1, length - bad);
    StringBuilder hex = new StringBuilder();
    for (int k = 0; k < shown; k++) {
      hex.append(k == 0 ? "" : " ").append(String.format("0x%02X", bytes[offset + bad + k] & 0xff));
    }
    boolean truncated = lead >= 0xc2 && lead <= 0xf4 && shown == n;
    throw FormatException.builder(FormatRule.MALFORMED_SYNTAX, place.source())
        .line(place.line())
        .column(chars + 1)
        .value(hex.toString())
        .detail(
            "not UTF-8: the bytes at byte offset "
                + bad
                + " of the line ("
                + hex
                + ") are not a valid UTF-8 sequence"
                + (truncated ? " (it is cut off by the end of the line)" : ""))
        .build();
  }
}
