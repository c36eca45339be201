package io.github.proctime.formats.internal;

import io.github.proctime.formats.FormatException;
import io.github.proctime.formats.FormatRule;

/** Where a record starts in its input, and its code once known; makes prefilled exceptions. */
public final class RecordPlace {
  private final String source;
  private final long line;
  private final int column;
  private String code;

  public RecordPlace(String source, long line, int column) {
    this.source = source;
    this.line = line;
    this.column = column;
  }

  public void code(String code) {
    this.code = code;
  }

  public String source() {
    return source;
  }

  public long line() {
    return line;
  }

  /**
   * Starts an exception at this place.
   *
   * @param rule the rule broken
   * @return a builder with source, line, column and code set
   */
  public FormatException.Builder problem(FormatRule rule) {
    return FormatException.builder(rule, source).line(line).column(column).dossierCode(code);
  }
}
