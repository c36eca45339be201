package io.github.proctime.calendar;

import io.github.proctime.ProctimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Thrown when a calendar is asked about a date outside the range it covers.
 *
 * <p>A calendar never assumes that an uncovered date is a working day: the answer would be a guess.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CalendarCoverageException extends ProctimeException {
  private static final long serialVersionUID = 1L;

  private final LocalDate date;
  private final LocalDate coverageStart;
  private final LocalDate coverageEnd;

  /**
   * Creates the exception.
   *
   * @param date the date that was asked about
   * @param coverageStart the first covered date
   * @param coverageEnd the last covered date, inclusive
   */
  public CalendarCoverageException(LocalDate date, LocalDate coverageStart, LocalDate coverageEnd) {
    super(
        "Date "
            + Objects.requireNonNull(date, "date")
            + " is outside the calendar's coverage (valid dates "
            + coverageStart
            + " - "
            + coverageEnd
            + ")");
    this.date = date;
    this.coverageStart = coverageStart;
    this.coverageEnd = coverageEnd;
  }

  /**
   * Creates the exception for a computation whose result would fall outside the coverage, such as
   * adding more working days than remain before the end of the coverage.
   *
   * @param message what was asked and why it cannot be answered
   * @param date the date the computation started from
   * @param coverageStart the first covered date
   * @param coverageEnd the last covered date, inclusive
   */
  public CalendarCoverageException(
      String message, LocalDate date, LocalDate coverageStart, LocalDate coverageEnd) {
    super(Objects.requireNonNull(message, "message"));
    this.date = Objects.requireNonNull(date, "date");
    this.coverageStart = coverageStart;
    this.coverageEnd = coverageEnd;
  }

  /**
   * The date that was asked about.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * The first covered date.
   *
   * @return the start of coverage
   */
  public LocalDate coverageStart() {
    return coverageStart;
  }

  /**
   * The last covered date, inclusive.
   *
   * @return the end of coverage
   */
  public LocalDate coverageEnd() {
    return coverageEnd;
  }
}
