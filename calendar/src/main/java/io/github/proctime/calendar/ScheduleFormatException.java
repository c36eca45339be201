package io.github.proctime.calendar;

import io.github.proctime.ProctimeException;
import java.util.Objects;

/**
 * Thrown when an official-schedule file cannot be read: a line that is not {@code
 * date,kind,holiday,name,source}, a field with a value that is not allowed, or a date given twice.
 *
 * <p>The accessors name the source (a file name or any label the caller gave), the 1-based line,
 * the field and the offending value, so that the person who typed the file can fix it:
 *
 * <pre>{@code
 * try {
 *   WorkingCalendars.vietnamBuilder().addSchedule(reader, "vn-2027.csv").build();
 * } catch (ScheduleFormatException e) {
 *   System.err.println(e.source() + ":" + e.line() + ": " + e.field() + " = " + e.value());
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScheduleFormatException extends ProctimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final String field;
  private final String value;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param source the name of the schedule being read
   * @param line the 1-based line number, or 0 if the problem concerns the whole source
   * @param field the field at fault ({@code date}, {@code kind}, {@code holiday}, {@code name},
   *     {@code source}, or {@code line} for the line as a whole)
   * @param value the offending value as read
   * @param problem what is wrong with it
   */
  public ScheduleFormatException(
      String source, int line, String field, String value, String problem) {
    super(
        Objects.requireNonNull(source, "source")
            + ":"
            + line
            + ": invalid "
            + Objects.requireNonNull(field, "field")
            + " '"
            + Objects.requireNonNull(value, "value")
            + "': "
            + Objects.requireNonNull(problem, "problem"));
    this.source = source;
    this.line = line;
    this.field = field;
    this.value = value;
    this.problem = problem;
  }

  /**
   * The name of the schedule being read.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * The 1-based line number of the fault, or 0 if it concerns the whole source.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * The field at fault: {@code date}, {@code kind}, {@code holiday}, {@code name}, {@code source},
   * or {@code line}.
   *
   * @return the field
   */
  public String field() {
    return field;
  }

  /**
   * The offending value, as read.
   *
   * @return the value
   */
  public String value() {
    return value;
  }

  /**
   * What is wrong with the value.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
