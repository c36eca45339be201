package io.github.proctime.formats;

/**
 * The language of the column headers (and state labels) of the reports written for people: CSV and
 * spreadsheet outputs. Vietnamese is the default.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum HeaderLanguage {
  /** Vietnamese headers and labels, such as "Mã hồ sơ" and "Đúng hạn". */
  VIETNAMESE,
  /** English snake_case headers and the enum names, such as {@code dossier_code}, for programs. */
  ENGLISH
}
