package io.github.proctime.calendar;

import io.github.proctime.calendar.internal.DayTable;
import io.github.proctime.calendar.internal.Sessions;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the calendar of a province or an agency from a base calendar (usually {@link
 * WorkingCalendars#vietnam()}) and the differences the user describes: local closures, opened days,
 * other working hours, and reception sessions.
 *
 * <ul>
 *   <li>{@link #closeDay} makes a date a {@link DayKind#LOCAL_CLOSURE}, such as a disaster closure,
 *       whatever it was in the base.
 *   <li>{@link #openDay} makes a non-working date a working day ({@link
 *       DayKind#MAKE_UP_WORKING_DAY}).
 *   <li>{@link #sessions(DayOfWeek, WorkingSession...)} and {@link #sessions(LocalDate,
 *       WorkingSession...)} replace the working sessions of the working days concerned; an opened
 *       day without its own sessions uses its day of the week's overlay sessions, or else {@link
 *       WorkingCalendars#defaultSessions()}.
 *   <li>{@link #receptionSessions} declares times when the office receives dossiers outside working
 *       time, such as a Saturday morning (QĐ 14/2010/QĐ-TTg lets provinces open on Saturdays). They
 *       apply to the dates of that day of the week that are weekly rest days ({@link
 *       DayKind#WEEKEND}) in the base: not to holidays, closures or make-up working days. By
 *       default they do <em>not</em> count toward deadlines: no national text says they do
 *       (holidays.md §5, UNCONFIRMED), so they are reported by {@link
 *       WorkingCalendar#receptionSessions(LocalDate)} only. With {@link
 *       #countReceptionTowardDeadlines(String)} they become working time, and a weekly rest day
 *       with reception becomes a {@link DayKind#WORKING} day.
 * </ul>
 *
 * <p>The base is not modified; the overlay builds its own index over the base's coverage. A
 * description that contradicts itself (a date both closed and opened or closed twice differently,
 * overlapping sessions, sessions for a day that is not a working day, opening a day that is already
 * working) throws {@link CalendarConflictException} naming the date or day of the week.
 *
 * <pre>{@code
 * WorkingCalendar yenBai =
 *     WorkingCalendars.overlay(WorkingCalendars.vietnam())
 *         .closeDay(LocalDate.of(2024, 9, 9), "Nghỉ do bão Yagi", "CĐ 01/CĐ-UBND")
 *         .receptionSessions(DayOfWeek.SATURDAY, WorkingSession.parse("07:30-11:30"))
 *         .build();
 * }</pre>
 *
 * <p>A builder is mutable and not thread-safe; the calendars it builds are immutable and
 * thread-safe, and two calendars built from equal bases with the same changes are equal.
 */
public final class CalendarOverlayBuilder {
  private final WorkingCalendar base;
  private final Map<LocalDate, CalendarDay> closed = new LinkedHashMap<>();
  private final Map<LocalDate, CalendarDay> opened = new LinkedHashMap<>();
  private final Map<DayOfWeek, List<WorkingSession>> weeklySessions =
      new EnumMap<>(DayOfWeek.class);
  private final Map<LocalDate, List<WorkingSession>> dateSessions = new LinkedHashMap<>();
  private final Map<DayOfWeek, List<WorkingSession>> reception = new EnumMap<>(DayOfWeek.class);
  private String receptionCountsSource;

  CalendarOverlayBuilder(WorkingCalendar base) {
    this.base = base;
  }

  private void requireCovered(LocalDate date) {
    if (date.isBefore(base.coverageStart()) || date.isAfter(base.coverageEnd())) {
      throw new CalendarCoverageException(date, base.coverageStart(), base.coverageEnd());
    }
  }

  /**
   * Closes a date by a local decision.
   *
   * @param date the date
   * @param name what the closure is, such as "Nghỉ do bão Yagi"
   * @param source the decision that closed it
   * @return this builder
   * @throws CalendarCoverageException if the date is outside the base's coverage
   * @throws CalendarConflictException if the date is also opened, or closed with another name or
   *     source
   */
  public CalendarOverlayBuilder closeDay(LocalDate date, String name, String source) {
    Objects.requireNonNull(date, "date");
    requireCovered(date);
    CalendarDay day = CalendarDay.of(date, DayKind.LOCAL_CLOSURE, name, source, false);
    if (opened.containsKey(date)) {
      throw CalendarConflictException.onDate(date, "the date is both opened and closed");
    }
    CalendarDay before = closed.putIfAbsent(date, day);
    if (before != null && !before.equals(day)) {
      throw CalendarConflictException.onDate(date, "closed twice, as " + before + " and as " + day);
    }
    return this;
  }

  /**
   * Closes every date of a range by one local decision.
   *
   * @param startInclusive the first date closed
   * @param endInclusive the last date closed
   * @param name what the closure is
   * @param source the decision that closed them
   * @return this builder
   * @throws IllegalArgumentException if end is before start
   * @throws CalendarCoverageException if a date is outside the base's coverage
   * @throws CalendarConflictException as for {@link #closeDay}
   */
  public CalendarOverlayBuilder closeDays(
      LocalDate startInclusive, LocalDate endInclusive, String name, String source) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endInclusive, "endInclusive");
    if (endInclusive.isBefore(startInclusive)) {
      throw new IllegalArgumentException(
          "Invalid range: endInclusive ("
              + endInclusive
              + ") is before startInclusive ("
              + startInclusive
              + ")");
    }
    for (LocalDate d = startInclusive; !d.isAfter(endInclusive); d = d.plusDays(1)) {
      closeDay(d, name, source);
    }
    return this;
  }

  /**
   * Makes a date that is not a working day in the base a working day.
   *
   * @param date the date
   * @param name why it is opened
   * @param source the decision that opened it
   * @return this builder
   * @throws CalendarCoverageException if the date is outside the base's coverage
   * @throws CalendarConflictException if the date is also closed, or already a working day
   */
  public CalendarOverlayBuilder openDay(LocalDate date, String name, String source) {
    Objects.requireNonNull(date, "date");
    requireCovered(date);
    if (closed.containsKey(date)) {
      throw CalendarConflictException.onDate(date, "the date is both closed and opened");
    }
    if (base.isWorkingDay(date)) {
      throw CalendarConflictException.onDate(
          date, "opened, but it is already a working day in the base calendar");
    }
    opened.put(date, CalendarDay.of(date, DayKind.MAKE_UP_WORKING_DAY, name, source, false));
    return this;
  }

  /**
   * Replaces the working sessions of the working days of a day of the week.
   *
   * @param dayOfWeek the day of the week
   * @param sessions at least one session; they must not overlap
   * @return this builder
   * @throws CalendarConflictException naming the day of the week if no session is given or two
   *     overlap
   */
  public CalendarOverlayBuilder sessions(DayOfWeek dayOfWeek, WorkingSession... sessions) {
    Objects.requireNonNull(dayOfWeek, "dayOfWeek");
    List<WorkingSession> list = Sessions.checked(dayOfWeek, sessions);
    weeklySessions.put(dayOfWeek, list);
    return this;
  }

  /**
   * Replaces the working sessions of one date, which must be a working day of the overlay.
   *
   * @param date the date
   * @param sessions at least one session; they must not overlap
   * @return this builder
   * @throws CalendarConflictException naming the date if no session is given or two overlap
   */
  public CalendarOverlayBuilder sessions(LocalDate date, WorkingSession... sessions) {
    Objects.requireNonNull(date, "date");
    requireCovered(date);
    List<WorkingSession> list = Sessions.checked(date, sessions);
    dateSessions.put(date, list);
    return this;
  }

  /**
   * Declares reception sessions on a day of the week: times the office receives dossiers that do
   * not count as working time unless {@link #countReceptionTowardDeadlines(String)} is called.
   *
   * @param dayOfWeek the day of the week, typically Saturday
   * @param sessions the sessions; they must not overlap
   * @return this builder
   * @throws CalendarConflictException naming the day of the week if no session is given or two
   *     overlap
   */
  public CalendarOverlayBuilder receptionSessions(DayOfWeek dayOfWeek, WorkingSession... sessions) {
    Objects.requireNonNull(dayOfWeek, "dayOfWeek");
    List<WorkingSession> list = Sessions.checked(dayOfWeek, "reception", sessions);
    reception.put(dayOfWeek, list);
    return this;
  }

  /**
   * Makes reception sessions count toward deadlines, as a province's decision may provide.
   *
   * @param source the decision that makes them count, such as a provincial People's Committee
   *     decision under QĐ 14/2010/QĐ-TTg
   * @return this builder
   */
  public CalendarOverlayBuilder countReceptionTowardDeadlines(String source) {
    this.receptionCountsSource = Objects.requireNonNull(source, "source");
    return this;
  }

  /**
   * Builds the overlay calendar.
   *
   * @return the calendar, covering the base's coverage
   * @throws CalendarConflictException if a date given sessions is not a working day
   */
  public WorkingCalendar build() {
    DayTable table = DayTable.copyOf(base);
    for (LocalDate d = base.coverageStart(); !d.isAfter(base.coverageEnd()); d = d.plusDays(1)) {
      DayKind kind = table.kind(d);
      DayOfWeek dow = d.getDayOfWeek();
      List<WorkingSession> weekly = weeklySessions.get(dow);
      if (kind.isWorking() && weekly != null) {
        table.setSessions(d, weekly);
      }
      List<WorkingSession> r = reception.get(dow);
      if (r != null
          && !closed.containsKey(d)
          && !opened.containsKey(d)
          && kind == DayKind.WEEKEND) {
        applyReception(table, d, r);
      }
    }
    for (CalendarDay c : closed.values()) {
      table.set(c);
      table.setSessions(c.date(), List.of());
    }
    for (CalendarDay o : opened.values()) {
      table.set(o);
      List<WorkingSession> weekly = weeklySessions.get(o.date().getDayOfWeek());
      table.setSessions(o.date(), weekly != null ? weekly : WorkingCalendars.defaultSessions());
    }
    for (Map.Entry<LocalDate, List<WorkingSession>> e : dateSessions.entrySet()) {
      if (!table.kind(e.getKey()).isWorking()) {
        throw CalendarConflictException.onDate(
            e.getKey(), "sessions given, but the day is " + table.kind(e.getKey()));
      }
      table.setSessions(e.getKey(), e.getValue());
    }
    return table.freeze();
  }

  private void applyReception(DayTable table, LocalDate d, List<WorkingSession> sessions) {
    if (receptionCountsSource == null) {
      table.setReception(d, sessions);
      return;
    }
    table.set(
        CalendarDay.of(
            d, DayKind.WORKING, "Tiếp nhận hồ sơ ngày nghỉ", receptionCountsSource, false));
    table.setSessions(d, sessions);
  }
}
