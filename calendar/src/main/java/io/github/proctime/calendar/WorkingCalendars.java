package io.github.proctime.calendar;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Factories for working calendars: Vietnam's national civil-service calendar, a builder for a
 * variant of it, a generic builder, and overlays for a province or an agency.
 *
 * <pre>{@code
 * WorkingCalendar vn = WorkingCalendars.vietnam();
 * WorkingCalendar withNewYear =
 *     WorkingCalendars.vietnamBuilder().addSchedule(reader, "vn-2027.csv").build();
 * WorkingCalendar yenBai =
 *     WorkingCalendars.overlay(vn)
 *         .closeDay(LocalDate.of(2024, 9, 9), "Nghỉ do bão Yagi", "CĐ 01/CĐ-UBND")
 *         .build();
 * }</pre>
 *
 * <p>This class is stateless apart from the cached national calendar, which is an immutable value;
 * it is thread-safe.
 */
public final class WorkingCalendars {
  /** The zone of Vietnamese civil-service time, {@code Asia/Ho_Chi_Minh} (UTC+7). */
  public static final ZoneId VIETNAM_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  // Not WorkingSession.parse: it would load DateTimeFormatter, a cost the first build pays.
  private static final List<WorkingSession> DEFAULT_SESSIONS =
      List.of(
          WorkingSession.of(LocalTime.of(7, 30), LocalTime.of(11, 30)),
          WorkingSession.of(LocalTime.of(13, 0), LocalTime.of(17, 0)));

  private WorkingCalendars() {}

  /** Holds the national calendar, built on first use. */
  private static final class National {
    static final WorkingCalendar INSTANCE = new VietnamCalendarBuilder().build();
  }

  /**
   * Vietnam's national civil-service calendar with the default settings of {@link
   * VietnamCalendarBuilder}: the bundled official schedules, the statutory rules for the other
   * years, Saturday and Sunday as weekly rest, sessions 07:30-11:30 and 13:00-17:00 on every
   * working day, zone {@code Asia/Ho_Chi_Minh}.
   *
   * @return the calendar, the same instance on every call
   */
  public static WorkingCalendar vietnam() {
    return National.INSTANCE;
  }

  /**
   * A builder for a variant of the national calendar: other coverage, other sessions, or official
   * schedules added from the user's own files.
   *
   * @return a new builder
   */
  public static VietnamCalendarBuilder vietnamBuilder() {
    return new VietnamCalendarBuilder();
  }

  /**
   * A builder for a calendar described day by day, with no Vietnamese rules.
   *
   * @return a new builder
   */
  public static CalendarBuilder builder() {
    return new CalendarBuilder();
  }

  /**
   * A builder for a calendar that differs from a base calendar by the changes given to it.
   *
   * @param base the calendar to derive from
   * @return a new overlay builder
   */
  public static CalendarOverlayBuilder overlay(WorkingCalendar base) {
    return new CalendarOverlayBuilder(Objects.requireNonNull(base, "base"));
  }

  /**
   * The default working sessions of a civil-service working day: 07:30-11:30 and 13:00-17:00. These
   * are the project's default, which every builder lets the user change; working hours are set by
   * each agency (UNCONFIRMED that a national text fixes them).
   *
   * @return the sessions, in order
   */
  public static List<WorkingSession> defaultSessions() {
    return DEFAULT_SESSIONS;
  }
}
