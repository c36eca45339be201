package io.github.proctime.calendar.internal.lunar;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The lunar months of a span of lunar years, computed once from the astronomy and then answered by
 * array look-ups: the first day of every month (as an epoch day), its number, its leap flag and its
 * lunar year.
 *
 * <p>The rules (shared/domain/holidays.md §3.1), all evaluated in local civil time at a fixed UTC
 * offset:
 *
 * <ul>
 *   <li>a month starts on the local day that contains the instant of the true new moon;
 *   <li>a month "contains" a major solar term (trung khí: the sun's apparent longitude reaching a
 *       multiple of 30°) if the sun's longitude reaches it between local midnight starting the
 *       month and local midnight starting the next month;
 *   <li>month 11 is the month containing the winter solstice (longitude 270°);
 *   <li>when 13 months lie between two consecutive starts of month 11, the first month after month
 *       11 that contains no major solar term is a leap month and repeats the number of the month
 *       before it;
 *   <li>the lunar year starts with (regular) month 1, Tết, and is numbered by the Gregorian year in
 *       which Tết falls.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LunarMonthTable {
  private static final double MEAN_LUNATIONS_PER_YEAR = 12.3685;
  private static final int WINTER_SOLSTICE_TERM = 9; // 270° / 30°

  private final int firstYear;
  private final int lastYear;
  // monthStart has one entry more than the other arrays: the start of the month after the last.
  private final int[] monthStart;
  private final byte[] monthNumber;
  private final boolean[] leap;
  private final short[] yearOfMonth;
  private final int[] firstMonthOfYear;
  private final byte[] leapMonthOfYear;

  private LunarMonthTable(
      int firstYear,
      int lastYear,
      int[] monthStart,
      byte[] monthNumber,
      boolean[] leap,
      short[] yearOfMonth,
      int[] firstMonthOfYear,
      byte[] leapMonthOfYear) {
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.monthStart = monthStart;
    this.monthNumber = monthNumber;
    this.leap = leap;
    this.yearOfMonth = yearOfMonth;
    this.firstMonthOfYear = firstMonthOfYear;
    this.leapMonthOfYear = leapMonthOfYear;
  }

  /**
   * Computes the months of the lunar years {@code firstYear} to {@code lastYear}.
   *
   * @param firstYear the first lunar year, at least 1861
   * @param lastYear the last lunar year, inclusive, at most 2147
   * @param utcOffsetHours the civil time the calendar is computed for, 7 for Vietnam since 1968
   * @return the table
   * @throws IllegalArgumentException if the years are outside the range of the ΔT model
   */
  public static LunarMonthTable compute(int firstYear, int lastYear, int utcOffsetHours) {
    return compute(firstYear, lastYear, utcOffsetHours, 0, 0);
  }

  /**
   * Computes the table with the astronomy deliberately shifted, to measure how sensitive the
   * calendar is to the errors of the astronomical models.
   *
   * @param firstYear the first lunar year, at least 1861
   * @param lastYear the last lunar year, inclusive, at most 2147
   * @param utcOffsetHours the civil time the calendar is computed for
   * @param newMoonShiftDays added to every new-moon instant, in days
   * @param sunShiftDegrees added to every solar longitude, in degrees
   * @return the table
   */
  static LunarMonthTable compute(
      int firstYear,
      int lastYear,
      int utcOffsetHours,
      double newMoonShiftDays,
      double sunShiftDegrees) {
    if (firstYear < 1861 || lastYear > 2147 || lastYear < firstYear) {
      throw new IllegalArgumentException(
          "Invalid lunar year range (valid years 1861 - 2147): " + firstYear + " - " + lastYear);
    }
    // From about January of firstYear - 1 (month 11 of firstYear - 2 is not needed, but the
    // solstice of firstYear - 1 is) to about February of lastYear + 2 (past the solstice of
    // lastYear + 1, which ends the cycle holding the last months of lastYear).
    int kFirst = (int) Math.floor((firstYear - 1 - 2000) * MEAN_LUNATIONS_PER_YEAR) - 1;
    int kLast = (int) Math.ceil((lastYear + 2 - 2000) * MEAN_LUNATIONS_PER_YEAR) + 2;
    int n = kLast - kFirst + 1;
    long[] start = new long[n];
    long[] term = new long[n];
    double previousLongitude = Double.NaN;
    long turns = 0;
    for (int i = 0; i < n; i++) {
      double jd = Astronomy.toUniversalTime(Astronomy.newMoonJde(kFirst + i)) + newMoonShiftDays;
      start[i] = Astronomy.localEpochDay(jd, utcOffsetHours);
      double longitude =
          (Astronomy.sunApparentLongitude(
                      Astronomy.toTerrestrialTime(
                          Astronomy.localMidnightJd(start[i], utcOffsetHours)))
                  + sunShiftDegrees
                  + 360)
              % 360;
      if (i > 0 && longitude < previousLongitude) {
        turns++;
      }
      previousLongitude = longitude;
      // The count of major terms passed since the longitude 0° before the first month.
      term[i] = turns * 12 + (long) Math.floor(longitude / 30);
    }

    int[] number = new int[n];
    boolean[] isLeap = new boolean[n];
    int previous11 = -1;
    for (int i = 0; i + 1 < n; i++) {
      if (!containsTerm(term, i, WINTER_SOLSTICE_TERM)) {
        continue;
      }
      if (previous11 >= 0) {
        label(term, previous11, i, number, isLeap);
      }
      previous11 = i;
    }

    int firstIndex = -1;
    int endIndex = -1;
    int year = 0;
    short[] yearOf = new short[n];
    for (int i = 0; i < n; i++) {
      if (number[i] == 1 && !isLeap[i]) {
        year = LocalDate.ofEpochDay(start[i]).getYear();
        if (year == firstYear) {
          firstIndex = i;
        } else if (year == lastYear + 1) {
          endIndex = i;
          break;
        }
      }
      yearOf[i] = (short) year;
    }
    if (firstIndex < 0 || endIndex < 0) {
      throw new IllegalStateException(
          "No Tết found for lunar year " + (firstIndex < 0 ? firstYear : lastYear + 1));
    }

    int months = endIndex - firstIndex;
    int[] monthStart = new int[months + 1];
    byte[] monthNumber = new byte[months];
    boolean[] leap = new boolean[months];
    short[] yearOfMonth = new short[months];
    int years = lastYear - firstYear + 1;
    int[] firstMonthOfYear = new int[years + 1];
    byte[] leapMonthOfYear = new byte[years];
    for (int m = 0; m <= months; m++) {
      monthStart[m] = Math.toIntExact(start[firstIndex + m]);
      if (m == months) {
        break;
      }
      monthNumber[m] = (byte) number[firstIndex + m];
      leap[m] = isLeap[firstIndex + m];
      yearOfMonth[m] = yearOf[firstIndex + m];
      int y = yearOfMonth[m] - firstYear;
      if (monthNumber[m] == 1 && !leap[m]) {
        firstMonthOfYear[y] = m;
      }
      if (leap[m]) {
        leapMonthOfYear[y] = monthNumber[m];
      }
    }
    firstMonthOfYear[years] = months;
    return new LunarMonthTable(
        firstYear,
        lastYear,
        monthStart,
        monthNumber,
        leap,
        yearOfMonth,
        firstMonthOfYear,
        leapMonthOfYear);
  }

  private static boolean containsTerm(long[] term, int month, int termNumber) {
    for (long t = term[month] + 1; t <= term[month + 1]; t++) {
      if (Math.floorMod(t, 12) == termNumber) {
        return true;
      }
    }
    return false;
  }

  /** Numbers the months from one month 11 (inclusive) to the next (exclusive). */
  private static void label(long[] term, int from, int to, int[] number, boolean[] isLeap) {
    int count = to - from;
    if (count != 12 && count != 13) {
      throw new IllegalStateException("A lunar year of " + count + " months at index " + from);
    }
    int leapIndex = -1;
    if (count == 13) {
      for (int i = from + 1; i < to; i++) {
        if (term[i] == term[i + 1]) {
          leapIndex = i;
          break;
        }
      }
      if (leapIndex < 0) {
        throw new IllegalStateException("A 13-month lunar year without a leap month at " + from);
      }
    }
    int month = 11;
    for (int i = from; i < to; i++) {
      if (i == leapIndex) {
        isLeap[i] = true;
      } else if (i > from) {
        month = month % 12 + 1;
      }
      number[i] = month;
    }
  }

  /**
   * The first lunar year in the table.
   *
   * @return the year
   */
  public int firstYear() {
    return firstYear;
  }

  /**
   * The last lunar year in the table, inclusive.
   *
   * @return the year
   */
  public int lastYear() {
    return lastYear;
  }

  /**
   * The first covered day: Tết of the first year.
   *
   * @return the epoch day
   */
  public long firstDay() {
    return monthStart[0];
  }

  /**
   * The last covered day: the day before Tết of the year after the last.
   *
   * @return the epoch day
   */
  public long lastDay() {
    return monthStart[monthStart.length - 1] - 1L;
  }

  /**
   * The index of the month containing a day.
   *
   * @param epochDay a day between {@link #firstDay()} and {@link #lastDay()}
   * @return the month index
   */
  public int monthIndexOf(long epochDay) {
    int found = Arrays.binarySearch(monthStart, (int) epochDay);
    return found >= 0 ? found : -found - 2;
  }

  /**
   * The index of a month of a year.
   *
   * @param year a lunar year in the table
   * @param month the month number, 1 to 12
   * @param isLeapMonth whether the leap month is meant
   * @return the month index, or -1 if the year has no such leap month
   */
  public int monthIndex(int year, int month, boolean isLeapMonth) {
    int leapMonth = leapMonthOfYear[year - firstYear];
    if (isLeapMonth && leapMonth != month) {
      return -1;
    }
    int index = firstMonthOfYear[year - firstYear] + month - 1;
    if (leapMonth != 0 && (month > leapMonth || isLeapMonth)) {
      index++;
    }
    return index;
  }

  /**
   * The first day of a month.
   *
   * @param index the month index
   * @return the epoch day
   */
  public long monthStart(int index) {
    return monthStart[index];
  }

  /**
   * The number of days of a month.
   *
   * @param index the month index
   * @return 29 or 30
   */
  public int monthLength(int index) {
    return monthStart[index + 1] - monthStart[index];
  }

  /**
   * The number of a month.
   *
   * @param index the month index
   * @return 1 to 12
   */
  public int monthNumber(int index) {
    return monthNumber[index];
  }

  /**
   * Whether a month is a leap month.
   *
   * @param index the month index
   * @return true for a leap month
   */
  public boolean isLeap(int index) {
    return leap[index];
  }

  /**
   * The lunar year of a month.
   *
   * @param index the month index
   * @return the year
   */
  public int yearOf(int index) {
    return yearOfMonth[index];
  }

  /**
   * The leap month of a year.
   *
   * @param year a lunar year in the table
   * @return the number of the month that is repeated, or 0 if the year has 12 months
   */
  public int leapMonth(int year) {
    return leapMonthOfYear[year - firstYear];
  }

  /**
   * The number of months in the table.
   *
   * @return the count
   */
  public int size() {
    return monthNumber.length;
  }
}
