package io.github.proctime.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.proctime.calendar.lunar.LunarDate;
import io.github.proctime.calendar.lunar.LunarYearOutOfRangeException;
import io.github.proctime.calendar.lunar.VietnameseLunarCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The national calendar's lunar holidays come from a cache of {@link VietnameseLunarCalendar}'s
 * output; every entry is recomputed here with the algorithm.
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
  void theCacheIsTheAlgorithmsOutput() {
    StringBuilder expected = new StringBuilder();
    for (int year = NationalLunarDates.FIRST_CACHED_YEAR;
        year <= NationalLunarDates.LAST_CACHED_YEAR;
        year++) {
      LocalDate tet = VietnameseLunarCalendar.tet(year);
      LocalDate hungKings = VietnameseLunarCalendar.toSolar(LunarDate.of(year, 3, 10, false));
      long toTet = tet.toEpochDay() - LocalDate.of(year, 1, 1).toEpochDay();
      long toHungKings = hungKings.toEpochDay() - tet.toEpochDay();
      assertTrue(toTet < 100 && toHungKings < 100, "two digits each in " + year);
      expected.append(toTet / 10).append(toTet % 10);
      expected.append(toHungKings / 10).append(toHungKings % 10);
    }
    assertEquals(expected.toString(), NationalLunarDates.CACHE, "the cache to write");
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

  @Test
  void yearsOutsideTheLunarCalendarAreRefusedAsItRefusesThem() {
    LunarYearOutOfRangeException e =
        assertThrows(LunarYearOutOfRangeException.class, () -> LUNAR.tet(2101));
    assertEquals(2101, e.year());
    assertEquals(1900, e.minYear());
    assertEquals(2100, e.maxYear());
    e = assertThrows(LunarYearOutOfRangeException.class, () -> LUNAR.hungKings(1899));
    assertEquals(1899, e.year());
  }
}
