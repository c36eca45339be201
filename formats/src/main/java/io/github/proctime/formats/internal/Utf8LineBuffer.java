package io.github.proctime.formats.internal;

import java.io.ByteArrayOutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The reusable byte buffer a thread renders JSON lines into, and the check that tells whether
 * Jackson's byte generator wrote a {@code \}{@code u} escape in a line.
 *
 * <p>Why one buffer per thread: a new buffer per line, grown and copied as the line got longer, was
 * a quarter of rendering an assessment line. A buffer that grew past {@link #KEPT_BYTES} is dropped
 * as soon as the line is taken, so a huge line does not stay pinned; each rendering thread keeps
 * one buffer of at most that size.
 *
 * <p>Not thread-safe: each instance belongs to the thread that got it from {@link #forThisThread}.
 */
public final class Utf8LineBuffer extends ByteArrayOutputStream {
  /** A buffer that grew past this many bytes is not kept for the next line. */
  static final int KEPT_BYTES = 1 << 16;

  private static final int FIRST_BYTES = 1 << 14;
  private static final ThreadLocal<Utf8LineBuffer> BUFFERS =
      ThreadLocal.withInitial(Utf8LineBuffer::new);
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long BACKSLASHES = 0x5C5C_5C5C_5C5C_5C5CL;
  private static final long ONES = 0x0101_0101_0101_0101L;
  private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

  private Utf8LineBuffer() {
    super(FIRST_BYTES);
  }

  /**
   * This thread's buffer, empty.
   *
   * @return the buffer
   */
  public static Utf8LineBuffer forThisThread() {
    Utf8LineBuffer line = BUFFERS.get();
    line.reset();
    return line;
  }

  /**
   * The line's bytes; the buffer is dropped if the line made it grow past {@link #KEPT_BYTES}.
   *
   * @return a copy of the bytes written since {@link #forThisThread}
   */
  public byte[] take() {
    byte[] bytes = toByteArray();
    if (buf.length > KEPT_BYTES) {
      BUFFERS.remove();
    }
    return bytes;
  }

  /**
   * Whether the line holds a backslash followed by {@code u}: a {@code \}{@code u} escape, or an
   * escaped backslash followed by a {@code u} of the text (a false alarm, which only costs the
   * caller a slower path that is right for every line).
   *
   * @return whether such a pair occurs
   */
  public boolean hasUnicodeEscape() {
    return hasUnicodeEscape(buf, count);
  }

  /**
   * Whether {@code b[0..length)} holds a backslash followed by {@code u}. Eight bytes at a time:
   * backslashes are rare, and a byte-by-byte loop was a tenth of rendering a line.
   *
   * @param b the bytes
   * @param length how many of them to look at
   * @return whether such a pair occurs
   */
  static boolean hasUnicodeEscape(byte[] b, int length) {
    int i = 0;
    for (; i + 8 <= length; i += 8) {
      long v = (long) LONGS.get(b, i) ^ BACKSLASHES;
      // Some byte of v is zero (a backslash in b) if and only if this is non-zero.
      if (((v - ONES) & ~v & HIGH_BITS) != 0 && escapeAt(b, length, i, i + 8)) {
        return true;
      }
    }
    return escapeAt(b, length, i, length);
  }

  /** Whether a backslash at one of the positions from..to-1 is followed by {@code u}. */
  private static boolean escapeAt(byte[] b, int length, int from, int to) {
    for (int k = from; k < to && k + 1 < length; k++) {
      if (b[k] == '\\' && b[k + 1] == 'u') {
        return true;
      }
    }
    return false;
  }
}
