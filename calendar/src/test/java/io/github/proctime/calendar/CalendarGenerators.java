package io.github.proctime.calendar;

import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.quicktheories.core.Gen;

/** The shared QuickTheories generators for working calendars, bounded to a calendar's coverage. */
final class CalendarGenerators {
  private CalendarGenerators() {}

  /**
   * Dates of the coverage, at least {@code margin} days from either end.
   *
   * @param calendar the calendar
   * @param margin days kept free at each end
   * @return the generator
   */
  static Gen<LocalDate> dates(WorkingCalendar calendar, int margin) {
    return integers()
        .between(
            (int) calendar.coverageStart().toEpochDay() + margin,
            (int) calendar.coverageEnd().toEpochDay() - margin)
        .map(d -> LocalDate.ofEpochDay(d));
  }

  /**
   * Working days of the coverage, at least {@code margin} days from either end.
   *
   * @param calendar the calendar
   * @param margin days kept free at each end
   * @return the generator
   */
  static Gen<LocalDate> workingDays(WorkingCalendar calendar, int margin) {
    return dates(calendar, margin).map(d -> calendar.nextOrSameWorkingDay(d));
  }

  /**
   * Whole-minute instants of the coverage, at least {@code margin} days from either end.
   *
   * @param calendar the calendar
   * @param margin days kept free at each end
   * @return the generator
   */
  static Gen<Instant> minuteInstants(WorkingCalendar calendar, int margin) {
    return dates(calendar, margin)
        .zip(
            integers().between(0, 24 * 60 - 1),
            (d, m) ->
                LocalDateTime.of(d, LocalTime.MIDNIGHT)
                    .plusMinutes(m)
                    .atZone(calendar.zone())
                    .toInstant());
  }
}
