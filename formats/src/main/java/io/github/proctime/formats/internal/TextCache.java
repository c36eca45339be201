package io.github.proctime.formats.internal;

import java.util.Arrays;

/**
 * Reuses one String for a short text that repeats from record to record (unit codes, officials,
 * step ids, procedure codes), read from a parser's buffer, instead of making a new one each time.
 *
 * <p>A fixed table of 512 slots: a text takes the slot of its hash, replacing what was there, so
 * memory stays bounded whatever the input. Texts longer than 48 chars are not cached. Not
 * thread-safe: one per decoder.
 */
final class TextCache {
  private static final int MAX_LENGTH = 48;
  private static final int SLOTS = 512;
  private final String[] texts = new String[SLOTS];
  private final char[][] keys = new char[SLOTS][];

  /**
   * The text of a region as a String, the cached one if equal.
   *
   * @param chars the buffer
   * @param offset where the text starts
   * @param length its length
   * @return the text
   */
  String text(char[] chars, int offset, int length) {
    if (length == 0 || length > MAX_LENGTH) {
      return new String(chars, offset, length);
    }
    // A few chars only: hashing every char cost as much as making the String. The comparison
    // below decides; a weak hash only means more replaced slots.
    int last = offset + length - 1;
    int h = length * 31 + chars[offset] * 7 + chars[offset + (length >> 1)] * 3 + chars[last];
    int slot = (h ^ (h >>> 9)) & (SLOTS - 1);
    char[] key = keys[slot];
    if (key != null && Arrays.equals(key, 0, key.length, chars, offset, offset + length)) {
      return texts[slot];
    }
    String text = new String(chars, offset, length);
    keys[slot] = Arrays.copyOfRange(chars, offset, offset + length);
    texts[slot] = text;
    return text;
  }
}
