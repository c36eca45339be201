package io.github.proctime.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Vietnam's national calendar against the official schedules and published dates. */
class VietnamCalendarTest {
  private static final WorkingCalendar VN = WorkingCalendars.vietnam();
  private static final WorkingCalendar RULES_ONLY =
      WorkingCalendars.vietnamBuilder().withoutBundledSchedules().build();

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  /**
   * holidays.md §2, columns "Weekday closures" and "Làm bù Saturdays", typed from the table: every
   * Monday-Friday day off and every working Saturday of each year.
   */
  static Stream<Arguments> officialYears() {
    return Stream.of(
        Arguments.of(
            2018,
            List.of(
                d(2018, 1, 1),
                d(2018, 2, 14),
                d(2018, 2, 15),
                d(2018, 2, 16),
                d(2018, 2, 19),
                d(2018, 2, 20),
                d(2018, 4, 25),
                d(2018, 4, 30),
                d(2018, 5, 1),
                d(2018, 9, 3),
                d(2018, 12, 31)),
            List.of()),
        Arguments.of(
            2019,
            List.of(
                d(2019, 1, 1),
                d(2019, 2, 4),
                d(2019, 2, 5),
                d(2019, 2, 6),
                d(2019, 2, 7),
                d(2019, 2, 8),
                d(2019, 4, 15),
                d(2019, 4, 29),
                d(2019, 4, 30),
                d(2019, 5, 1),
                d(2019, 9, 2)),
            List.of(d(2019, 1, 5), d(2019, 5, 4))),
        Arguments.of(
            2020,
            List.of(
                d(2020, 1, 1),
                d(2020, 1, 23),
                d(2020, 1, 24),
                d(2020, 1, 27),
                d(2020, 1, 28),
                d(2020, 1, 29),
                d(2020, 4, 2),
                d(2020, 4, 30),
                d(2020, 5, 1),
                d(2020, 9, 2)),
            List.of()),
        Arguments.of(
            2021,
            List.of(
                d(2021, 1, 1),
                d(2021, 2, 10),
                d(2021, 2, 11),
                d(2021, 2, 12),
                d(2021, 2, 15),
                d(2021, 2, 16),
                d(2021, 4, 21),
                d(2021, 4, 30),
                d(2021, 5, 3),
                d(2021, 9, 2),
                d(2021, 9, 3)),
            List.of()),
        Arguments.of(
            2022,
            List.of(
                d(2022, 1, 3),
                d(2022, 1, 31),
                d(2022, 2, 1),
                d(2022, 2, 2),
                d(2022, 2, 3),
                d(2022, 2, 4),
                d(2022, 4, 11),
                d(2022, 5, 2),
                d(2022, 5, 3),
                d(2022, 9, 1),
                d(2022, 9, 2)),
            List.of()),
        Arguments.of(
            2023,
            List.of(
                d(2023, 1, 2),
                d(2023, 1, 20),
                d(2023, 1, 23),
                d(2023, 1, 24),
                d(2023, 1, 25),
                d(2023, 1, 26),
                d(2023, 5, 1),
                d(2023, 5, 2),
                d(2023, 5, 3),
                d(2023, 9, 1),
                d(2023, 9, 4)),
            List.of()),
        Arguments.of(
            2024,
            List.of(
                d(2024, 1, 1),
                d(2024, 2, 8),
                d(2024, 2, 9),
                d(2024, 2, 12),
                d(2024, 2, 13),
                d(2024, 2, 14),
                d(2024, 4, 18),
                d(2024, 4, 29),
                d(2024, 4, 30),
                d(2024, 5, 1),
                d(2024, 9, 2),
                d(2024, 9, 3)),
            List.of(d(2024, 5, 4))),
        Arguments.of(
            2025,
            List.of(
                d(2025, 1, 1),
                d(2025, 1, 27),
                d(2025, 1, 28),
                d(2025, 1, 29),
                d(2025, 1, 30),
                d(2025, 1, 31),
                d(2025, 4, 7),
                d(2025, 4, 30),
                d(2025, 5, 1),
                d(2025, 5, 2),
                d(2025, 9, 1),
                d(2025, 9, 2)),
            List.of(d(2025, 4, 26))),
        Arguments.of(
            2026,
            List.of(
                d(2026, 1, 1),
                d(2026, 1, 2),
                d(2026, 2, 16),
                d(2026, 2, 17),
                d(2026, 2, 18),
                d(2026, 2, 19),
                d(2026, 2, 20),
                d(2026, 4, 27),
                d(2026, 4, 30),
                d(2026, 5, 1),
                d(2026, 8, 31),
                d(2026, 9, 1),
                d(2026, 9, 2)),
            List.of(d(2026, 1, 10), d(2026, 8, 22))));
  }

  private static boolean weekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("officialYears")
  void weekdayClosuresAndMakeUpDaysAreExactlyTheOfficialOnes(
      int year, List<LocalDate> closures, List<LocalDate> makeUpDays) {
    Set<LocalDate> closed = new TreeSet<>();
    Set<LocalDate> workedWeekends = new TreeSet<>();
    for (LocalDate date = d(year, 1, 1); date.getYear() == year; date = date.plusDays(1)) {
      if (!weekend(date) && !VN.isWorkingDay(date)) {
        closed.add(date);
      }
      if (weekend(date) && VN.isWorkingDay(date)) {
        workedWeekends.add(date);
      }
    }
    assertEquals(new TreeSet<>(closures), closed);
    assertEquals(new TreeSet<>(makeUpDays), workedWeekends);
    for (LocalDate m : makeUpDays) {
      assertEquals(DayKind.MAKE_UP_WORKING_DAY, VN.day(m).kind());
      assertFalse(VN.day(m).source().isEmpty());
    }
    for (LocalDate c : closures) {
      CalendarDay day = VN.day(c);
      assertFalse(day.isProvisional(), c.toString());
      assertFalse(day.name().isEmpty(), c.toString());
      assertFalse(day.source().isEmpty(), c.toString());
    }
  }

  @Test
  void officialDaysCarryTheirDocuments() {
    CalendarDay swap = VN.day(d(2024, 4, 29));
    assertEquals(DayKind.SWAPPED_DAY_OFF, swap.kind());
    assertEquals("CV 2450/VPCP-KGVX", swap.source());
    assertEquals(DayKind.MAKE_UP_WORKING_DAY, VN.day(d(2024, 5, 4)).kind());
    assertTrue(VN.day(d(2025, 1, 27)).source().contains("CV 8726/VPCP-KGVX"));
    assertEquals(DayKind.COMPENSATORY_DAY_OFF, VN.day(d(2023, 9, 4)).kind());
    assertEquals("CV 8056/VPCP-KGVX", VN.day(d(2023, 9, 4)).source());
    assertEquals(DayKind.WORKING, VN.day(d(2025, 1, 24)).kind());
    assertEquals(DayKind.WEEKEND, VN.day(d(2025, 1, 25)).kind());
  }

  /** python-holidays' tests (holidays.md §3.5): substituted days off and working Saturdays. */
  @Test
  void pythonHolidaysSubstitutionsInOurOfficialYears() {
    for (LocalDate off : List.of(d(2018, 12, 31), d(2019, 4, 29), d(2024, 4, 29))) {
      assertEquals(DayKind.SWAPPED_DAY_OFF, VN.day(off).kind(), off.toString());
    }
    for (LocalDate work : List.of(d(2019, 1, 5), d(2019, 5, 4), d(2024, 5, 4))) {
      assertTrue(VN.isWorkingDay(work), work.toString());
    }
  }

  /** python-holidays' {@code test_observed} (holidays.md §3.5): all are days off. */
  @Test
  void pythonHolidaysObservedDaysAreDaysOff() {
    List<LocalDate> observed =
        List.of(
            d(2018, 2, 14),
            d(2018, 2, 20),
            d(2020, 1, 23),
            d(2020, 1, 29),
            d(2021, 2, 10),
            d(2021, 2, 16),
            d(2023, 1, 20),
            d(2023, 1, 26),
            d(2024, 2, 8),
            d(2024, 2, 14),
            d(2019, 4, 15),
            d(2022, 1, 3),
            d(2022, 4, 11),
            d(2022, 5, 2),
            d(2022, 5, 3),
            d(2023, 5, 2),
            d(2023, 5, 3),
            d(2021, 5, 3),
            d(2018, 9, 3),
            d(2023, 9, 4));
    for (LocalDate date : observed) {
      assertFalse(VN.isWorkingDay(date), date.toString());
    }
  }

  /** Tết (mùng 1) from holidays.md §3.2-3.3, in years without an official schedule. */
  static Stream<Arguments> tetDates() {
    return Stream.of(
        Arguments.of(d(1985, 1, 21)),
        Arguments.of(d(1997, 2, 7)),
        Arguments.of(d(2007, 2, 17)),
        Arguments.of(d(2009, 1, 26)),
        Arguments.of(d(2012, 1, 23)),
        Arguments.of(d(2013, 2, 10)),
        Arguments.of(d(2016, 2, 8)),
        Arguments.of(d(2017, 1, 28)),
        Arguments.of(d(2027, 2, 6)),
        Arguments.of(d(2028, 1, 26)),
        Arguments.of(d(2030, 2, 2)),
        Arguments.of(d(2031, 1, 23)),
        Arguments.of(d(2033, 1, 31)),
        Arguments.of(d(2035, 2, 8)),
        Arguments.of(d(2053, 2, 18)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tetDates")
  void tetFollowsTheDefaultPatternAndIsProvisional(LocalDate tet) {
    CalendarDay first = VN.day(tet);
    assertEquals(DayKind.PUBLIC_HOLIDAY, first.kind());
    assertEquals("Tết Nguyên đán (mùng 1)", first.name());
    assertTrue(first.isProvisional());
    CalendarDay eve = VN.day(tet.minusDays(1));
    assertEquals("Tết Nguyên đán (giao thừa)", eve.name());
    // Five days (eve and mùng 1-4), four before Labor Code 2012 took effect (eve and mùng 1-3).
    int lastDay = tet.isBefore(d(2013, 5, 1)) ? 3 : 4;
    for (int k = 2; k <= lastDay; k++) {
      CalendarDay day = VN.day(tet.plusDays(k - 1));
      assertEquals("Tết Nguyên đán (mùng " + k + ")", day.name(), "mùng " + k);
      assertFalse(day.isWorking());
      assertTrue(day.isProvisional());
    }
    assertFalse(VN.day(tet.plusDays(lastDay)).name().startsWith("Tết Nguyên đán"));
  }

  @Test
  void tetWeekendDaysGetProvisionalCompensatoryDays() {
    // Tết 2027 is Saturday 6 February: eve Fri 5, mùng 1-4 Sat 6 - Tue 9; Sat and Sun give
    // compensatory days on the next working days, Wed 10 and Thu 11.
    assertEquals(DayKind.COMPENSATORY_DAY_OFF, VN.day(d(2027, 2, 10)).kind());
    assertEquals(DayKind.COMPENSATORY_DAY_OFF, VN.day(d(2027, 2, 11)).kind());
    assertTrue(VN.day(d(2027, 2, 10)).isProvisional());
    assertEquals("Labor Code 2019 Art. 111(3)", VN.day(d(2027, 2, 10)).source());
    assertTrue(VN.isWorkingDay(d(2027, 2, 12)));
    assertTrue(VN.isWorkingDay(d(2027, 2, 4)));
  }

  /** Giỗ Tổ Hùng Vương from holidays.md §3.4-3.5, in years without an official schedule. */
  @Test
  void hungKingsDayFrom2007() {
    List<LocalDate> dates =
        List.of(
            d(2007, 4, 26),
            d(2008, 4, 15),
            d(2009, 4, 4),
            d(2010, 4, 23),
            d(2011, 4, 12),
            d(2012, 3, 31),
            d(2013, 4, 19),
            d(2014, 4, 9),
            d(2015, 4, 28),
            d(2016, 4, 16),
            d(2017, 4, 6),
            d(2027, 4, 16),
            d(2028, 4, 4),
            d(2029, 4, 23),
            d(2030, 4, 12));
    for (LocalDate date : dates) {
      CalendarDay day = VN.day(date);
      assertEquals("Giỗ Tổ Hùng Vương", day.name(), date.toString());
      assertEquals(DayKind.PUBLIC_HOLIDAY, day.kind());
      assertFalse(day.isProvisional());
    }
    // Not a holiday before 2007: 10/3 lunar 2006 is 2006-04-07, a Friday.
    assertTrue(VN.isWorkingDay(d(2006, 4, 7)));
  }

  @Test
  void nationalDayHasAProvisionalAdjacentDayFrom2021Only() {
    // 2/9/2027 is a Thursday: the default adjacent day is Friday 3/9.
    assertEquals(DayKind.PUBLIC_HOLIDAY, VN.day(d(2027, 9, 2)).kind());
    assertFalse(VN.day(d(2027, 9, 2)).isProvisional());
    assertEquals("Quốc khánh (ngày liền kề)", VN.day(d(2027, 9, 3)).name());
    assertTrue(VN.day(d(2027, 9, 3)).isProvisional());
    // 2/9/2015 is a Wednesday, one day under Labor Code 2012: 1/9 and 3/9 are working days.
    assertTrue(VN.isWorkingDay(d(2015, 9, 1)));
    assertTrue(VN.isWorkingDay(d(2015, 9, 3)));
    assertEquals("Labor Code 2012 Art. 115(1)", VN.day(d(2015, 9, 2)).source());
  }

  @Test
  void nationalDayOnASundayPushesItsCompensatoryDayPastTheProvisionalAdjacentDay() {
    // 2/9/2029 is a Sunday: adjacent day Monday 3/9 (provisional), compensatory day Tuesday 4/9.
    assertEquals("Quốc khánh (ngày liền kề)", VN.day(d(2029, 9, 3)).name());
    CalendarDay compensatory = VN.day(d(2029, 9, 4));
    assertEquals(DayKind.COMPENSATORY_DAY_OFF, compensatory.kind());
    assertTrue(compensatory.isProvisional());
    // 2/9/2028 is a Saturday: adjacent day Friday 1/9, compensatory day Monday 4/9, which follows
    // from the statute alone.
    assertFalse(VN.isWorkingDay(d(2028, 9, 1)));
    assertEquals(DayKind.COMPENSATORY_DAY_OFF, VN.day(d(2028, 9, 4)).kind());
    assertFalse(VN.day(d(2028, 9, 4)).isProvisional());
  }

  @Test
  void beforeLabourCode2012TetHasFourDaysAndTheSamePattern() {
    // Tết 2012 is Monday 23/1: eve Sunday 22/1, mùng 1-3 on 23-25/1; the Sunday gives Thursday
    // 26/1.
    assertEquals(DayKind.COMPENSATORY_DAY_OFF, VN.day(d(2012, 1, 26)).kind());
    assertTrue(VN.day(d(2012, 1, 26)).source().startsWith("Labor Code 2012 Art. 115(3) pattern"));
    assertTrue(VN.isWorkingDay(d(2012, 1, 27)));
  }

  @Test
  void labourCode2012CompensatesOnTheNextDayOffTheWeeklyRest() {
    // 30/4/2016 Saturday and 1/5/2016 Sunday: Monday 2/5 and Tuesday 3/5.
    assertEquals(DayKind.COMPENSATORY_DAY_OFF, VN.day(d(2016, 5, 2)).kind());
    assertEquals(DayKind.COMPENSATORY_DAY_OFF, VN.day(d(2016, 5, 3)).kind());
    assertEquals("Labor Code 2012 Art. 115(3)", VN.day(d(2016, 5, 2)).source());
    assertFalse(VN.day(d(2016, 5, 2)).isProvisional());
    assertTrue(VN.isWorkingDay(d(2016, 5, 4)));
  }

  /**
   * The statutory rules alone (no official schedules) reproduce every official day off of 2018-2026
   * that is not a Tết day or a swap: the official schedules follow the Labor Code there.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("officialYears")
  void rulesAloneReproduceTheNonTetNonSwapClosures(
      int year, List<LocalDate> closures, List<LocalDate> makeUpDays) {
    List<LocalDate> expected = new ArrayList<>();
    for (LocalDate c : closures) {
      DayKind kind = VN.day(c).kind();
      boolean tet = VN.day(c).name().contains("Tết Nguyên đán");
      if (!tet && kind != DayKind.SWAPPED_DAY_OFF) {
        expected.add(c);
      }
    }
    List<LocalDate> actual = new ArrayList<>();
    for (LocalDate date = d(year, 1, 1); date.getYear() == year; date = date.plusDays(1)) {
      CalendarDay day = RULES_ONLY.day(date);
      if (!weekend(date) && !day.isWorking() && !day.name().contains("Tết Nguyên đán")) {
        actual.add(date);
      }
    }
    assertEquals(expected, actual);
  }

  @Test
  void coverageIs1970To2100() {
    assertEquals(d(1970, 1, 1), VN.coverageStart());
    assertEquals(d(2100, 12, 31), VN.coverageEnd());
    assertEquals(WorkingCalendars.VIETNAM_ZONE, VN.zone());
    assertSame(VN, WorkingCalendars.vietnam());
    assertEquals(VN, WorkingCalendars.vietnamBuilder().build());
  }

  @Test
  void workingDayAndWorkingTimeExamples() {
    // Friday 24/1/2025; Tết 27-31/1; three working days later is Wednesday 5/2.
    assertEquals(d(2025, 2, 5), VN.plusWorkingDays(d(2025, 1, 24), 3));
    assertEquals(3, VN.workingDaysBetween(d(2025, 1, 24), d(2025, 2, 5)));
    // Friday 16:30 plus two working hours: 30 minutes on Friday, 90 on Monday from 07:30.
    var friday1630 = LocalDateTime.of(2024, Month.MARCH, 1, 16, 30).atZone(VN.zone()).toInstant();
    assertEquals(
        LocalDateTime.of(2024, 3, 4, 9, 0).atZone(VN.zone()).toInstant(),
        VN.plusWorkingTime(friday1630, Duration.ofHours(2)));
    // Two hours after 15:00 on a day ending at 17:00 is 17:00, not the next morning.
    var at1500 = LocalDateTime.of(2024, 3, 1, 15, 0).atZone(VN.zone()).toInstant();
    assertEquals(
        LocalDateTime.of(2024, 3, 1, 17, 0).atZone(VN.zone()).toInstant(),
        VN.plusWorkingTime(at1500, Duration.ofHours(2)));
    // Lunch is skipped.
    var at1100 = LocalDateTime.of(2024, 3, 1, 11, 0).atZone(VN.zone()).toInstant();
    assertEquals(
        LocalDateTime.of(2024, 3, 1, 13, 30).atZone(VN.zone()).toInstant(),
        VN.plusWorkingTime(at1100, Duration.ofHours(1)));
    assertEquals(
        Duration.ofHours(8), VN.workingTimeBetween(at1100, at1100.plus(Duration.ofDays(3))));
  }

  /**
   * Around the zone's last offset change (+08:00 to +07:00 on 1975-06-13), where the indexed
   * calendar switches from the zone's rules to its fixed-offset shortcut, minute by minute against
   * the naive oracle.
   */
  @Test
  void agreesWithTheOracleAcrossTheLastOffsetChangeOf1975() {
    NaiveCalendar oracle = new NaiveCalendar(VN);
    Instant from = Instant.parse("1975-06-09T00:00:00Z");
    Instant to = Instant.parse("1975-06-19T00:00:00Z");
    long minutes = 0;
    for (Instant t = from; t.isBefore(to); t = t.plusSeconds(60)) {
      assertEquals(oracle.isWorkingMinute(t), VN.isWorkingInstant(t), t::toString);
      assertEquals(Duration.ofMinutes(minutes), VN.workingTimeBetween(from, t), t::toString);
      Instant next = VN.nextOrSameWorkingInstant(t);
      if (oracle.isWorkingMinute(t)) {
        assertEquals(t, next, t::toString);
        minutes++;
        assertEquals(
            t.plusSeconds(60), VN.plusWorkingTime(from, Duration.ofMinutes(minutes)), t::toString);
      } else {
        assertTrue(next.isAfter(t) && oracle.isWorkingMinute(next), t::toString);
        assertEquals(Duration.ZERO, VN.workingTimeBetween(t, next), t::toString);
      }
    }
  }
}
