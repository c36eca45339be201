package io.github.proctime.examples.bench;

import io.github.proctime.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The naive alternatives the benchmarks compare against: day-by-day and minute-by-minute loops over
 * a proctime calendar, the way most business-time code is written (see {@code
 * shared/domain/peers.md}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DayLoops {
  private DayLoops() {}

  /**
   * Adds working days one day at a time.
   *
   * @param calendar the calendar asked about each day
   * @param date the start
   * @param amount the working days to add, negative to go back
   * @return the resulting date
   */
  public static LocalDate plusWorkingDays(WorkingCalendar calendar, LocalDate date, int amount) {
    int step = amount >= 0 ? 1 : -1;
    int left = Math.abs(amount);
    LocalDate d = date;
    while (left > 0) {
      d = d.plusDays(step);
      if (calendar.isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /**
   * Counts working days in {@code [start, end)} one day at a time; negative when reversed.
   *
   * @param calendar the calendar asked about each day
   * @param start the first date counted
   * @param end the date after the last date counted
   * @return the count
   */
  public static int workingDaysBetween(WorkingCalendar calendar, LocalDate start, LocalDate end) {
    if (end.isBefore(start)) {
      return -workingDaysBetween(calendar, end, start);
    }
    int count = 0;
    for (LocalDate d = start; d.isBefore(end); d = d.plusDays(1)) {
      if (calendar.isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Adds working time one minute at a time.
   *
   * @param calendar the calendar asked about each minute
   * @param start the start, on a whole minute
   * @param amount the working time to add, positive, in whole minutes
   * @return the instant at which that much working time has elapsed
   */
  public static Instant plusWorkingTime(WorkingCalendar calendar, Instant start, Duration amount) {
    long left = amount.toMinutes();
    Instant t = start;
    while (left > 0) {
      if (calendar.isWorkingInstant(t)) {
        left--;
      }
      t = t.plusSeconds(60);
    }
    return t;
  }
}
