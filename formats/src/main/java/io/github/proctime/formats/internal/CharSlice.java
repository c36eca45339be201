package io.github.proctime.formats.internal;

/**
 * A window onto a region of a {@code char[]} that is re-pointed rather than copied, so that text a
 * parser holds in its buffer can be inspected (an instant, an enum name) without making a String.
 *
 * <p>The window shows whatever the array holds at the time of each call. Not thread-safe: one per
 * decoder, re-pointed for each value.
 */
final class CharSlice implements CharSequence {
  private char[] chars = new char[0];
  private int offset;
  private int length;

  /**
   * Points the window at a region.
   *
   * @param chars the array
   * @param offset where the region starts
   * @param length its length
   * @return this window
   */
  CharSlice set(char[] chars, int offset, int length) {
    this.chars = chars;
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
    return chars[offset + index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return toString().substring(start, end);
  }

  @Override
  public String toString() {
    return new String(chars, offset, length);
  }
}
