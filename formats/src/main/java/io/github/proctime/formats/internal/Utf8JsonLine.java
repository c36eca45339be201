package io.github.proctime.formats.internal;

import com.fasterxml.jackson.core.SerializableString;
import java.util.Arrays;

/**
 * A JSON line written straight as UTF-8 bytes into a buffer the rendering thread reuses: the sink
 * of {@code proctime evaluate}'s bulk output ({@code EvaluationJson.assessmentLineUtf8}).
 *
 * <p>It writes exactly the bytes of the compact text Jackson's char generator writes for the same
 * calls, encoded with {@code String.getBytes(UTF_8)}: no spaces; {@code "} and {@code \} escaped
 * with a backslash; the control characters as Jackson escapes them ({@code \b \t \n \f \r}, the
 * others as <code>&#92;u00XX</code> with upper-case hex digits); every other character as its UTF-8
 * bytes, a surrogate pair as the four bytes of its character and a lone surrogate as {@code ?}.
 * {@code Utf8JsonLineProperties} checks that against Jackson on random nestings of every call with
 * texts of every kind of character, and {@code AssessmentLineProperties} on whole lines.
 *
 * <p>Why not Jackson's byte generator, as before: rendering an assessment line (about 7 KB in the
 * benchmark data) was the largest part of a bulk {@code evaluate} run, and the generator's context
 * checks, its own buffer flushed into ours, and a scan of every line for the <code>
 * &#92;u</code> escapes it writes for surrogates (where the text's encoding writes the character)
 * cost more than the writing. A line needs none of that: commas follow from one flag.
 *
 * <pre>{@code
 * Utf8JsonLine line = Utf8JsonLine.forThisThread();
 * EvaluationJsonCodec.encode(assessment, line, zone);
 * byte[] bytes = line.take();
 * }</pre>
 *
 * <p>Not thread-safe: each instance belongs to the thread that got it from {@link #forThisThread}.
 * A buffer that grew past {@link #KEPT_BYTES} is dropped when its line is taken, so a huge line
 * does not stay pinned.
 */
public final class Utf8JsonLine implements JsonSink {
  /** A buffer that grew past this many bytes is not kept for the next line. */
  static final int KEPT_BYTES = 1 << 16;

  private static final int FIRST_BYTES = 1 << 14;
  private static final ThreadLocal<Utf8JsonLine> LINES = ThreadLocal.withInitial(Utf8JsonLine::new);

  /**
   * For each ASCII char: 0 if written as it is, else the char after the backslash, or -1 (u00XX).
   */
  private static final byte[] ESCAPES = escapes();

  private static final byte[] HEX = {
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'
  };

  private byte[] buf = new byte[FIRST_BYTES];
  private final byte[] scratch = new byte[SCRATCH_BYTES];
  private int count;

  /** Whether the next value or name follows another in the same object or array. */
  private boolean comma;

  private Utf8JsonLine() {}

  /**
   * This thread's line, empty.
   *
   * @return the line
   */
  public static Utf8JsonLine forThisThread() {
    Utf8JsonLine line = LINES.get();
    line.count = 0;
    line.comma = false;
    return line;
  }

  /**
   * The line's bytes; the buffer is dropped if the line made it grow past {@link #KEPT_BYTES}.
   *
   * @return a copy of the bytes written since {@link #forThisThread}
   */
  public byte[] take() {
    byte[] bytes = Arrays.copyOf(buf, count);
    if (buf.length > KEPT_BYTES) {
      LINES.remove();
    }
    return bytes;
  }

  /** Makes room for n more bytes and writes the comma that separates a value from the last. */
  private void next(int n) {
    room(n + 1);
    if (comma) {
      buf[count++] = ',';
    }
  }

  private void room(int n) {
    if (Math.addExact(count, n) > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + n));
    }
  }

  @Override
  public void writeStartObject() {
    next(1);
    buf[count++] = '{';
    comma = false;
  }

  @Override
  public void writeEndObject() {
    room(1);
    buf[count++] = '}';
    comma = true;
  }

  @Override
  public void writeStartArray() {
    next(1);
    buf[count++] = '[';
    comma = false;
  }

  @Override
  public void writeEndArray() {
    room(1);
    buf[count++] = ']';
    comma = true;
  }

  @Override
  public void writeFieldName(SerializableString name) {
    byte[] text = name.asUnquotedUTF8();
    next(text.length + 3);
    byte[] b = buf;
    int k = count;
    b[k++] = '"';
    System.arraycopy(text, 0, b, k, text.length);
    k += text.length;
    b[k++] = '"';
    b[k++] = ':';
    count = k;
    comma = false;
  }

  @Override
  public void writeString(String value) {
    int length = value.length();
    // Three bytes a char and the quotes: no char takes more but an escaped control char (six),
    // which makes room for itself below. Reserving six a char dropped the kept buffer for any text
    // of 11,000 chars, and would overflow for huge ones.
    next(Math.toIntExact(3L * length + 2));
    byte[] b = buf;
    int k = count;
    b[k++] = '"';
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        byte escape = ESCAPES[c];
        if (escape == 0) {
          b[k++] = (byte) c;
        } else {
          if (escape < 0) {
            // Six bytes for this char, three for each one after it, and the closing quote.
            count = k;
            room(6 + 3 * (length - i - 1) + 1);
            b = buf;
          }
          b[k++] = '\\';
          if (escape > 0) {
            b[k++] = escape;
          } else {
            b[k++] = 'u';
            b[k++] = '0';
            b[k++] = '0';
            b[k++] = HEX[c >> 4];
            b[k++] = HEX[c & 0xf];
          }
        }
      } else if (c < 0x800) {
        b[k++] = (byte) (0xc0 | c >> 6);
        b[k++] = (byte) (0x80 | (c & 0x3f));
      } else if (!Character.isSurrogate(c)) {
        b[k++] = (byte) (0xe0 | c >> 12);
        b[k++] = (byte) (0x80 | (c >> 6 & 0x3f));
        b[k++] = (byte) (0x80 | (c & 0x3f));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, value.charAt(++i));
        b[k++] = (byte) (0xf0 | cp >> 18);
        b[k++] = (byte) (0x80 | (cp >> 12 & 0x3f));
        b[k++] = (byte) (0x80 | (cp >> 6 & 0x3f));
        b[k++] = (byte) (0x80 | (cp & 0x3f));
      } else {
        b[k++] = '?'; // what the UTF-8 encoder writes for a lone surrogate
      }
    }
    b[k++] = '"';
    count = k;
    comma = true;
  }

  @Override
  public byte[] scratch() {
    return scratch;
  }

  @Override
  public void writeAscii(byte[] bytes, int length) {
    next(length + 2);
    byte[] b = buf;
    int k = count;
    b[k++] = '"';
    System.arraycopy(bytes, 0, b, k, length);
    k += length;
    b[k++] = '"';
    count = k;
    comma = true;
  }

  @Override
  public void writeNumber(int value) {
    next(11);
    long v = value;
    if (v < 0) {
      buf[count++] = '-';
      v = -v;
    }
    int digits = 1;
    for (long rest = v / 10; rest > 0; rest /= 10) {
      digits++;
    }
    for (int i = count + digits - 1; i >= count; i--) {
      buf[i] = (byte) ('0' + v % 10);
      v /= 10;
    }
    count += digits;
    comma = true;
  }

  @Override
  public void writeBoolean(boolean value) {
    next(5);
    byte[] text = value ? TRUE : FALSE;
    System.arraycopy(text, 0, buf, count, text.length);
    count += text.length;
    comma = true;
  }

  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

  private static byte[] escapes() {
    byte[] escapes = new byte[0x80];
    for (int c = 0; c < 0x20; c++) {
      escapes[c] = -1;
    }
    escapes['"'] = '"';
    escapes['\\'] = '\\';
    escapes['\b'] = 'b';
    escapes['\t'] = 't';
    escapes['\f'] = 'f';
    escapes['\n'] = 'n';
    escapes['\r'] = 'r';
    return escapes;
  }
}
