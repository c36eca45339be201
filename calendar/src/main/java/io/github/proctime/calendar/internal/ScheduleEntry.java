package io.github.proctime.calendar.internal;

import io.github.proctime.calendar.CalendarDay;

/**
 * One line of an official schedule. Immutable and thread-safe.
 *
 * @param day the day it describes
 * @param holiday the holiday (or swap) it belongs to
 * @param sourceName the schedule it was read from
 * @param line the 1-based line number
 */
public record ScheduleEntry(CalendarDay day, HolidayGroup holiday, String sourceName, int line) {
  /**
   * The (holiday, year) group the entry belongs to; the entries of a group replace the statutory
   * rule for that holiday in that year.
   *
   * @return the group key
   */
  public GroupKey key() {
    return new GroupKey(holiday, day.date().getYear());
  }

  /**
   * A holiday in a year.
   *
   * @param holiday the holiday
   * @param year the Gregorian year of its days
   */
  public record GroupKey(HolidayGroup holiday, int year) {
    // Written out: a record's generated equals and hashCode are bootstrapped through
    // java.lang.runtime.ObjectMethods on first use, which costs a cold JVM tens of milliseconds.

    @Override
    public boolean equals(Object o) {
      return o instanceof GroupKey
          && ((GroupKey) o).holiday == holiday
          && ((GroupKey) o).year == year;
    }

    @Override
    public int hashCode() {
      return holiday.ordinal() * 31 + year;
    }
  }
}
