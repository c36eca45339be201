package io.github.proctime.core.report;

import io.github.proctime.calendar.WorkingCalendars;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A reporting period (kỳ báo cáo): a half-open range of dates {@code [startInclusive,
 * endExclusive)} reckoned in a zone, such as a month, a quarter or a year.
 *
 * <p>The period starts at midnight of its first date and ends at midnight of its end date, in its
 * zone ({@code Asia/Ho_Chi_Minh} unless told otherwise; use the working calendar's zone). A dossier
 * received at 23:59 on the last day belongs to the period; one received at 00:00 of the end date
 * belongs to the next.
 *
 * <pre>{@code
 * ReportPeriod march = ReportPeriod.ofMonth(YearMonth.of(2025, 3));
 * ReportPeriod q1 = ReportPeriod.ofQuarter(2025, 1);
 * ReportPeriod custom = ReportPeriod.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 16));
 * march.startInstant(); // 2025-02-28T17:00:00Z
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportPeriod {
  private final LocalDate startInclusive;
  private final LocalDate endExclusive;
  private final ZoneId zone;

  private ReportPeriod(LocalDate startInclusive, LocalDate endExclusive, ZoneId zone) {
    this.startInclusive = startInclusive;
    this.endExclusive = endExclusive;
    this.zone = zone;
  }

  /**
   * A period of explicit dates, in {@code Asia/Ho_Chi_Minh}.
   *
   * @param startInclusive the first date of the period
   * @param endExclusive the date after the last date of the period
   * @return the period
   * @throws ReportInputException if {@code endExclusive} is not after {@code startInclusive}
   */
  public static ReportPeriod of(LocalDate startInclusive, LocalDate endExclusive) {
    return of(startInclusive, endExclusive, WorkingCalendars.VIETNAM_ZONE);
  }

  /**
   * A period of explicit dates in a zone.
   *
   * @param startInclusive the first date of the period
   * @param endExclusive the date after the last date of the period
   * @param zone the zone the dates are reckoned in, normally the working calendar's
   * @return the period
   * @throws ReportInputException if {@code endExclusive} is not after {@code startInclusive}
   */
  public static ReportPeriod of(LocalDate startInclusive, LocalDate endExclusive, ZoneId zone) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    Objects.requireNonNull(zone, "zone");
    if (!endExclusive.isAfter(startInclusive)) {
      throw new ReportInputException(
          null,
          "endExclusive",
          endExclusive.toString(),
          "Invalid ReportPeriod: endExclusive ("
              + endExclusive
              + ") must be after startInclusive ("
              + startInclusive
              + ")");
    }
    return new ReportPeriod(startInclusive, endExclusive, zone);
  }

  /**
   * A calendar month, in {@code Asia/Ho_Chi_Minh}.
   *
   * @param month the month
   * @return the period from its first day to the first day of the next month
   */
  public static ReportPeriod ofMonth(YearMonth month) {
    Objects.requireNonNull(month, "month");
    return of(month.atDay(1), month.plusMonths(1).atDay(1));
  }

  /**
   * A quarter, in {@code Asia/Ho_Chi_Minh}.
   *
   * @param year the year
   * @param quarter the quarter, 1 to 4
   * @return the period of the quarter's three months
   * @throws ReportInputException if the quarter is not 1 to 4
   */
  public static ReportPeriod ofQuarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new ReportInputException(
          null,
          "quarter",
          Integer.toString(quarter),
          "Invalid value for quarter (valid values 1 - 4): " + quarter);
    }
    LocalDate start = LocalDate.of(year, Month.of(3 * quarter - 2), 1);
    return of(start, start.plusMonths(3));
  }

  /**
   * A calendar year, in {@code Asia/Ho_Chi_Minh}.
   *
   * @param year the year
   * @return the period from 1 January to 1 January of the next year
   */
  public static ReportPeriod ofYear(int year) {
    LocalDate start = LocalDate.of(year, 1, 1);
    return of(start, start.plusYears(1));
  }

  /**
   * The same dates reckoned in another zone.
   *
   * @param zone the zone
   * @return a period with the same dates in that zone
   */
  public ReportPeriod withZone(ZoneId zone) {
    return new ReportPeriod(startInclusive, endExclusive, Objects.requireNonNull(zone, "zone"));
  }

  /**
   * The first date of the period.
   *
   * @return the start date, inclusive
   */
  public LocalDate startInclusive() {
    return startInclusive;
  }

  /**
   * The date after the last date of the period.
   *
   * @return the end date, exclusive
   */
  public LocalDate endExclusive() {
    return endExclusive;
  }

  /**
   * The last date of the period.
   *
   * @return the day before {@link #endExclusive()}
   */
  public LocalDate lastDay() {
    return endExclusive.minusDays(1);
  }

  /**
   * The zone the dates are reckoned in.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The instant the period starts: midnight of {@link #startInclusive()} in the zone.
   *
   * @return the start instant, inclusive
   */
  public Instant startInstant() {
    return startInclusive.atStartOfDay(zone).toInstant();
  }

  /**
   * The instant the period ends: midnight of {@link #endExclusive()} in the zone.
   *
   * @return the end instant, exclusive
   */
  public Instant endInstant() {
    return endExclusive.atStartOfDay(zone).toInstant();
  }

  /**
   * Tells whether an instant falls in the period.
   *
   * @param instant the instant
   * @return true if {@code startInstant() <= instant < endInstant()}
   */
  public boolean contains(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return !instant.isBefore(startInstant()) && instant.isBefore(endInstant());
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ReportPeriod)) {
      return false;
    }
    ReportPeriod p = (ReportPeriod) o;
    return startInclusive.equals(p.startInclusive)
        && endExclusive.equals(p.endExclusive)
        && zone.equals(p.zone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(startInclusive, endExclusive, zone);
  }

  /** Returns the range and the zone, such as {@code [2025-03-01, 2025-04-01) Asia/Ho_Chi_Minh}. */
  @Override
  public String toString() {
    return "[" + startInclusive + ", " + endExclusive + ") " + zone;
  }
}
