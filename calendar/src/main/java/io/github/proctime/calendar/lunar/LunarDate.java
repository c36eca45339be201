package io.github.proctime.calendar.lunar;

/**
 * A date in the Vietnamese lunar calendar (âm lịch): a lunar year, a month number 1 to 12, a leap
 * flag (tháng nhuận) and a day of the month 1 to 30.
 *
 * <p>A {@code LunarDate} is only a well-shaped value: {@link #of} checks the ranges of the fields
 * but not whether the date exists in a given year (month 2 of a year may have 29 days, and only
 * some years have a leap month). {@link VietnameseLunarCalendar#toSolar(LunarDate)} checks
 * existence. The year is the lunar year, which starts at Tết, so the lunar date 2024-12-30 falls in
 * January 2025.
 *
 * <p>Ordering is chronological within the calendar: by year, then month, then the leap month after
 * the regular month of the same number, then day.
 *
 * <pre>{@code
 * LunarDate tet = LunarDate.of(2025, 1, 1, false);
 * tet.toString();                          // "2025-01-01"
 * LunarDate.of(2025, 6, 1, true).toString(); // "2025-06-01 (leap)"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LunarDate implements Comparable<LunarDate> {
  private final int year;
  private final int month;
  private final int day;
  private final boolean leapMonth;

  private LunarDate(int year, int month, int day, boolean leapMonth) {
    this.year = year;
    this.month = month;
    this.day = day;
    this.leapMonth = leapMonth;
  }

  /**
   * Obtains a lunar date from its fields, checking their ranges only.
   *
   * @param year the lunar year, 1 to 9999
   * @param month the month number, 1 to 12
   * @param day the day of the month, 1 to 30
   * @param leapMonth whether the month is the leap month that repeats {@code month}
   * @return the lunar date
   * @throws IllegalArgumentException if a field is out of its range; the message names the field,
   *     the valid values and the value
   */
  public static LunarDate of(int year, int month, int day, boolean leapMonth) {
    check("year", year, 1, 9999);
    check("month", month, 1, 12);
    check("day", day, 1, 30);
    return new LunarDate(year, month, day, leapMonth);
  }

  private static void check(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          "Invalid value for lunar "
              + field
              + " (valid values "
              + min
              + " - "
              + max
              + "): "
              + value);
    }
  }

  /**
   * The lunar year, which starts at Tết.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * The month number; a leap month carries the number of the month it repeats.
   *
   * @return the month, 1 to 12
   */
  public int month() {
    return month;
  }

  /**
   * The day of the month.
   *
   * @return the day, 1 to 30
   */
  public int day() {
    return day;
  }

  /**
   * Whether the month is a leap month (tháng nhuận).
   *
   * @return true for a leap month
   */
  public boolean isLeapMonth() {
    return leapMonth;
  }

  @Override
  public int compareTo(LunarDate other) {
    int cmp = Integer.compare(year, other.year);
    if (cmp == 0) {
      cmp = Integer.compare(month, other.month);
    }
    if (cmp == 0) {
      cmp = Boolean.compare(leapMonth, other.leapMonth);
    }
    if (cmp == 0) {
      cmp = Integer.compare(day, other.day);
    }
    return cmp;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof LunarDate
        && ((LunarDate) obj).year == year
        && ((LunarDate) obj).month == month
        && ((LunarDate) obj).day == day
        && ((LunarDate) obj).leapMonth == leapMonth;
  }

  @Override
  public int hashCode() {
    return ((year * 13 + month) * 31 + day) * 2 + (leapMonth ? 1 : 0);
  }

  /**
   * Formats the date as {@code yyyy-MM-dd}, followed by {@code " (leap)"} in a leap month.
   *
   * @return for example {@code "2025-01-01"} or {@code "2025-06-01 (leap)"}
   */
  @Override
  public String toString() {
    return String.format("%04d-%02d-%02d%s", year, month, day, leapMonth ? " (leap)" : "");
  }
}
