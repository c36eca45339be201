package io.github.proctime.calendar.lunar;

import io.github.proctime.ProctimeException;

/**
 * Thrown when a lunar year outside the supported range is asked about.
 *
 * <p>Solar dates outside the supported range throw {@link
 * io.github.proctime.calendar.CalendarCoverageException} instead; this exception is for questions
 * asked in lunar terms (a lunar date, Tết of a year, a month length).
 *
 * <pre>{@code
 * try {
 *   VietnameseLunarCalendar.tet(2101);
 * } catch (LunarYearOutOfRangeException e) {
 *   e.year();    // 2101
 *   e.maxYear(); // 2100
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LunarYearOutOfRangeException extends ProctimeException {
  private static final long serialVersionUID = 1L;

  private final int year;
  private final int minYear;
  private final int maxYear;

  /**
   * Creates the exception.
   *
   * @param year the lunar year that was asked about
   * @param minYear the first supported lunar year
   * @param maxYear the last supported lunar year, inclusive
   */
  public LunarYearOutOfRangeException(int year, int minYear, int maxYear) {
    super(
        "Invalid value for lunar year (supported years "
            + minYear
            + " - "
            + maxYear
            + "): "
            + year);
    this.year = year;
    this.minYear = minYear;
    this.maxYear = maxYear;
  }

  /**
   * The lunar year that was asked about.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * The first supported lunar year.
   *
   * @return the first year
   */
  public int minYear() {
    return minYear;
  }

  /**
   * The last supported lunar year, inclusive.
   *
   * @return the last year
   */
  public int maxYear() {
    return maxYear;
  }
}
