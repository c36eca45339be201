package io.github.proctime.formats;

/**
 * The rule a bad input record broke, as reported by {@link FormatException#rule()}.
 *
 * <p>Every reader of this module reports bad input with one of these rules, so that a caller can
 * react to the kind of problem without parsing a message.
 *
 * <pre>{@code
 * catch (FormatException e) {
 *   if (e.rule() == FormatRule.OFFSET_REQUIRED) { ... }
 * }
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum FormatRule {
  /** The text is not well-formed JSON or CSV (unterminated quote, duplicate JSON key, ...). */
  MALFORMED_SYNTAX("the text must be well-formed"),
  /** The document does not declare the expected {@code format} or a supported version. */
  FORMAT_MISMATCH("the document must declare the expected format and a supported formatVersion"),
  /** A required field (JSON) or cell (CSV) is absent or empty. */
  MISSING_FIELD("a required field must be present"),
  /** A field that the format does not define; never ignored, since it may be a misspelling. */
  UNKNOWN_FIELD("only the fields the format defines are allowed"),
  /** A JSON value has the wrong type (a number where text is required, ...). */
  WRONG_TYPE("a field must have the type the format defines"),
  /** A code that is not one of the known values (event type, channel, unit, status code). */
  UNKNOWN_VALUE("a code must be one of the known values"),
  /** A date-time without a zone offset where the format requires one; the zone is never guessed. */
  OFFSET_REQUIRED("a date-time must carry an explicit zone offset"),
  /** A date, time or date-time that cannot be parsed in the format's notation. */
  INVALID_DATE_TIME("a date or time must be written in the format's notation"),
  /** A value of the right type that the domain does not accept (blank code, negative amount). */
  INVALID_VALUE("a value must satisfy the domain's constraints"),
  /** A dossier or procedure code that already appeared earlier in the same input. */
  DUPLICATE_CODE("a dossier or procedure code must appear only once in an input"),
  /** A CSV header lacks a required column. */
  MISSING_COLUMN("the CSV header must name every required column"),
  /** A CSV header names a column the format does not define, or names a column twice. */
  UNKNOWN_COLUMN("the CSV header may name only the columns the format defines, each once"),
  /** A CSV row has a different number of cells from the header. */
  WRONG_CELL_COUNT("a CSV row must have as many cells as the header"),
  /** Values that describe the same dossier disagree (CSV rows of one dossier, portal fields). */
  INCONSISTENT_DOSSIER("the values describing one dossier must agree");

  private final String description;

  FormatRule(String description) {
    this.description = description;
  }

  /**
   * A short English statement of the rule, used in exception messages.
   *
   * @return the rule's statement
   */
  public String description() {
    return description;
  }
}
