package io.github.proctime.formats;

import io.github.proctime.ProctimeException;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown (strict mode) or reported (lenient mode) for a bad input record: names the source, the
 * place in it, the offending value and the rule it breaks.
 *
 * <p>The place is given as a 1-based {@link #line()} and {@link #column()} (0 when not known) and,
 * for JSON, as a {@link #jsonPath()} such as {@code $.events[2].occurredAt}. For a CSV cell, the
 * column is the 1-based cell index and {@link #field()} the column's name. {@link #value()} is the
 * text as it appeared in the input (absent for a missing field).
 *
 * <pre>{@code
 * try {
 *   reader.forEachRemaining(sink);
 * } catch (FormatException e) {
 *   System.err.println(e.source() + ":" + e.line() + " " + e.rule() + " " + e.field().orElse(""));
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FormatException extends ProctimeException {
  private static final long serialVersionUID = 1L;

  /** The rule broken. */
  private final FormatRule rule;

  /** The input's name. */
  private final String source;

  /** The 1-based line, 0 if not known. */
  private final long line;

  /** The 1-based column or cell, 0 if not known. */
  private final int column;

  /** The JSON path, or null. */
  private final String jsonPath;

  /** The field or column name, or null. */
  private final String field;

  /** The offending value, or null if missing. */
  private final String value;

  /** The dossier or procedure code, or null. */
  private final String dossierCode;

  private FormatException(Builder b, String message) {
    super(message, b.cause);
    this.rule = b.rule;
    this.source = b.source;
    this.line = b.line;
    this.column = b.column;
    this.jsonPath = b.jsonPath;
    this.field = b.field;
    this.value = b.value;
    this.dossierCode = b.dossierCode;
  }

  /**
   * Starts describing a bad record.
   *
   * @param rule the rule the record breaks
   * @param source the name of the input, such as a file name
   * @return a builder
   */
  public static Builder builder(FormatRule rule, String source) {
    return new Builder(rule, source);
  }

  /**
   * The rule the record breaks.
   *
   * @return the rule
   */
  public FormatRule rule() {
    return rule;
  }

  /**
   * The name of the input, as given in {@link ReadOptions#source()}.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * The 1-based line where the problem is (for a CSV row or NDJSON record, the line where it
   * starts).
   *
   * @return the line, or 0 if not known
   */
  public long line() {
    return line;
  }

  /**
   * The 1-based column: a character position in JSON, a cell index in CSV.
   *
   * @return the column, or 0 if not known
   */
  public int column() {
    return column;
  }

  /**
   * The JSON path of the offending value, such as {@code $.events[2].occurredAt}, relative to the
   * record (a dossier, a procedure) for record-oriented formats.
   *
   * @return the path, if the input is JSON
   */
  public Optional<String> jsonPath() {
    return Optional.ofNullable(jsonPath);
  }

  /**
   * The name of the offending field or CSV column.
   *
   * @return the field name, if the problem concerns one field
   */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /**
   * The offending value, as text from the input.
   *
   * @return the value, or empty if the field is missing
   */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /**
   * The code of the dossier (or procedure) the bad record belongs to.
   *
   * @return the code, if it could be read
   */
  public Optional<String> dossierCode() {
    return Optional.ofNullable(dossierCode);
  }

  /** Builds {@link FormatException}s; not thread-safe. */
  public static final class Builder {
    private final FormatRule rule;
    private final String source;
    private long line;
    private int column;
    private String jsonPath;
    private String field;
    private String value;
    private String dossierCode;
    private String detail;
    private Throwable cause;

    private Builder(FormatRule rule, String source) {
      this.rule = Objects.requireNonNull(rule, "rule");
      this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Sets the line.
     *
     * @param line the 1-based line, 0 if not known
     * @return this builder
     */
    public Builder line(long line) {
      this.line = line;
      return this;
    }

    /**
     * Sets the column.
     *
     * @param column the 1-based column, 0 if not known
     * @return this builder
     */
    public Builder column(int column) {
      this.column = column;
      return this;
    }

    /**
     * Sets the JSON path.
     *
     * @param jsonPath the path, or null
     * @return this builder
     */
    public Builder jsonPath(String jsonPath) {
      this.jsonPath = jsonPath;
      return this;
    }

    /**
     * Sets the field or column name.
     *
     * @param field the name, or null
     * @return this builder
     */
    public Builder field(String field) {
      this.field = field;
      return this;
    }

    /**
     * Sets the offending value.
     *
     * @param value the value as text, or null if missing
     * @return this builder
     */
    public Builder value(String value) {
      this.value = value;
      return this;
    }

    /**
     * Sets the dossier (or procedure) code.
     *
     * @param dossierCode the code, or null
     * @return this builder
     */
    public Builder dossierCode(String dossierCode) {
      this.dossierCode = dossierCode;
      return this;
    }

    /**
     * Adds a detail to the message, such as the expected notation.
     *
     * @param detail the detail, or null
     * @return this builder
     */
    public Builder detail(String detail) {
      this.detail = detail;
      return this;
    }

    /**
     * Keeps the underlying failure.
     *
     * @param cause the cause, or null
     * @return this builder
     */
    public Builder cause(Throwable cause) {
      this.cause = cause;
      return this;
    }

    /**
     * Builds the exception.
     *
     * @return the exception, with a message naming the place, the field, the value and the rule
     */
    public FormatException build() {
      StringBuilder m = new StringBuilder(source);
      if (line > 0) {
        m.append(':').append(line);
        if (column > 0) {
          m.append(':').append(column);
        }
      }
      m.append(": ").append(rule.name()).append(" (").append(rule.description()).append(')');
      if (dossierCode != null) {
        m.append(", dossier ").append(dossierCode);
      }
      if (field != null) {
        m.append(", field ").append(field);
      }
      if (jsonPath != null) {
        m.append(" at ").append(jsonPath);
      }
      m.append(value == null ? ", value missing" : ", value '" + value + "'");
      if (detail != null) {
        m.append(": ").append(detail);
      }
      return new FormatException(this, m.toString());
    }
  }
}
