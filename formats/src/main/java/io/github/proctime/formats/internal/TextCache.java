package io.github.proctime.formats.internal;

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
  private final String[] slots = new String[512];

  /**
   * The text of a region as a String, the cached one if equal.
   *
   * @param chars the buffer
   * @param offset where the text starts
   * @param length its length
   * @return the text
   */
  String text(char[] chars, int offset, int length) {
    if (length > MAX_LENGTH) {
      return new String(chars, offset, length);
    }
    int h = length;
    for (int i = offset; i < offset + length; i++) {
      h = 31 * h + chars[i];
    }
    int slot = (h ^ (h >>> 9)) & (slots.length - 1);
    String cached = slots[slot];
    if (cached != null && cached.length() == length && sameChars(cached, chars, offset)) {
      return cached;
    }
    String text = new String(chars, offset, length);
    slots[slot] = text;
    return text;
  }

  private static boolean sameChars(String text, char[] chars, int offset) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
