package io.github.proctime.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The contract, for an overlay with a closure, an opened day, other Friday hours and a Saturday
 * reception that counts toward deadlines.
 */
class OverlayCalendarContractTest extends WorkingCalendarContract {
  static WorkingCalendar provincial() {
    return WorkingCalendars.overlay(WorkingCalendars.vietnam())
        .closeDays(LocalDate.of(2024, 9, 9), LocalDate.of(2024, 9, 10), "Bão Yagi", "CĐ 1/UBND")
        .openDay(LocalDate.of(2024, 9, 15), "Làm việc khắc phục bão", "CĐ 2/UBND")
        .sessions(
            DayOfWeek.FRIDAY,
            WorkingSession.parse("07:00-11:00"),
            WorkingSession.parse("13:30-16:00"))
        .receptionSessions(DayOfWeek.SATURDAY, WorkingSession.parse("07:30-11:30"))
        .countReceptionTowardDeadlines("QĐ 19/2022/QĐ-UBND")
        .build();
  }

  @Override
  WorkingCalendar calendar() {
    return provincial();
  }

  @Override
  WorkingCalendar builtAgain() {
    return provincial();
  }
}
