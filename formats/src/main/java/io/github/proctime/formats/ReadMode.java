package io.github.proctime.formats;

/**
 * What a reader does with a bad record.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ReadMode {
  /** Stop at the first bad record by throwing its {@link FormatException}. */
  STRICT,
  /**
   * Skip a bad record, report it through {@link ReadReport} and the rejection listener, and go on.
   * A dossier is one record: if any of its events is bad, the whole dossier is skipped.
   */
  LENIENT
}
