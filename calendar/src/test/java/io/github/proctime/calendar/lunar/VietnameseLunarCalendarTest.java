package io.github.proctime.calendar.lunar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.proctime.calendar.CalendarCoverageException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VietnameseLunarCalendarTest {
  private static final LocalDate WED_2025_01_29 = LocalDate.of(2025, 1, 29);
  private static final LocalDate MIN = LocalDate.of(1900, 1, 31);
  private static final LocalDate MAX = LocalDate.of(2101, 1, 28);

  /** Years where Vietnam's Tết differs from China's (shared/domain/holidays.md §3.2). */
  static Stream<Arguments> tetWhereVietnamDiffersFromChina() {
    return Stream.of(
        Arguments.of(1903, LocalDate.of(1903, 1, 28)),
        Arguments.of(1916, LocalDate.of(1916, 2, 3)),
        Arguments.of(1935, LocalDate.of(1935, 2, 3)),
        Arguments.of(1965, LocalDate.of(1965, 2, 1)),
        Arguments.of(1968, LocalDate.of(1968, 1, 29)),
        Arguments.of(1969, LocalDate.of(1969, 2, 16)),
        Arguments.of(1985, LocalDate.of(1985, 1, 21)),
        Arguments.of(2007, LocalDate.of(2007, 2, 17)),
        Arguments.of(2030, LocalDate.of(2030, 2, 2)),
        Arguments.of(2053, LocalDate.of(2053, 2, 18)));
  }

  /** Tết 2000-2035 (holidays.md §3.3) and python-holidays' test list (§3.5). */
  static Stream<Arguments> tetTable() {
    return Stream.of(
            "2000-02-05",
            "2001-01-24",
            "2002-02-12",
            "2003-02-01",
            "2004-01-22",
            "2005-02-09",
            "2006-01-29",
            "2007-02-17",
            "2008-02-07",
            "2009-01-26",
            "2010-02-14",
            "2011-02-03",
            "2012-01-23",
            "2013-02-10",
            "2014-01-31",
            "2015-02-19",
            "2016-02-08",
            "2017-01-28",
            "2018-02-16",
            "2019-02-05",
            "2020-01-25",
            "2021-02-12",
            "2022-02-01",
            "2023-01-22",
            "2024-02-10",
            "2025-01-29",
            "2026-02-17",
            "2027-02-06",
            "2028-01-26",
            "2029-02-13",
            "2030-02-02",
            "2031-01-23",
            "2032-02-11",
            "2033-01-31",
            "2034-02-19",
            "2035-02-08",
            "1997-02-07")
        .map(LocalDate::parse)
        .map(date -> Arguments.of(date.getYear(), date));
  }

  /**
   * Giỗ Tổ Hùng Vương, the 10th day of month 3: holidays.md §3.4 (2018-2030), python-holidays' test
   * list (§3.5, 2007-2024) and the years that differ from China (§3.2).
   */
  static Stream<Arguments> hungKingsDay() {
    return Stream.of(
            "2007-04-26",
            "2008-04-15",
            "2009-04-04",
            "2010-04-23",
            "2011-04-12",
            "2012-03-31",
            "2013-04-19",
            "2014-04-09",
            "2015-04-28",
            "2016-04-16",
            "2017-04-06",
            "2018-04-25",
            "2019-04-14",
            "2020-04-02",
            "2021-04-21",
            "2022-04-10",
            "2023-04-29",
            "2024-04-18",
            "2025-04-07",
            "2026-04-26",
            "2027-04-16",
            "2028-04-04",
            "2029-04-23",
            "2030-04-12",
            "2037-04-24",
            "2038-04-13")
        .map(LocalDate::parse)
        .map(date -> Arguments.of(date.getYear(), date));
  }

  @ParameterizedTest
  @MethodSource({"tetWhereVietnamDiffersFromChina", "tetTable"})
  void tetMatchesThePublishedTables(int year, LocalDate expected) {
    assertEquals(expected, VietnameseLunarCalendar.tet(year));
    assertEquals(LunarDate.of(year, 1, 1, false), VietnameseLunarCalendar.toLunar(expected));
    assertEquals(expected, VietnameseLunarCalendar.toSolar(LunarDate.of(year, 1, 1, false)));
  }

  @ParameterizedTest
  @MethodSource("hungKingsDay")
  void hungKingsDayMatchesThePublishedTables(int year, LocalDate expected) {
    assertEquals(expected, VietnameseLunarCalendar.toSolar(LunarDate.of(year, 3, 10, false)));
    assertEquals(LunarDate.of(year, 3, 10, false), VietnameseLunarCalendar.toLunar(expected));
  }

  static Stream<Arguments> leapMonths() {
    return Stream.of(
        Arguments.of(1985, OptionalInt.of(2)),
        Arguments.of(2020, OptionalInt.of(4)),
        Arguments.of(2023, OptionalInt.of(2)),
        Arguments.of(2025, OptionalInt.of(6)),
        Arguments.of(2033, OptionalInt.of(11)),
        Arguments.of(2024, OptionalInt.empty()),
        Arguments.of(2026, OptionalInt.empty()));
  }

  @ParameterizedTest
  @MethodSource("leapMonths")
  void knowsTheLeapMonths(int year, OptionalInt expected) {
    assertEquals(expected, VietnameseLunarCalendar.leapMonth(year));
  }

  @Test
  void leapMonth6Of2025FollowsMonth6() {
    // Month 6 of 2025 starts 2025-06-25, its leap repetition 2025-07-25, month 7 2025-08-23.
    assertEquals(LocalDate.of(2025, 6, 25), toSolar(2025, 6, 1, false));
    assertEquals(LocalDate.of(2025, 7, 25), toSolar(2025, 6, 1, true));
    assertEquals(LocalDate.of(2025, 8, 23), toSolar(2025, 7, 1, false));
    assertEquals(
        LunarDate.of(2025, 6, 29, true),
        VietnameseLunarCalendar.toLunar(LocalDate.of(2025, 8, 22)));
    assertEquals(30, VietnameseLunarCalendar.monthLength(2025, 6, false));
    assertEquals(29, VietnameseLunarCalendar.monthLength(2025, 6, true));
  }

  @Test
  void convertsTheFirstDayOfTheYearOfTheSnake() {
    assertEquals(LunarDate.of(2025, 1, 1, false), VietnameseLunarCalendar.toLunar(WED_2025_01_29));
    assertEquals(
        LunarDate.of(2024, 12, 29, false),
        VietnameseLunarCalendar.toLunar(WED_2025_01_29.minusDays(1)));
  }

  @Test
  void coversLunarYears1900To2100() {
    assertEquals(MIN, VietnameseLunarCalendar.minSupported());
    assertEquals(MAX, VietnameseLunarCalendar.maxSupported());
    assertEquals(LunarDate.of(1900, 1, 1, false), VietnameseLunarCalendar.toLunar(MIN));
    assertEquals(LunarDate.of(2100, 12, 29, false), VietnameseLunarCalendar.toLunar(MAX));
    assertEquals(MAX.plusDays(1), LocalDate.of(2101, 1, 29));
  }

  /** The supported range in the brief: all of 1900-01-31 to 2100-12-31. */
  @Test
  void coversAtLeastTheBriefsRange() {
    assertTrue(!VietnameseLunarCalendar.minSupported().isAfter(LocalDate.of(1900, 1, 31)));
    assertTrue(!VietnameseLunarCalendar.maxSupported().isBefore(LocalDate.of(2100, 12, 31)));
  }

  @Test
  void everySupportedSolarDateRoundTripsAndFollowsTheDayBefore() {
    LunarDate previous = null;
    for (LocalDate date = MIN; !date.isAfter(MAX); date = date.plusDays(1)) {
      LunarDate lunar = VietnameseLunarCalendar.toLunar(date);
      assertEquals(date, VietnameseLunarCalendar.toSolar(lunar), lunar::toString);
      if (previous != null) {
        if (lunar.day() == 1) {
          assertTrue(previous.day() == 29 || previous.day() == 30, lunar::toString);
          assertEquals(previous.day(), monthLength(previous), previous::toString);
          assertTrue(previous.compareTo(lunar) < 0, lunar::toString);
        } else {
          assertEquals(
              LunarDate.of(
                  previous.year(), previous.month(), previous.day() + 1, previous.isLeapMonth()),
              lunar);
        }
      }
      previous = lunar;
    }
  }

  @Test
  void everyYearHasTwelveMonthsOrThirteenWithOneLeapFollowingItsNamesake() {
    for (int year = 1900; year <= 2100; year++) {
      LocalDate end = year < 2100 ? VietnameseLunarCalendar.tet(year + 1) : MAX.plusDays(1);
      List<LunarDate> firstDays = new ArrayList<>();
      for (LocalDate date = VietnameseLunarCalendar.tet(year);
          date.isBefore(end);
          date = date.plusDays(1)) {
        LunarDate lunar = VietnameseLunarCalendar.toLunar(date);
        assertEquals(year, lunar.year(), date::toString);
        if (lunar.day() == 1) {
          firstDays.add(lunar);
        }
      }
      List<LunarDate> expected = new ArrayList<>();
      OptionalInt leap = VietnameseLunarCalendar.leapMonth(year);
      for (int month = 1; month <= 12; month++) {
        expected.add(LunarDate.of(year, month, 1, false));
        if (leap.isPresent() && leap.getAsInt() == month) {
          expected.add(LunarDate.of(year, month, 1, true));
        }
      }
      assertEquals(expected, firstDays, "" + year);
      for (int month = 1; month <= 12; month++) {
        checkedLength(year, month, false);
        if (leap.isPresent() && leap.getAsInt() == month) {
          checkedLength(year, month, true);
        } else {
          int y = year;
          int m = month;
          NonexistentLunarDateException e =
              assertThrows(
                  NonexistentLunarDateException.class,
                  () -> VietnameseLunarCalendar.monthLength(y, m, true));
          assertEquals("leapMonth", e.field());
          assertEquals("true", e.value());
        }
      }
    }
  }

  @Test
  void rejectsSolarDatesOutsideTheCoverage() {
    for (LocalDate date : new LocalDate[] {MIN.minusDays(1), MAX.plusDays(1), LocalDate.MIN}) {
      CalendarCoverageException e =
          assertThrows(
              CalendarCoverageException.class, () -> VietnameseLunarCalendar.toLunar(date));
      assertEquals(date, e.date());
      assertEquals(MIN, e.coverageStart());
      assertEquals(MAX, e.coverageEnd());
    }
  }

  @Test
  void rejectsLunarYearsOutsideTheCoverage() {
    for (int year : new int[] {1899, 2101}) {
      assertYearOutOfRange(year, () -> VietnameseLunarCalendar.tet(year));
      assertYearOutOfRange(year, () -> VietnameseLunarCalendar.leapMonth(year));
      assertYearOutOfRange(year, () -> VietnameseLunarCalendar.monthLength(year, 1, false));
      assertYearOutOfRange(
          year, () -> VietnameseLunarCalendar.toSolar(LunarDate.of(year, 1, 1, false)));
    }
  }

  @Test
  void rejectsDay30OfA29DayMonth() {
    // Month 1 of 2025 runs from 2025-01-29 to 2025-02-27: 30 days; month 2 has 29.
    assertEquals(29, VietnameseLunarCalendar.monthLength(2025, 2, false));
    LunarDate asked = LunarDate.of(2025, 2, 30, false);
    NonexistentLunarDateException e =
        assertThrows(
            NonexistentLunarDateException.class, () -> VietnameseLunarCalendar.toSolar(asked));
    assertEquals(asked, e.lunarDate());
    assertEquals("day", e.field());
    assertEquals("30", e.value());
    assertEquals("month 2 of lunar year 2025 has 29 days", e.rule());
  }

  @Test
  void rejectsTheLeapFlagOnAMonthThatIsNotRepeated() {
    LunarDate asked = LunarDate.of(2025, 5, 1, true);
    NonexistentLunarDateException e =
        assertThrows(
            NonexistentLunarDateException.class, () -> VietnameseLunarCalendar.toSolar(asked));
    assertEquals(asked, e.lunarDate());
    assertEquals("leapMonth", e.field());
    assertEquals("true", e.value());
    assertEquals("lunar year 2025 repeats month 6, not month 5", e.rule());

    LunarDate inCommonYear = LunarDate.of(2024, 1, 1, true);
    NonexistentLunarDateException common =
        assertThrows(
            NonexistentLunarDateException.class,
            () -> VietnameseLunarCalendar.toSolar(inCommonYear));
    assertEquals("lunar year 2024 has no leap month", common.rule());
  }

  @Test
  void rejectsAMalformedMonthInMonthLength() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> VietnameseLunarCalendar.monthLength(2025, 13, false));
    assertEquals("Invalid value for lunar month (valid values 1 - 12): 13", e.getMessage());
  }

  @Test
  void rejectsNullArguments() {
    NullPointerException solar =
        assertThrows(NullPointerException.class, () -> VietnameseLunarCalendar.toLunar(null));
    assertEquals("date", solar.getMessage());
    NullPointerException lunar =
        assertThrows(NullPointerException.class, () -> VietnameseLunarCalendar.toSolar(null));
    assertEquals("lunar", lunar.getMessage());
  }

  @Test
  void hasTetAndHungKingsDayForEveryYear() {
    IntStream.rangeClosed(1900, 2100)
        .forEach(
            year -> {
              LocalDate tet = VietnameseLunarCalendar.tet(year);
              assertEquals(year, tet.getYear());
              assertTrue(!tet.isBefore(LocalDate.of(year, 1, 21)), tet::toString);
              assertTrue(!tet.isAfter(LocalDate.of(year, 2, 20)), tet::toString);
              LocalDate hung = toSolar(year, 3, 10, false);
              assertTrue(hung.isAfter(tet.plusDays(66)), hung::toString);
            });
  }

  private static void assertYearOutOfRange(int year, Runnable call) {
    LunarYearOutOfRangeException e = assertThrows(LunarYearOutOfRangeException.class, call::run);
    assertEquals(year, e.year());
    assertEquals(1900, e.minYear());
    assertEquals(2100, e.maxYear());
  }

  private static int checkedLength(int year, int month, boolean leap) {
    int length = VietnameseLunarCalendar.monthLength(year, month, leap);
    assertTrue(length == 29 || length == 30, year + "-" + month);
    return length;
  }

  private static int monthLength(LunarDate date) {
    return VietnameseLunarCalendar.monthLength(date.year(), date.month(), date.isLeapMonth());
  }

  private static LocalDate toSolar(int year, int month, int day, boolean leap) {
    return VietnameseLunarCalendar.toSolar(LunarDate.of(year, month, day, leap));
  }
}
