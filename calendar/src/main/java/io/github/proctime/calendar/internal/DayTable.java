package io.github.proctime.calendar.internal;

import io.github.proctime.calendar.CalendarConflictException;
import io.github.proctime.calendar.CalendarCoverageException;
import io.github.proctime.calendar.CalendarDay;
import io.github.proctime.calendar.DayKind;
import io.github.proctime.calendar.WorkingSession;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The mutable description of every day of a coverage range that the builders fill in before it is
 * frozen into an {@link IndexedCalendar}. Not thread-safe; confined to one builder.
 */
public final class DayTable {
  private final LocalDate start;
  private final LocalDate end;
  private final ZoneId zone;
  private final long startEpochDay;
  private final DayKind[] kinds;
  private final CalendarDay[] notable;
  private final List<List<WorkingSession>> sessions;
  private final List<List<WorkingSession>> reception;

  /**
   * Creates a table in which every day is of the kind its day of the week gives it.
   *
   * @param start first covered date
   * @param end last covered date, inclusive
   * @param zone the zone
   * @param weeklyRest the weekly rest days
   * @param weeklySessions the sessions of each day of the week, used when that day is working
   */
  public DayTable(
      LocalDate start,
      LocalDate end,
      ZoneId zone,
      java.util.Set<DayOfWeek> weeklyRest,
      Map<DayOfWeek, List<WorkingSession>> weeklySessions) {
    this.start = Objects.requireNonNull(start, "start");
    this.end = Objects.requireNonNull(end, "end");
    this.zone = Objects.requireNonNull(zone, "zone");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "Invalid coverage: end (" + end + ") is before start (" + start + ")");
    }
    this.startEpochDay = start.toEpochDay();
    int n = Math.toIntExact(end.toEpochDay() - startEpochDay + 1);
    kinds = new DayKind[n];
    notable = new CalendarDay[n];
    sessions = new ArrayList<>(Collections.nCopies(n, List.of()));
    reception = new ArrayList<>(Collections.nCopies(n, List.of()));
    Map<DayOfWeek, List<WorkingSession>> copy = new EnumMap<>(DayOfWeek.class);
    copy.putAll(weeklySessions);
    LocalDate d = start;
    for (int i = 0; i < n; i++, d = d.plusDays(1)) {
      DayOfWeek dow = d.getDayOfWeek();
      kinds[i] = weeklyRest.contains(dow) ? DayKind.WEEKEND : DayKind.WORKING;
      sessions.set(i, copy.getOrDefault(dow, List.of()));
    }
  }

  /**
   * Copies every day of an existing calendar.
   *
   * @param base the calendar to copy the days of
   * @return a table with the base's days, sessions and reception sessions
   */
  public static DayTable copyOf(io.github.proctime.calendar.WorkingCalendar base) {
    DayTable t =
        new DayTable(
            base.coverageStart(), base.coverageEnd(), base.zone(), java.util.Set.of(), Map.of());
    if (base instanceof IndexedCalendar) {
      ((IndexedCalendar) base).copyInto(t);
      return t;
    }
    for (LocalDate d = t.start; !d.isAfter(t.end); d = d.plusDays(1)) {
      t.set(base.day(d));
      t.setSessions(d, base.sessions(d));
      t.setReception(d, base.receptionSessions(d));
    }
    return t;
  }

  LocalDate start() {
    return start;
  }

  LocalDate end() {
    return end;
  }

  ZoneId zone() {
    return zone;
  }

  int size() {
    return kinds.length;
  }

  /**
   * Tells whether a date is inside the table.
   *
   * @param date the date
   * @return true if covered
   */
  public boolean covers(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  private int index(LocalDate date) {
    if (!covers(date)) {
      throw new CalendarCoverageException(date, start, end);
    }
    return (int) (date.toEpochDay() - startEpochDay);
  }

  /**
   * The kind currently set for a date.
   *
   * @param date a covered date
   * @return the kind
   */
  public DayKind kind(LocalDate date) {
    return kinds[index(date)];
  }

  /**
   * The description currently set for a date.
   *
   * @param date a covered date
   * @return the description
   */
  public CalendarDay day(LocalDate date) {
    int i = index(date);
    return notable[i] != null ? notable[i] : CalendarDay.of(date, kinds[i], "", "", false);
  }

  /**
   * Sets a date's description.
   *
   * @param day the description, whose date must be covered
   */
  public void set(CalendarDay day) {
    int i = index(day.date());
    kinds[i] = day.kind();
    boolean plain = day.name().isEmpty() && day.source().isEmpty() && !day.isProvisional();
    notable[i] = plain ? null : day;
  }

  /**
   * The sessions currently set for a date.
   *
   * @param date a covered date
   * @return the sessions
   */
  public List<WorkingSession> sessions(LocalDate date) {
    return sessions.get(index(date));
  }

  /**
   * Sets a date's working sessions (used only if the day is a working day).
   *
   * @param date a covered date
   * @param daySessions sessions, sorted and not overlapping
   */
  public void setSessions(LocalDate date, List<WorkingSession> daySessions) {
    sessions.set(index(date), List.copyOf(daySessions));
  }

  /**
   * The reception sessions currently set for a date.
   *
   * @param date a covered date
   * @return the reception sessions
   */
  public List<WorkingSession> reception(LocalDate date) {
    return reception.get(index(date));
  }

  /**
   * Sets a date's reception sessions (time the office is open that is not working time).
   *
   * @param date a covered date
   * @param daySessions sessions, sorted and not overlapping
   */
  public void setReception(LocalDate date, List<WorkingSession> daySessions) {
    reception.set(index(date), List.copyOf(daySessions));
  }

  /**
   * Freezes the table into an index.
   *
   * @return the calendar
   * @throws CalendarConflictException if a working day has no session, or a day's reception
   *     sessions overlap its working sessions
   */
  public IndexedCalendar freeze() {
    int n = kinds.length;
    List<List<WorkingSession>> table = new ArrayList<>();
    Map<List<WorkingSession>, Integer> ids = new java.util.HashMap<>();
    table.add(List.of());
    ids.put(List.of(), 0);
    int[] sessionIds = new int[n];
    int[] receptionIds = new int[n];
    byte[] kindCodes = new byte[n];
    for (int i = 0; i < n; i++) {
      LocalDate date = LocalDate.ofEpochDay(startEpochDay + i);
      boolean working = kinds[i].isWorking();
      List<WorkingSession> s = working ? sessions.get(i) : List.of();
      if (working && s.isEmpty()) {
        throw CalendarConflictException.onDate(
            date, "the day is a working day (" + kinds[i] + ") but has no working session");
      }
      List<WorkingSession> r = reception.get(i);
      for (WorkingSession a : r) {
        for (WorkingSession b : s) {
          if (Sessions.overlap(a, b)) {
            throw CalendarConflictException.onDate(
                date, "reception session " + a + " overlaps working session " + b);
          }
        }
      }
      sessionIds[i] = ids.computeIfAbsent(s, k -> add(table, k));
      receptionIds[i] = ids.computeIfAbsent(r, k -> add(table, k));
      kindCodes[i] = (byte) kinds[i].ordinal();
    }
    return new IndexedCalendar(
        start,
        end,
        zone,
        kindCodes,
        Arrays.copyOf(notable, n),
        List.copyOf(table),
        sessionIds,
        receptionIds);
  }

  private static int add(List<List<WorkingSession>> table, List<WorkingSession> sessions) {
    table.add(sessions);
    return table.size() - 1;
  }
}
