package io.github.proctime.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.proctime.calendar.internal.lunar.LunarMonthTable;
import io.github.proctime.calendar.internal.lunar.VietnamLunarTables;
import io.github.proctime.calendar.lunar.LunarDate;
import io.github.proctime.calendar.lunar.VietnameseLunarCalendar;
import org.junit.jupiter.api.Test;

/**
 * The national calendar's lunar holidays come from the smaller table of its default coverage; they
 * must be the dates of {@link VietnameseLunarCalendar}, which uses the full table.
 */
class NationalLunarDatesTest {
  private static final NationalLunarDates LUNAR = NationalLunarDates.INSTANCE;

  @Test
  void everyTetAndHungKingsDayIsTheLunarCalendars() {
    for (int year = LUNAR.firstYear(); year <= LUNAR.lastYear(); year++) {
      assertEquals(VietnameseLunarCalendar.tet(year), LUNAR.tet(year), "Tết " + year);
      assertEquals(
          VietnameseLunarCalendar.toSolar(LunarDate.of(year, 3, 10, false)),
          LUNAR.hungKings(year),
          "Giỗ Tổ Hùng Vương " + year);
    }
  }

  @Test
  void theCoverageTableHoldsTheFullTablesMonthsOfItsYears() {
    LunarMonthTable full = VietnamLunarTables.full();
    LunarMonthTable coverage = VietnamLunarTables.coverage();
    int offset = full.monthIndex(VietnamLunarTables.COVERAGE_FIRST_YEAR, 1, false);
    assertEquals(0, coverage.monthIndex(VietnamLunarTables.COVERAGE_FIRST_YEAR, 1, false));
    for (int m = 0; m < coverage.size(); m++) {
      assertEquals(full.monthStart(offset + m), coverage.monthStart(m), "start of month " + m);
      assertEquals(full.monthLength(offset + m), coverage.monthLength(m), "length of month " + m);
      assertEquals(full.monthNumber(offset + m), coverage.monthNumber(m), "number of month " + m);
      assertEquals(full.isLeap(offset + m), coverage.isLeap(m), "leap flag of month " + m);
      assertEquals(full.yearOf(offset + m), coverage.yearOf(m), "year of month " + m);
    }
    assertEquals(full.lastDay(), coverage.lastDay());
  }

  @Test
  void theYearsAreThoseTheLunarCalendarSupports() {
    assertEquals(
        VietnameseLunarCalendar.tet(VietnameseLunarCalendar.minSupported().getYear()).getYear(),
        LUNAR.firstYear());
    assertEquals(
        VietnameseLunarCalendar.toLunar(VietnameseLunarCalendar.maxSupported()).year(),
        LUNAR.lastYear());
  }
}
