package io.github.proctime.formats.internal;

import java.nio.charset.StandardCharsets;

/**
 * A window onto a region of bytes, seen as chars, re-pointed rather than copied: so that {@link
 * Times#parseCommonForm} reads an instant in a line's bytes with the same code that reads it in a
 * String or a parser's chars ({@link CharSlice}).
 *
 * <p>An ASCII byte is seen as its char. A byte from 0x80 up is seen as a char from U+FF80 up (its
 * sign extended), which is no digit, sign or separator of the common form, so that {@link
 * Times#parseCommonForm} rejects a region holding one: the direct path uses the window on bytes it
 * has not checked. The window shows whatever the array holds at the time of each call. Not
 * thread-safe: one per decoder, re-pointed for each value.
 */
final class AsciiSlice implements CharSequence {
  private byte[] bytes = new byte[0];
  private int offset;
  private int length;

  /**
   * Points the window at a region of ASCII bytes.
   *
   * @param bytes the array
   * @param offset where the region starts
   * @param length its length
   * @return this window
   */
  AsciiSlice set(byte[] bytes, int offset, int length) {
    this.bytes = bytes;
    this.offset = offset;
    this.length = length;
    return this;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException("index " + index + ", length " + length);
    }
    return (char) bytes[offset + index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return toString().substring(start, end);
  }

  @Override
  public String toString() {
    return new String(bytes, offset, length, StandardCharsets.US_ASCII);
  }
}
