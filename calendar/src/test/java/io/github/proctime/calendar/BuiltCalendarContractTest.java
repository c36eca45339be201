package io.github.proctime.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;

/** The contract, for a calendar built day by day: three sessions a day, a Friday-Saturday rest. */
class BuiltCalendarContractTest extends WorkingCalendarContract {
  static WorkingCalendar built() {
    CalendarBuilder b =
        WorkingCalendars.builder()
            .coverage(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31))
            .zone(ZoneId.of("Asia/Dubai"))
            .weeklyRest(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
    for (DayOfWeek d : DayOfWeek.values()) {
      b.sessions(
          d,
          WorkingSession.parse("08:00-10:00"),
          WorkingSession.parse("10:15-12:00"),
          WorkingSession.parse("14:00-18:45"));
    }
    for (LocalDate d = LocalDate.of(2023, 1, 9); d.getYear() < 2027; d = d.plusDays(37)) {
      b.day(d, DayKind.PUBLIC_HOLIDAY, "Holiday " + d, "test");
    }
    b.day(LocalDate.of(2024, 3, 1), DayKind.MAKE_UP_WORKING_DAY, "Make-up Friday", "test");
    b.sessions(LocalDate.of(2024, 3, 1), WorkingSession.parse("09:00-11:00"));
    return b.build();
  }

  @Override
  WorkingCalendar calendar() {
    return built();
  }

  @Override
  WorkingCalendar builtAgain() {
    return built();
  }
}
