package io.github.proctime.examples.embedding;

import io.github.proctime.calendar.CalendarDay;
import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.calendar.WorkingCalendars;
import io.github.proctime.calendar.WorkingSession;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Adds a newly announced official schedule to the national calendar without a new release, then
 * derives a provincial calendar with an overlay.
 *
 * <p>The schedule text below restates the announced 2026 swaps (CV 12729/VPCP-KGVX: Friday 2
 * January off, Saturday 10 January worked; shared/domain/holidays.md §2), as a user would add a
 * year that proctime does not bundle yet. The overlay's closure is a <b>hypothetical example</b> of
 * a provincial decision (for instance a typhoon closure), not a real one: it shows the mechanism.
 */
public final class ScheduleAndOverlay {
  private ScheduleAndOverlay() {}

  static final String SCHEDULE_2026 =
      String.join(
          "\n",
          "date,kind,holiday,name,source",
          "2026-01-01,PUBLIC_HOLIDAY,NEW_YEAR,Tết Dương lịch,CV 12729/VPCP-KGVX",
          "2026-01-02,SWAPPED_DAY_OFF,SWAP,Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026),"
              + "CV 12729/VPCP-KGVX",
          "2026-01-10,MAKE_UP_WORKING_DAY,SWAP,Làm bù cho ngày 02/01/2026,CV 12729/VPCP-KGVX",
          "");

  /**
   * Prints what the calendars say about a few dates.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    WorkingCalendar statutoryOnly =
        WorkingCalendars.vietnamBuilder().withoutBundledSchedules().build();
    WorkingCalendar announced =
        WorkingCalendars.vietnamBuilder()
            .withoutBundledSchedules()
            .addSchedule(SCHEDULE_2026, "my-2026-schedule.csv")
            .build();
    LocalDate friday = LocalDate.of(2026, 1, 2);
    LocalDate saturday = LocalDate.of(2026, 1, 10);
    print("statutory rules only", statutoryOnly.day(friday));
    print("with the announced schedule", announced.day(friday));
    print("with the announced schedule", announced.day(saturday));

    WorkingCalendar province =
        WorkingCalendars.overlay(WorkingCalendars.vietnam())
            .closeDay(
                LocalDate.of(2025, 9, 8),
                "Nghỉ do bão (ví dụ)",
                "Hypothetical example of a provincial decision, not a real one")
            .receptionSessions(
                DayOfWeek.SATURDAY, WorkingSession.of(LocalTime.of(7, 30), LocalTime.of(11, 30)))
            .build();
    print("province overlay", province.day(LocalDate.of(2025, 9, 8)));
    System.out.println(
        "3 working days after 2025-09-05: national "
            + WorkingCalendars.vietnam().plusWorkingDays(LocalDate.of(2025, 9, 5), 3)
            + ", province "
            + province.plusWorkingDays(LocalDate.of(2025, 9, 5), 3));
    System.out.println(
        "Saturday reception on 2025-09-13 counts toward deadlines: "
            + province.isWorkingDay(LocalDate.of(2025, 9, 13))
            + " (reception sessions "
            + province.receptionSessions(LocalDate.of(2025, 9, 13))
            + ")");
  }

  private static void print(String label, CalendarDay day) {
    System.out.printf(
        "%-28s %s %s %s%s%n",
        label + ":",
        day.date(),
        day.kind(),
        day.name(),
        day.source().isEmpty() ? "" : " [" + day.source() + "]");
  }
}
