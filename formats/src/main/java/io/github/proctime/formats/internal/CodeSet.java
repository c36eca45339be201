package io.github.proctime.formats.internal;

import java.util.Arrays;

/**
 * The set of dossier codes a reader has seen, kept as 64-bit hashes in one open-addressing array,
 * so that a stream of tens of millions of dossiers fits a small heap (about 16 bytes per code,
 * against about 100 for a {@code HashSet<String>}).
 *
 * <p>A code is reported as seen when its 64-bit hash was seen: two different codes are taken for
 * one only if their hashes collide, which for ten million codes happens with a probability below 3
 * in a million ({@code n² / 2⁶⁵}); the error message then names the code, and a caller can check
 * it. Not thread-safe: one per reader.
 */
public final class CodeSet {
  // Small to start with: a reader made for a few records should not zero 32 KiB first (that was
  // a quarter of reading one dossier); growth doubles, so a big input pays about the same.
  private long[] slots = new long[1 << 6];
  private int size;

  /**
   * Adds a code.
   *
   * @param code the code
   * @return false if the code (or one with the same 64-bit hash) was added before
   */
  public boolean add(String code) {
    long h = hash(code);
    if (size * 3L >= slots.length * 2L) {
      grow();
    }
    return insert(slots, h);
  }

  /**
   * The number of codes added.
   *
   * @return the count
   */
  public int size() {
    return size;
  }

  private boolean insert(long[] table, long h) {
    int mask = table.length - 1;
    int i = (int) (h ^ (h >>> 32)) & mask;
    while (table[i] != 0) {
      if (table[i] == h) {
        return false;
      }
      i = (i + 1) & mask;
    }
    table[i] = h;
    if (table == slots) {
      size++;
    }
    return true;
  }

  private void grow() {
    long[] old = slots;
    long[] bigger = new long[old.length * 2];
    for (long h : old) {
      if (h != 0) {
        int mask = bigger.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (bigger[i] != 0) {
          i = (i + 1) & mask;
        }
        bigger[i] = h;
      }
    }
    slots = bigger;
  }

  /** FNV-1a over the UTF-16 units, then a 64-bit finaliser (MurmurHash3's fmix64); never 0. */
  static long hash(String code) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < code.length(); i++) {
      h ^= code.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= code.length();
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }

  @Override
  public String toString() {
    return "CodeSet[" + size + " codes, " + Arrays.stream(slots).filter(x -> x != 0).count() + "]";
  }
}
