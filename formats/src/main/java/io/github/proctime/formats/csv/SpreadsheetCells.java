package io.github.proctime.formats.csv;

import java.util.Objects;

/**
 * Makes text safe to place in a spreadsheet cell (CSV or XLSX).
 *
 * <p>A spreadsheet program treats a cell that starts with {@code =}, {@code +}, {@code -} or
 * {@code @} (and, in some programs, a tab or carriage return) as a formula, so a crafted official's
 * name or pause reason could run a formula when an office opens a report ("CSV injection", OWASP).
 * Such a value is prefixed with a single quote, which spreadsheets show as text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SpreadsheetCells {
  private SpreadsheetCells() {}

  /**
   * Returns the text, neutralised so that a spreadsheet shows it as text.
   *
   * @param text the cell's text
   * @return the text itself when safe, otherwise the text prefixed with {@code '}
   * @throws NullPointerException if text is null
   */
  public static String neutralise(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    boolean formula =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return formula ? "'" + text : text;
  }
}
