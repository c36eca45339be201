package io.github.proctime.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarBuilderTest {
  private static final LocalDate MON_2025_01_06 = LocalDate.of(2025, 1, 6);
  private static final LocalDate SAT_2025_01_11 = LocalDate.of(2025, 1, 11);

  private static CalendarBuilder year2025() {
    return WorkingCalendars.builder()
        .coverage(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
  }

  @Test
  void daysDifferFromTheWeeklyPatternAsGiven() {
    WorkingCalendar c =
        year2025()
            .day(MON_2025_01_06, DayKind.PUBLIC_HOLIDAY, "Holiday", "test")
            .day(SAT_2025_01_11, DayKind.MAKE_UP_WORKING_DAY, "Make-up", "test")
            .build();
    assertFalse(c.isWorkingDay(MON_2025_01_06));
    assertTrue(c.isWorkingDay(SAT_2025_01_11));
    assertEquals(WorkingCalendars.defaultSessions(), c.sessions(SAT_2025_01_11));
    assertEquals(DayKind.WEEKEND, c.day(LocalDate.of(2025, 1, 12)).kind());
  }

  @Test
  void aWeekWithoutRestDays() {
    WorkingCalendar c = year2025().weeklyRest().build();
    assertEquals(365, c.workingDaysBetween(c.coverageStart(), c.coverageEnd().plusDays(1)));
  }

  @Test
  void theSameDateGivenTwoKindsIsAConflict() {
    CalendarBuilder b = year2025().day(MON_2025_01_06, DayKind.PUBLIC_HOLIDAY, "A", "B");
    CalendarConflictException e =
        assertThrows(
            CalendarConflictException.class,
            () -> b.day(MON_2025_01_06, DayKind.LOCAL_CLOSURE, "A", "B"));
    assertEquals(MON_2025_01_06, e.date().orElseThrow());
  }

  @Test
  void aDayOutsideTheCoverageIsRefused() {
    LocalDate late = LocalDate.of(2026, 1, 1);
    CalendarBuilder b = year2025().day(late, DayKind.PUBLIC_HOLIDAY, "A", "B");
    CalendarCoverageException e = assertThrows(CalendarCoverageException.class, b::build);
    assertEquals(late, e.date());
    assertEquals(LocalDate.of(2025, 12, 31), e.coverageEnd());
  }

  @Test
  void aMissingCoverageOrAReversedOneIsRefused() {
    assertThrows(IllegalStateException.class, () -> WorkingCalendars.builder().build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            WorkingCalendars.builder()
                .coverage(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1)));
  }

  @Test
  void aWeekdayWithoutSessionsIsAConflictNamingIt() {
    CalendarConflictException e =
        assertThrows(CalendarConflictException.class, () -> year2025().sessions(DayOfWeek.MONDAY));
    assertEquals(DayOfWeek.MONDAY, e.dayOfWeek().orElseThrow());
  }
}
