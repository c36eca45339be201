package io.github.proctime.formats.internal;

import java.util.Arrays;

/**
 * Reuses one String for a short text that repeats from record to record (unit codes, officials,
 * step ids, procedure codes), read as UTF-8 bytes from a line's buffer: a text seen before costs a
 * comparison of its bytes, with no decoding and no new String.
 *
 * <p>A fixed table of 512 slots: a text takes the slot of its hash, replacing what was there, so
 * memory stays bounded whatever the input. Texts longer than 64 bytes are not cached. A text is put
 * with its bytes, which the caller has found to be well-formed UTF-8; a later equal region is then
 * well-formed too. Not thread-safe: one per decoder.
 */
final class ByteTextCache {
  private static final int MAX_LENGTH = 64;
  private static final int SLOTS = 512;
  private final String[] texts = new String[SLOTS];
  private final byte[][] keys = new byte[SLOTS][];

  /**
   * The cached String of a region, or null if the cache does not hold it.
   *
   * @param bytes the buffer
   * @param offset where the text starts
   * @param length its length in bytes
   * @return the text, or null
   */
  String cached(byte[] bytes, int offset, int length) {
    if (length == 0 || length > MAX_LENGTH) {
      return null;
    }
    int slot = slot(bytes, offset, length);
    byte[] key = keys[slot];
    if (key != null && Arrays.equals(key, 0, key.length, bytes, offset, offset + length)) {
      return texts[slot];
    }
    return null;
  }

  /**
   * Keeps a region's text for the next time, if it is short.
   *
   * @param bytes the buffer
   * @param offset where the text starts
   * @param length its length in bytes
   * @param text the region's text: its bytes decoded, well-formed UTF-8
   */
  void put(byte[] bytes, int offset, int length, String text) {
    if (length > 0 && length <= MAX_LENGTH) {
      int slot = slot(bytes, offset, length);
      keys[slot] = Arrays.copyOfRange(bytes, offset, offset + length);
      texts[slot] = text;
    }
  }

  private static int slot(byte[] bytes, int offset, int length) {
    // A few bytes only: hashing every byte costs about as much as the comparison that decides.
    // A weak hash only means more replaced slots.
    int h =
        length * 31
            + bytes[offset] * 7
            + bytes[offset + (length >> 1)] * 3
            + bytes[offset + length - 1]
            + bytes[offset + (length >> 2)] * 5;
    return (h ^ (h >>> 9)) & (SLOTS - 1);
  }
}
