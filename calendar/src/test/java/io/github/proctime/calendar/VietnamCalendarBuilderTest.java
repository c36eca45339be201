package io.github.proctime.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VietnamCalendarBuilderTest {
  private static final String HEADER = "date,kind,holiday,name,source\n";

  /** A made-up announcement for 2027, in the format a user would type. */
  private static final String SCHEDULE_2027 =
      "# Tết 2027 as a user would add it\n"
          + HEADER
          + "2027-02-04,PUBLIC_HOLIDAY,LUNAR_NEW_YEAR,Tết Nguyên đán,CV 1/VPCP-KGVX\n"
          + "2027-02-05,PUBLIC_HOLIDAY,LUNAR_NEW_YEAR,Tết Nguyên đán,CV 1/VPCP-KGVX\n"
          + "2027-02-08,PUBLIC_HOLIDAY,LUNAR_NEW_YEAR,Tết Nguyên đán,CV 1/VPCP-KGVX\n"
          + "2027-02-09,PUBLIC_HOLIDAY,LUNAR_NEW_YEAR,Tết Nguyên đán,CV 1/VPCP-KGVX\n"
          + "2027-02-10,PUBLIC_HOLIDAY,LUNAR_NEW_YEAR,Tết Nguyên đán,CV 1/VPCP-KGVX\n"
          + "\n"
          + "2027-02-20,MAKE_UP_WORKING_DAY,SWAP,Làm bù,CV 1/VPCP-KGVX\n";

  @Test
  void aUserScheduleReplacesTheRuleForItsHolidayAndYear() {
    WorkingCalendar vn = WorkingCalendars.vietnam();
    WorkingCalendar with2027 =
        WorkingCalendars.vietnamBuilder().addSchedule(SCHEDULE_2027, "vn-2027.csv").build();
    // The rule gave Wed 10 and Thu 11 as provisional compensatory days; the announcement differs.
    assertTrue(vn.day(LocalDate.of(2027, 2, 11)).isProvisional());
    assertTrue(with2027.isWorkingDay(LocalDate.of(2027, 2, 11)));
    assertFalse(with2027.isWorkingDay(LocalDate.of(2027, 2, 4)));
    CalendarDay official = with2027.day(LocalDate.of(2027, 2, 10));
    assertEquals(DayKind.PUBLIC_HOLIDAY, official.kind());
    assertEquals("CV 1/VPCP-KGVX", official.source());
    assertFalse(official.isProvisional());
    assertEquals(DayKind.MAKE_UP_WORKING_DAY, with2027.day(LocalDate.of(2027, 2, 20)).kind());
    // Other holidays of 2027 still follow the rules.
    assertEquals(vn.day(LocalDate.of(2027, 9, 3)), with2027.day(LocalDate.of(2027, 9, 3)));
    assertNotEquals(vn, with2027);
    assertEquals(
        with2027,
        WorkingCalendars.vietnamBuilder()
            .addSchedule(
                new ByteArrayInputStream(SCHEDULE_2027.getBytes(StandardCharsets.UTF_8)), "x")
            .build());
  }

  @Test
  void aLaterScheduleCorrectsTheBundledOneForTheHolidaysItNames() {
    WorkingCalendar corrected =
        WorkingCalendars.vietnamBuilder()
            .addSchedule(
                HEADER
                    + "2025-09-01,PUBLIC_HOLIDAY,NATIONAL_DAY,Quốc khánh,Correction 1\n"
                    + "2025-09-02,PUBLIC_HOLIDAY,NATIONAL_DAY,Quốc khánh,Correction 1\n"
                    + "2025-09-03,PUBLIC_HOLIDAY,NATIONAL_DAY,Quốc khánh,Correction 1\n",
                "fix.csv")
            .build();
    assertFalse(corrected.isWorkingDay(LocalDate.of(2025, 9, 3)));
    assertEquals("Correction 1", corrected.day(LocalDate.of(2025, 9, 1)).source());
    assertFalse(corrected.isWorkingDay(LocalDate.of(2025, 5, 2)));
  }

  @Test
  void sessionsAndCoverageCanBeChanged() {
    WorkingCalendar c =
        WorkingCalendars.vietnamBuilder()
            .coverage(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))
            .sessions(DayOfWeek.SATURDAY, WorkingSession.parse("08:00-12:00"))
            .build();
    assertEquals(LocalDate.of(2024, 1, 1), c.coverageStart());
    assertEquals(
        List.of(WorkingSession.parse("08:00-12:00")), c.sessions(LocalDate.of(2024, 5, 4)));
    assertTrue(c.isWorkingTime(LocalDate.of(2024, 5, 4), LocalTime.of(11, 0)));
    assertFalse(c.isWorkingTime(LocalDate.of(2024, 5, 4), LocalTime.of(13, 0)));
  }

  @Test
  void theWholeLunarRangeCanBeCovered() {
    VietnamCalendarBuilder b = WorkingCalendars.vietnamBuilder();
    WorkingCalendar c = b.coverage(b.earliestCoverageStart(), b.latestCoverageEnd()).build();
    assertEquals(LocalDate.of(1900, 1, 1), c.coverageStart());
    assertEquals(LocalDate.of(2100, 12, 31), c.coverageEnd());
    // Tết 1900 is 31 January (VietnameseLunarCalendar), so its eve is a day off.
    assertFalse(c.isWorkingDay(LocalDate.of(1900, 1, 30)));
  }

  @Test
  void coverageBeyondTheLunarCalendarIsRefusedWithItsRange() {
    VietnamCalendarBuilder b = WorkingCalendars.vietnamBuilder();
    CalendarCoverageException e =
        assertThrows(
            CalendarCoverageException.class,
            () -> b.coverage(LocalDate.of(1899, 1, 1), LocalDate.of(2000, 1, 1)));
    assertEquals(LocalDate.of(1899, 1, 1), e.date());
    assertEquals(b.earliestCoverageStart(), e.coverageStart());
    assertEquals(b.latestCoverageEnd(), e.coverageEnd());
  }

  static Stream<Arguments> malformedSchedules() {
    return Stream.of(
        Arguments.of("", 0, "line", ""),
        Arguments.of("date,kind,name\n", 1, "line", "date,kind,name"),
        Arguments.of(
            HEADER + "2027-02-04,PUBLIC_HOLIDAY,LUNAR_NEW_YEAR,Tết\n",
            2,
            "line",
            "2027-02-04,PUBLIC_HOLIDAY,LUNAR_NEW_YEAR,Tết"),
        Arguments.of(
            HEADER + "2027-02-30,PUBLIC_HOLIDAY,LUNAR_NEW_YEAR,Tết,CV\n", 2, "date", "2027-02-30"),
        Arguments.of(
            HEADER + "# c\n2027-02-04,HOLIDAY,LUNAR_NEW_YEAR,Tết,CV\n", 3, "kind", "HOLIDAY"),
        Arguments.of(HEADER + "2027-02-04,WORKING,LUNAR_NEW_YEAR,Tết,CV\n", 2, "kind", "WORKING"),
        Arguments.of(HEADER + "2027-02-04,PUBLIC_HOLIDAY,TET,Tết,CV\n", 2, "holiday", "TET"),
        Arguments.of(HEADER + "2027-02-04,PUBLIC_HOLIDAY,LUNAR_NEW_YEAR, ,CV\n", 2, "name", ""),
        Arguments.of(HEADER + "2027-02-04,PUBLIC_HOLIDAY,LUNAR_NEW_YEAR,Tết,\n", 2, "source", ""),
        Arguments.of(
            HEADER + "2027-02-04,MAKE_UP_WORKING_DAY,SWAP,Làm bù,CV\n", 2, "date", "2027-02-04"),
        Arguments.of(HEADER + "2027-02-06,SWAPPED_DAY_OFF,SWAP,Nghỉ,CV\n", 2, "date", "2027-02-06"),
        Arguments.of(
            HEADER
                + "2027-02-04,PUBLIC_HOLIDAY,LUNAR_NEW_YEAR,Tết,CV\n"
                + "2027-02-04,PUBLIC_HOLIDAY,LUNAR_NEW_YEAR,Tết,CV\n",
            3,
            "date",
            "2027-02-04"));
  }

  @ParameterizedTest
  @MethodSource("malformedSchedules")
  void malformedSchedulesNameTheSourceLineFieldAndValue(
      String text, int line, String field, String value) {
    VietnamCalendarBuilder b = WorkingCalendars.vietnamBuilder();
    ScheduleFormatException e =
        assertThrows(ScheduleFormatException.class, () -> b.addSchedule(text, "mine.csv"));
    assertEquals("mine.csv", e.source());
    assertEquals(line, e.line());
    assertEquals(field, e.field());
    assertEquals(value, e.value());
    assertFalse(e.problem().isEmpty());
    assertTrue(
        e.getMessage().startsWith("mine.csv:" + line + ": invalid " + field), e.getMessage());
  }

  @Test
  void twoSchedulesGivingOneDateToTwoHolidaysConflict() {
    VietnamCalendarBuilder b =
        WorkingCalendars.vietnamBuilder()
            .addSchedule(HEADER + "2025-05-02,PUBLIC_HOLIDAY,LABOUR_DAY,X,Y\n", "a.csv");
    CalendarConflictException e = assertThrows(CalendarConflictException.class, b::build);
    assertEquals(LocalDate.of(2025, 5, 2), e.date().orElseThrow());
    assertTrue(e.problem().contains("a.csv line 2"), e.problem());
  }

  @Test
  void overlappingWeeklySessionsNameTheDay() {
    CalendarConflictException e =
        assertThrows(
            CalendarConflictException.class,
            () ->
                WorkingCalendars.vietnamBuilder()
                    .sessions(
                        DayOfWeek.MONDAY,
                        WorkingSession.parse("07:30-11:30"),
                        WorkingSession.parse("11:00-12:00")));
    assertEquals(DayOfWeek.MONDAY, e.dayOfWeek().orElseThrow());
    assertTrue(e.date().isEmpty());
  }
}
