package io.github.proctime.formats.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes at a time ("SIMD within a register"): a byte array read as little-endian longs, and
 * the classic masks that flag bytes of a word by value. The readers scan text with them, where most
 * bytes are of no interest: line ends ({@link ByteLineBuffer}), non-ASCII bytes ({@link Utf8}), the
 * ends of strings ({@link DossierByteDecoder}).
 *
 * <pre>{@code
 * long word = Swar.word(bytes, i);
 * boolean quote = Swar.equalTo(word, Swar.repeated('"')) != 0;
 * }</pre>
 *
 * <p>A flag is the high bit of a byte. The masks are exact as a yes or no, and the lowest flag is
 * always a true one; a borrow can also flag bytes above a true one (later in memory), so a caller
 * that needs more than the first looks at the bytes one by one. Stateless and thread-safe.
 */
final class Swar {
  /** The low bit of every byte. */
  static final long ONES = 0x0101_0101_0101_0101L;

  /** The high bit of every byte. */
  static final long HIGH_BITS = 0x8080_8080_8080_8080L;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private Swar() {}

  /**
   * Eight bytes as a long, the first in the lowest bits.
   *
   * @param bytes the array
   * @param at the first byte; {@code at + 8} must not pass the array's end
   * @return the word
   */
  static long word(byte[] bytes, int at) {
    return (long) LONGS.get(bytes, at);
  }

  /**
   * A word whose eight bytes are all one byte.
   *
   * @param b the byte
   * @return the word
   */
  static long repeated(int b) {
    return (b & 0xffL) * ONES;
  }

  /**
   * The bytes of a word equal to a byte: those are the zero bytes of {@code y = x ^ pattern},
   * flagged by {@code (y - 0x01..) & ~y}.
   *
   * @param x the word
   * @param pattern the byte, {@link #repeated}
   * @return the flags
   */
  static long equalTo(long x, long pattern) {
    long y = x ^ pattern;
    return (y - ONES) & ~y & HIGH_BITS;
  }

  /**
   * The bytes of a word below a byte value of at most 0x80 (bytes from 0x80 up are never flagged).
   *
   * @param x the word
   * @param limit the value, {@link #repeated}
   * @return the flags
   */
  static long below(long x, long limit) {
    return (x - limit) & ~x & HIGH_BITS;
  }
}
