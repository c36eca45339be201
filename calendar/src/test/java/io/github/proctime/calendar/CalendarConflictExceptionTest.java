package io.github.proctime.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CalendarConflictExceptionTest {
  @Test
  void onADate() {
    LocalDate date = LocalDate.of(2024, 9, 9);
    CalendarConflictException e = CalendarConflictException.onDate(date, "closed and opened");
    assertEquals(Optional.of(date), e.date());
    assertTrue(e.dayOfWeek().isEmpty());
    assertEquals("closed and opened", e.problem());
    assertEquals(
        "Contradictory calendar description for 2024-09-09: closed and opened", e.getMessage());
  }

  @Test
  void onADayOfTheWeek() {
    CalendarConflictException e =
        CalendarConflictException.onDayOfWeek(DayOfWeek.SATURDAY, "sessions overlap");
    assertEquals(Optional.of(DayOfWeek.SATURDAY), e.dayOfWeek());
    assertTrue(e.date().isEmpty());
    assertTrue(e.getMessage().contains("SATURDAY"));
  }
}
