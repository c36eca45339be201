package io.github.proctime.calendar.lunar;

import io.github.proctime.calendar.CalendarCoverageException;
import io.github.proctime.calendar.internal.lunar.LunarMonthTable;
import io.github.proctime.calendar.internal.lunar.VietnamLunarTables;
import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Conversion between solar (Gregorian) dates and dates of the Vietnamese lunar calendar (âm lịch),
 * computed from astronomy for Vietnam's legal time, UTC+7.
 *
 * <p>The rules (shared/domain/holidays.md §3.1): a month starts on the local (UTC+7) day that
 * contains the true new moon; month 11 is the month containing the winter solstice; when 13 months
 * lie between two consecutive starts of month 11, the first month after month 11 that contains no
 * major solar term (trung khí: the sun's apparent longitude reaching a multiple of 30°) is the leap
 * month and repeats the number of the month before it. The lunar year starts on Tết (day 1 of month
 * 1) and carries the number of the Gregorian year in which Tết falls.
 *
 * <p><b>Time zone.</b> Vietnam has kept UTC+7 since 1968 (North: decree of 8 August 1967; South:
 * 1975). For earlier years this class still computes at UTC+7, a proleptic calendar: it gives Tết
 * 1968 on 29 January, as the North kept it, while the South and China kept 30 January; and it gives
 * the "UTC+7" dates of 1903, 1916, 1935 and 1965 that differ from the Chinese calendar (holidays.md
 * §3.2). Historical documents before 1968 may follow other meridians.
 *
 * <p><b>Astronomy and precision.</b> New moons come from Jean Meeus, <i>Astronomical
 * Algorithms</i>, 2nd ed., chapter 49 (true phase with all its periodic and planetary terms, within
 * a few tens of seconds of the full lunar theory), converted to Universal Time with the ΔT
 * polynomials of Espenak and Meeus (a second or less of uncertainty in the 20th century, a minute
 * or more after 2050: the earth's rotation cannot be predicted). The sun's apparent longitude comes
 * from chapter 25 (within 0.01°, about 15 minutes of the sun's motion). A computed date can be
 * wrong only where an instant falls closer to a local midnight than its error: a new moon near
 * midnight moves the first day of one month (and the length of it and of the month before), a major
 * solar term near the midnight that starts a month can move a leap month. This module's tests
 * recompute the whole range with the new moons shifted by ±2 minutes and the sun by ±0.01° and pin
 * down what moves:
 *
 * <ul>
 *   <li>new moons within 2 minutes of local midnight start seven months: 1944 month 5 (computed
 *       1944-06-20), 1967 month 6 (1967-07-07, 2 seconds before midnight), 1998 month 8
 *       (1998-09-21), 2054 month 4 (2054-05-08), 2072 month 11 (2072-12-09), 2077 month 10
 *       (2077-11-15) and 2085 month 9 (2085-10-18); for these the day is as uncertain as the
 *       astronomy (and, after 2050, as the earth's future rotation), and published almanacs may
 *       differ by one day. A one-off comparison with an independent implementation (Time4J 5.9.1,
 *       {@code VietnameseCalendar}, which uses UTC+7 from 1968) agreed on every day from 1968-01-01
 *       to 2101-01-28 except in the months starting 2072-12-09, 2077-11-15 and 2085-10-18, which it
 *       starts one day later;
 *   <li>one leap month depends on the sun within 0.01°: 1938, computed as leap month 8 (the equinox
 *       falls 1.4 minutes before the midnight starting 1938-09-24; a calendar computed with a
 *       slightly later equinox has leap month 7);
 *   <li>Tết and the 10th day of month 3 (Giỗ Tổ Hùng Vương) of every year from 1900 to 2100 do not
 *       move even with the new moons shifted by ±5 minutes or the sun by ±0.01°.
 * </ul>
 *
 * <p><b>Range.</b> Lunar years 1900 to 2100: solar dates from {@link #minSupported()} (1900-01-31,
 * Tết 1900) to {@link #maxSupported()} (the eve of Tết 2101, 2101-01-28). Solar dates outside throw
 * {@link CalendarCoverageException}; lunar years outside throw {@link
 * LunarYearOutOfRangeException}.
 *
 * <p><b>Performance.</b> The months are computed once, when the class is initialised (about 2 500
 * new moons: measured 6 to 9 ms in a cold JVM, 2 to 6 ms warm, on a shared 2-core machine); then
 * {@link #toLunar} is a binary search over the month starts and the other methods are array
 * look-ups.
 *
 * <pre>{@code
 * VietnameseLunarCalendar.tet(2025);                            // 2025-01-29
 * VietnameseLunarCalendar.toLunar(LocalDate.of(2025, 4, 7));    // 2025-03-10 (Giỗ Tổ Hùng Vương)
 * VietnameseLunarCalendar.toSolar(LunarDate.of(2025, 3, 10, false)); // 2025-04-07
 * VietnameseLunarCalendar.leapMonth(2025);                      // OptionalInt[6]
 * }</pre>
 *
 * <p>This class is a static utility; it is immutable and thread-safe.
 */
public final class VietnameseLunarCalendar {
  private static final int FIRST_YEAR = VietnamLunarTables.FIRST_YEAR;
  private static final int LAST_YEAR = VietnamLunarTables.LAST_YEAR;
  private static final LunarMonthTable TABLE = VietnamLunarTables.full();
  private static final LocalDate MIN = LocalDate.ofEpochDay(TABLE.firstDay());
  private static final LocalDate MAX = LocalDate.ofEpochDay(TABLE.lastDay());

  private VietnameseLunarCalendar() {}

  /**
   * Converts a solar date to its lunar date.
   *
   * @param date the solar date, between {@link #minSupported()} and {@link #maxSupported()}
   * @return the lunar date
   * @throws CalendarCoverageException if the date is outside the supported range
   */
  public static LunarDate toLunar(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (date.isBefore(MIN) || date.isAfter(MAX)) {
      throw new CalendarCoverageException(date, MIN, MAX);
    }
    long epochDay = date.toEpochDay();
    int index = TABLE.monthIndexOf(epochDay);
    return LunarDate.of(
        TABLE.yearOf(index),
        TABLE.monthNumber(index),
        (int) (epochDay - TABLE.monthStart(index)) + 1,
        TABLE.isLeap(index));
  }

  /**
   * Converts a lunar date to its solar date.
   *
   * @param lunar the lunar date
   * @return the solar date
   * @throws LunarYearOutOfRangeException if the lunar year is outside 1900 to 2100
   * @throws NonexistentLunarDateException if the date does not exist: its month is flagged leap but
   *     is not that year's leap month (field {@code "leapMonth"}), or its day is 30 in a 29-day
   *     month (field {@code "day"})
   */
  public static LocalDate toSolar(LunarDate lunar) {
    Objects.requireNonNull(lunar, "lunar");
    int index = monthIndex(lunar.year(), lunar.month(), lunar.isLeapMonth(), lunar);
    int length = TABLE.monthLength(index);
    if (lunar.day() > length) {
      throw new NonexistentLunarDateException(
          lunar,
          "day",
          Integer.toString(lunar.day()),
          monthName(lunar.year(), lunar.month(), lunar.isLeapMonth()) + " has " + length + " days");
    }
    return LocalDate.ofEpochDay(TABLE.monthStart(index) + lunar.day() - 1);
  }

  /**
   * Tết Nguyên đán of a lunar year: day 1 of month 1.
   *
   * @param lunarYear the lunar year, 1900 to 2100
   * @return the solar date of Tết
   * @throws LunarYearOutOfRangeException if the year is outside 1900 to 2100
   */
  public static LocalDate tet(int lunarYear) {
    checkYear(lunarYear);
    return LocalDate.ofEpochDay(TABLE.monthStart(TABLE.monthIndex(lunarYear, 1, false)));
  }

  /**
   * The first supported solar date: Tết 1900, 1900-01-31.
   *
   * @return the first date {@link #toLunar} accepts
   */
  public static LocalDate minSupported() {
    return MIN;
  }

  /**
   * The last supported solar date: the eve of Tết 2101, 2101-01-28.
   *
   * @return the last date {@link #toLunar} accepts, inclusive
   */
  public static LocalDate maxSupported() {
    return MAX;
  }

  /**
   * The number of days of a lunar month.
   *
   * @param lunarYear the lunar year, 1900 to 2100
   * @param month the month number, 1 to 12
   * @param leap whether the leap month is meant
   * @return 29 or 30
   * @throws IllegalArgumentException if the month is not 1 to 12
   * @throws LunarYearOutOfRangeException if the year is outside 1900 to 2100
   * @throws NonexistentLunarDateException if {@code leap} is set and the month is not the year's
   *     leap month (field {@code "leapMonth"})
   */
  public static int monthLength(int lunarYear, int month, boolean leap) {
    checkYear(lunarYear);
    LunarDate first = LunarDate.of(lunarYear, month, 1, leap);
    return TABLE.monthLength(monthIndex(lunarYear, month, leap, first));
  }

  /**
   * The leap month (tháng nhuận) of a lunar year, if it has one.
   *
   * @param lunarYear the lunar year, 1900 to 2100
   * @return the number of the month that is repeated, or empty if the year has 12 months
   * @throws LunarYearOutOfRangeException if the year is outside 1900 to 2100
   */
  public static OptionalInt leapMonth(int lunarYear) {
    checkYear(lunarYear);
    int month = TABLE.leapMonth(lunarYear);
    return month == 0 ? OptionalInt.empty() : OptionalInt.of(month);
  }

  private static int monthIndex(int year, int month, boolean leap, LunarDate asked) {
    checkYear(year);
    int index = TABLE.monthIndex(year, month, leap);
    if (index < 0) {
      OptionalInt actual = leapMonth(year);
      throw new NonexistentLunarDateException(
          asked,
          "leapMonth",
          "true",
          "lunar year "
              + year
              + (actual.isPresent()
                  ? " repeats month " + actual.getAsInt() + ", not month " + month
                  : " has no leap month"));
    }
    return index;
  }

  private static String monthName(int year, int month, boolean leap) {
    return (leap ? "leap month " : "month ") + month + " of lunar year " + year;
  }

  private static void checkYear(int lunarYear) {
    if (lunarYear < FIRST_YEAR || lunarYear > LAST_YEAR) {
      throw new LunarYearOutOfRangeException(lunarYear, FIRST_YEAR, LAST_YEAR);
    }
  }
}
