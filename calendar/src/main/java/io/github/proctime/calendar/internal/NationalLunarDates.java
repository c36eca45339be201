package io.github.proctime.calendar.internal;

import io.github.proctime.calendar.internal.lunar.LunarMonthTable;
import io.github.proctime.calendar.internal.lunar.VietnamLunarTables;
import io.github.proctime.calendar.lunar.LunarDate;
import io.github.proctime.calendar.lunar.VietnameseLunarCalendar;
import java.time.LocalDate;

/**
 * The lunar holidays from {@link VietnameseLunarCalendar} (UTC+7), for lunar years 1900 to 2100.
 * The years of the national calendar's default coverage are read from {@link
 * VietnamLunarTables#coverage()}, so that building that calendar does not compute the months of the
 * earlier years; the dates are the same. Immutable.
 */
public final class NationalLunarDates implements LunarDates {
  /** The shared instance. */
  public static final NationalLunarDates INSTANCE = new NationalLunarDates();

  private NationalLunarDates() {}

  private static boolean inCoverageTable(int year) {
    return year >= VietnamLunarTables.COVERAGE_FIRST_YEAR
        && year <= VietnamLunarTables.COVERAGE_LAST_YEAR;
  }

  @Override
  public LocalDate tet(int year) {
    if (!inCoverageTable(year)) {
      return VietnameseLunarCalendar.tet(year);
    }
    LunarMonthTable table = VietnamLunarTables.coverage();
    return LocalDate.ofEpochDay(table.monthStart(table.monthIndex(year, 1, false)));
  }

  @Override
  public LocalDate hungKings(int year) {
    if (!inCoverageTable(year)) {
      return VietnameseLunarCalendar.toSolar(LunarDate.of(year, 3, 10, false));
    }
    LunarMonthTable table = VietnamLunarTables.coverage();
    // Day 10 exists in every month, which has 29 or 30 days.
    return LocalDate.ofEpochDay(table.monthStart(table.monthIndex(year, 3, false)) + 9);
  }

  @Override
  public int firstYear() {
    return VietnamLunarTables.FIRST_YEAR;
  }

  @Override
  public int lastYear() {
    return VietnamLunarTables.LAST_YEAR;
  }
}
