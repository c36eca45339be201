package io.github.proctime.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarOverlayBuilderTest {
  private static final WorkingCalendar VN = WorkingCalendars.vietnam();
  private static final LocalDate MON_2024_09_09 = LocalDate.of(2024, 9, 9);
  private static final LocalDate SAT_2024_09_14 = LocalDate.of(2024, 9, 14);
  private static final LocalDate SUN_2024_09_15 = LocalDate.of(2024, 9, 15);
  private static final WorkingSession MORNING = WorkingSession.parse("07:30-11:30");

  @Test
  void aClosureIsALocalClosureWithItsNameAndSource() {
    WorkingCalendar yenBai =
        WorkingCalendars.overlay(VN).closeDay(MON_2024_09_09, "Bão Yagi", "CĐ 1/UBND").build();
    CalendarDay day = yenBai.day(MON_2024_09_09);
    assertEquals(DayKind.LOCAL_CLOSURE, day.kind());
    assertEquals("Bão Yagi", day.name());
    assertEquals("CĐ 1/UBND", day.source());
    assertEquals(LocalDate.of(2024, 9, 11), yenBai.plusWorkingDays(LocalDate.of(2024, 9, 6), 2));
    assertEquals(LocalDate.of(2024, 9, 10), VN.plusWorkingDays(LocalDate.of(2024, 9, 6), 2));
    assertTrue(VN.isWorkingDay(MON_2024_09_09));
    assertEquals(VN.day(LocalDate.of(2024, 9, 2)), yenBai.day(LocalDate.of(2024, 9, 2)));
  }

  @Test
  void saturdayReceptionDoesNotCountUnlessConfigured() {
    WorkingCalendar reception =
        WorkingCalendars.overlay(VN).receptionSessions(DayOfWeek.SATURDAY, MORNING).build();
    assertFalse(reception.isWorkingDay(SAT_2024_09_14));
    assertEquals(DayKind.WEEKEND, reception.day(SAT_2024_09_14).kind());
    assertEquals(List.of(MORNING), reception.receptionSessions(SAT_2024_09_14));
    assertEquals(List.of(), reception.receptionSessions(SUN_2024_09_15));
    assertEquals(List.of(), VN.receptionSessions(SAT_2024_09_14));
    // Not on a holiday Saturday (Tết 2027, mùng 1) nor on a make-up Saturday (a working day).
    assertEquals(List.of(), reception.receptionSessions(LocalDate.of(2027, 2, 6)));
    assertEquals(List.of(), reception.receptionSessions(LocalDate.of(2024, 5, 4)));
    assertEquals(
        VN.sessions(LocalDate.of(2024, 5, 4)), reception.sessions(LocalDate.of(2024, 5, 4)));

    WorkingCalendar counted =
        WorkingCalendars.overlay(VN)
            .receptionSessions(DayOfWeek.SATURDAY, MORNING)
            .countReceptionTowardDeadlines("QĐ 19/2022/QĐ-UBND")
            .build();
    CalendarDay sat = counted.day(SAT_2024_09_14);
    assertTrue(sat.isWorking());
    assertEquals("QĐ 19/2022/QĐ-UBND", sat.source());
    assertEquals(List.of(MORNING), counted.sessions(SAT_2024_09_14));
    var friday1600 = LocalDateTime.of(2024, 9, 13, 16, 0).atZone(counted.zone()).toInstant();
    assertEquals(
        LocalDateTime.of(2024, 9, 14, 8, 30).atZone(counted.zone()).toInstant(),
        counted.plusWorkingTime(friday1600, Duration.ofHours(2)));
  }

  @Test
  void otherWorkingHoursAndOpenedDays() {
    WorkingSession afternoon = WorkingSession.parse("13:30-17:30");
    WorkingCalendar c =
        WorkingCalendars.overlay(VN)
            .sessions(DayOfWeek.MONDAY, MORNING, afternoon)
            .openDay(SUN_2024_09_15, "Khắc phục bão", "CĐ 2/UBND")
            .sessions(SUN_2024_09_15, MORNING)
            .build();
    assertEquals(List.of(MORNING, afternoon), c.sessions(LocalDate.of(2024, 9, 16)));
    assertEquals(DayKind.MAKE_UP_WORKING_DAY, c.day(SUN_2024_09_15).kind());
    assertEquals(List.of(MORNING), c.sessions(SUN_2024_09_15));
    assertEquals(SUN_2024_09_15, c.nextWorkingDay(LocalDate.of(2024, 9, 13)));
  }

  @Test
  void overlaysBuiltTheSameWayAreEqual() {
    assertEquals(
        WorkingCalendars.overlay(VN).closeDay(MON_2024_09_09, "Bão", "CĐ").build(),
        WorkingCalendars.overlay(VN).closeDay(MON_2024_09_09, "Bão", "CĐ").build());
    assertEquals(VN, WorkingCalendars.overlay(VN).build());
  }

  @Test
  void aDateBothClosedAndOpenedIsAConflictNamingIt() {
    CalendarOverlayBuilder b = WorkingCalendars.overlay(VN).closeDay(SUN_2024_09_15, "A", "B");
    CalendarConflictException e =
        assertThrows(CalendarConflictException.class, () -> b.openDay(SUN_2024_09_15, "C", "D"));
    assertEquals(SUN_2024_09_15, e.date().orElseThrow());
    CalendarOverlayBuilder b2 = WorkingCalendars.overlay(VN).openDay(SUN_2024_09_15, "C", "D");
    assertEquals(
        SUN_2024_09_15,
        assertThrows(CalendarConflictException.class, () -> b2.closeDay(SUN_2024_09_15, "A", "B"))
            .date()
            .orElseThrow());
  }

  @Test
  void aDateClosedTwiceDifferentlyIsAConflict() {
    CalendarOverlayBuilder b = WorkingCalendars.overlay(VN).closeDay(MON_2024_09_09, "A", "B");
    b.closeDay(MON_2024_09_09, "A", "B");
    CalendarConflictException e =
        assertThrows(CalendarConflictException.class, () -> b.closeDay(MON_2024_09_09, "X", "B"));
    assertEquals(MON_2024_09_09, e.date().orElseThrow());
  }

  @Test
  void openingAWorkingDayIsAConflict() {
    CalendarConflictException e =
        assertThrows(
            CalendarConflictException.class,
            () -> WorkingCalendars.overlay(VN).openDay(MON_2024_09_09, "A", "B"));
    assertEquals(MON_2024_09_09, e.date().orElseThrow());
  }

  @Test
  void overlappingSessionsAreAConflictNamingTheDateOrDay() {
    WorkingSession late = WorkingSession.parse("11:00-12:00");
    CalendarConflictException byDate =
        assertThrows(
            CalendarConflictException.class,
            () -> WorkingCalendars.overlay(VN).sessions(MON_2024_09_09, MORNING, late));
    assertEquals(MON_2024_09_09, byDate.date().orElseThrow());
    CalendarConflictException byDay =
        assertThrows(
            CalendarConflictException.class,
            () ->
                WorkingCalendars.overlay(VN).receptionSessions(DayOfWeek.SATURDAY, MORNING, late));
    assertEquals(DayOfWeek.SATURDAY, byDay.dayOfWeek().orElseThrow());
  }

  @Test
  void sessionsForADayOffAreAConflict() {
    CalendarOverlayBuilder b = WorkingCalendars.overlay(VN).sessions(SUN_2024_09_15, MORNING);
    CalendarConflictException e = assertThrows(CalendarConflictException.class, b::build);
    assertEquals(SUN_2024_09_15, e.date().orElseThrow());
  }

  @Test
  void datesOutsideTheBaseAreRefused() {
    LocalDate late = LocalDate.of(2101, 1, 1);
    CalendarCoverageException e =
        assertThrows(
            CalendarCoverageException.class,
            () -> WorkingCalendars.overlay(VN).closeDay(late, "A", "B"));
    assertEquals(late, e.date());
    assertEquals(VN.coverageEnd(), e.coverageEnd());
  }
}
