package io.github.proctime.calendar;

import io.github.proctime.calendar.internal.DayTable;
import io.github.proctime.calendar.internal.Sessions;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds a working calendar described day by day: a coverage range, the weekly rest days, the
 * sessions of each day of the week, and the days that differ from the weekly pattern.
 *
 * <p>Defaults: weekly rest on Saturday and Sunday, {@linkplain WorkingCalendars#defaultSessions()
 * default sessions} on every day of the week (used on the days that are working days), zone {@link
 * WorkingCalendars#VIETNAM_ZONE}. The coverage has no default and must be set.
 *
 * <pre>{@code
 * WorkingCalendar c =
 *     WorkingCalendars.builder()
 *         .coverage(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))
 *         .day(LocalDate.of(2025, 9, 2), DayKind.PUBLIC_HOLIDAY, "Quốc khánh", "BLLĐ 2019 Đ.112")
 *         .build();
 * }</pre>
 *
 * <p>A builder is mutable and not thread-safe; the calendars it builds are immutable and
 * thread-safe, and two calendars built from the same description are equal.
 */
public final class CalendarBuilder {
  private LocalDate start;
  private LocalDate end;
  private ZoneId zone = WorkingCalendars.VIETNAM_ZONE;
  private final Set<DayOfWeek> weeklyRest = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
  private final Map<DayOfWeek, List<WorkingSession>> weeklySessions =
      new EnumMap<>(DayOfWeek.class);
  private final Map<LocalDate, CalendarDay> days = new LinkedHashMap<>();
  private final Map<LocalDate, List<WorkingSession>> dateSessions = new LinkedHashMap<>();

  CalendarBuilder() {
    for (DayOfWeek d : DayOfWeek.values()) {
      weeklySessions.put(d, WorkingCalendars.defaultSessions());
    }
  }

  /**
   * Sets the covered range.
   *
   * @param startInclusive the first covered date
   * @param endInclusive the last covered date
   * @return this builder
   * @throws IllegalArgumentException if end is before start
   */
  public CalendarBuilder coverage(LocalDate startInclusive, LocalDate endInclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endInclusive, "endInclusive");
    if (endInclusive.isBefore(startInclusive)) {
      throw new IllegalArgumentException(
          "Invalid coverage: endInclusive ("
              + endInclusive
              + ") is before startInclusive ("
              + startInclusive
              + ")");
    }
    this.start = startInclusive;
    this.end = endInclusive;
    return this;
  }

  /**
   * Sets the zone in which days and sessions are reckoned.
   *
   * @param zone the zone
   * @return this builder
   */
  public CalendarBuilder zone(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
    return this;
  }

  /**
   * Sets the weekly rest days, replacing the default Saturday and Sunday.
   *
   * @param restDays the days of the week that are not working days; may be empty
   * @return this builder
   */
  public CalendarBuilder weeklyRest(DayOfWeek... restDays) {
    Objects.requireNonNull(restDays, "restDays");
    weeklyRest.clear();
    for (DayOfWeek d : restDays) {
      weeklyRest.add(Objects.requireNonNull(d, "restDays"));
    }
    return this;
  }

  /**
   * Sets the working sessions of a day of the week, used on those days that are working days.
   *
   * @param dayOfWeek the day of the week
   * @param sessions at least one session; they must not overlap
   * @return this builder
   * @throws CalendarConflictException naming the day of the week if no session is given or two
   *     overlap
   */
  public CalendarBuilder sessions(DayOfWeek dayOfWeek, WorkingSession... sessions) {
    Objects.requireNonNull(dayOfWeek, "dayOfWeek");
    List<WorkingSession> list = Sessions.checked(dayOfWeek, sessions);
    weeklySessions.put(dayOfWeek, list);
    return this;
  }

  /**
   * Sets the working sessions of one date, replacing its day of the week's.
   *
   * @param date the date
   * @param sessions at least one session; they must not overlap
   * @return this builder
   * @throws CalendarConflictException naming the date if no session is given or two overlap
   */
  public CalendarBuilder sessions(LocalDate date, WorkingSession... sessions) {
    Objects.requireNonNull(date, "date");
    List<WorkingSession> list = Sessions.checked(date, sessions);
    dateSessions.put(date, list);
    return this;
  }

  /**
   * Gives a date a kind other than its weekly one.
   *
   * @param date the date
   * @param kind the kind
   * @param name the day's name, possibly empty
   * @param source the document or rule behind it, possibly empty
   * @return this builder
   * @throws CalendarConflictException if the date was already given a different description
   */
  public CalendarBuilder day(LocalDate date, DayKind kind, String name, String source) {
    return day(CalendarDay.of(date, kind, name, source, false));
  }

  /**
   * Gives a date the description of a {@link CalendarDay}, provisional flag included.
   *
   * @param day the description
   * @return this builder
   * @throws CalendarConflictException if the date was already given a different description
   */
  public CalendarBuilder day(CalendarDay day) {
    Objects.requireNonNull(day, "day");
    CalendarDay before = days.putIfAbsent(day.date(), day);
    if (before != null && !before.equals(day)) {
      throw CalendarConflictException.onDate(day.date(), "given as " + before + " and as " + day);
    }
    return this;
  }

  /**
   * Builds the calendar.
   *
   * @return the calendar
   * @throws IllegalStateException if the coverage was not set
   * @throws CalendarCoverageException if a day or session was given for a date outside the coverage
   * @throws CalendarConflictException if a working day has no session
   */
  public WorkingCalendar build() {
    if (start == null) {
      throw new IllegalStateException("The coverage must be set before build()");
    }
    DayTable table = new DayTable(start, end, zone, weeklyRest, weeklySessions);
    for (CalendarDay d : days.values()) {
      table.set(d);
    }
    for (Map.Entry<LocalDate, List<WorkingSession>> e : dateSessions.entrySet()) {
      table.setSessions(e.getKey(), e.getValue());
    }
    return table.freeze();
  }
}
