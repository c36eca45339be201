package io.github.proctime.calendar.internal;

import io.github.proctime.calendar.CalendarConflictException;
import io.github.proctime.calendar.CalendarCoverageException;
import io.github.proctime.calendar.CalendarDay;
import io.github.proctime.calendar.DayKind;
import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.calendar.WorkingSession;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The mutable description of every day of a coverage range that the builders fill in before it is
 * frozen into an {@link IndexedCalendar}. Not thread-safe; confined to one builder.
 *
 * <p>A table spans tens of thousands of days and is usually built once, in a JVM that has not yet
 * compiled anything, so the per-day state is kept in primitive arrays (kind ordinals and ids of
 * distinct session lists) and filled without per-day object work: the weekly pattern is written for
 * one week and then copied over the range with {@link System#arraycopy}.
 */
public final class DayTable {
  private static final DayKind[] KINDS = DayKind.values();
  private static final int EMPTY = 0; // the id of the empty session list

  private final LocalDate start;
  private final LocalDate end;
  private final ZoneId zone;
  private final long startEpochDay;
  private final byte[] kinds; // DayKind ordinals
  private final CalendarDay[] notable;
  private final int[] sessionIds; // into sets
  private final int[] receptionIds; // into sets
  // The distinct session lists, each held once; equal lists have the same id.
  private final List<List<WorkingSession>> sets = new ArrayList<>();
  private final Map<List<WorkingSession>, Integer> setIds = new HashMap<>();
  // The last list given an id: builders set the same immutable list on many days in a row.
  private List<WorkingSession> lastSet;
  private int lastSetId;
  // False while every day's reception sessions are the empty list, which freezing can then skip.
  private boolean anyReception;

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
      Set<DayOfWeek> weeklyRest,
      Map<DayOfWeek, List<WorkingSession>> weeklySessions) {
    this(start, end, zone);
    int n = kinds.length;
    DayOfWeek first = start.getDayOfWeek();
    for (int i = 0; i < Math.min(7, n); i++) {
      DayOfWeek dow = first.plus(i);
      kinds[i] = (byte) (weeklyRest.contains(dow) ? DayKind.WEEKEND : DayKind.WORKING).ordinal();
      List<WorkingSession> s = weeklySessions.get(dow);
      sessionIds[i] = idOf(s == null ? List.of() : List.copyOf(s));
    }
    repeatWeek(kinds, n);
    repeatWeek(sessionIds, n);
  }

  private DayTable(LocalDate start, LocalDate end, ZoneId zone) {
    this.start = Objects.requireNonNull(start, "start");
    this.end = Objects.requireNonNull(end, "end");
    this.zone = Objects.requireNonNull(zone, "zone");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "Invalid coverage: end (" + end + ") is before start (" + start + ")");
    }
    this.startEpochDay = start.toEpochDay();
    int n = Math.toIntExact(end.toEpochDay() - startEpochDay + 1);
    kinds = new byte[n];
    notable = new CalendarDay[n];
    sessionIds = new int[n];
    receptionIds = new int[n];
    idOf(List.of());
  }

  /** Copies the first week of an array over the rest, doubling the copied span each time. */
  private static void repeatWeek(Object array, int n) {
    for (int filled = 7; filled < n; filled *= 2) {
      System.arraycopy(array, 0, array, filled, Math.min(filled, n - filled));
    }
  }

  /**
   * A table holding the days of a frozen calendar.
   *
   * @param start first covered date
   * @param end last covered date, inclusive
   * @param zone the zone
   * @param kinds the kind ordinals, one per day
   * @param notable the descriptions of the days that have one, null elsewhere
   * @param sessionTable distinct session lists, the empty list first
   * @param sessionIds each day's working sessions, indexes into sessionTable
   * @param receptionIds each day's reception sessions, indexes into sessionTable
   * @return the table, sharing none of the arrays
   */
  static DayTable of(
      LocalDate start,
      LocalDate end,
      ZoneId zone,
      byte[] kinds,
      CalendarDay[] notable,
      List<List<WorkingSession>> sessionTable,
      int[] sessionIds,
      int[] receptionIds) {
    DayTable t = new DayTable(start, end, zone);
    int[] ids = new int[sessionTable.size()];
    for (int k = 0; k < ids.length; k++) {
      ids[k] = t.idOf(sessionTable.get(k));
    }
    int n = t.kinds.length;
    System.arraycopy(kinds, 0, t.kinds, 0, n);
    System.arraycopy(notable, 0, t.notable, 0, n);
    for (int i = 0; i < n; i++) {
      t.sessionIds[i] = ids[sessionIds[i]];
      t.receptionIds[i] = ids[receptionIds[i]];
      t.anyReception |= t.receptionIds[i] != EMPTY;
    }
    return t;
  }

  /**
   * Copies every day of an existing calendar.
   *
   * @param base the calendar to copy the days of
   * @return a table with the base's days, sessions and reception sessions
   */
  public static DayTable copyOf(WorkingCalendar base) {
    if (base instanceof IndexedCalendar) {
      return ((IndexedCalendar) base).toTable();
    }
    DayTable t = new DayTable(base.coverageStart(), base.coverageEnd(), base.zone());
    for (LocalDate d = t.start; !d.isAfter(t.end); d = d.plusDays(1)) {
      t.set(base.day(d));
      t.setSessions(d, base.sessions(d));
      t.setReception(d, base.receptionSessions(d));
    }
    return t;
  }

  /** The id of a session list, registering it if no equal list has one yet. */
  private int idOf(List<WorkingSession> immutable) {
    if (immutable == lastSet) {
      return lastSetId;
    }
    Integer id = setIds.get(immutable);
    if (id == null) {
      id = sets.size();
      sets.add(immutable);
      setIds.put(immutable, id);
    }
    lastSet = immutable;
    lastSetId = id;
    return id;
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
    return KINDS[kinds[index(date)]];
  }

  /**
   * The description currently set for a date.
   *
   * @param date a covered date
   * @return the description
   */
  public CalendarDay day(LocalDate date) {
    int i = index(date);
    return notable[i] != null ? notable[i] : CalendarDay.of(date, KINDS[kinds[i]], "", "", false);
  }

  /**
   * Sets a date's description.
   *
   * @param day the description, whose date must be covered
   */
  public void set(CalendarDay day) {
    setAt(index(day.date()), day);
  }

  /**
   * Sets a date's description if the table covers the date, and does nothing otherwise.
   *
   * @param day the description
   */
  public void setIfCovered(CalendarDay day) {
    long i = day.date().toEpochDay() - startEpochDay;
    if (i >= 0 && i < kinds.length) {
      setAt((int) i, day);
    }
  }

  private void setAt(int i, CalendarDay day) {
    kinds[i] = (byte) day.kind().ordinal();
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
    return sets.get(sessionIds[index(date)]);
  }

  /**
   * Sets a date's working sessions (used only if the day is a working day).
   *
   * @param date a covered date
   * @param daySessions sessions, sorted and not overlapping
   */
  public void setSessions(LocalDate date, List<WorkingSession> daySessions) {
    sessionIds[index(date)] = idOf(List.copyOf(daySessions));
  }

  /**
   * The reception sessions currently set for a date.
   *
   * @param date a covered date
   * @return the reception sessions
   */
  public List<WorkingSession> reception(LocalDate date) {
    return sets.get(receptionIds[index(date)]);
  }

  /**
   * Sets a date's reception sessions (time the office is open that is not working time).
   *
   * @param date a covered date
   * @param daySessions sessions, sorted and not overlapping
   */
  public void setReception(LocalDate date, List<WorkingSession> daySessions) {
    int id = idOf(List.copyOf(daySessions));
    receptionIds[index(date)] = id;
    anyReception |= id != EMPTY;
  }

  /**
   * Freezes the table into an index.
   *
   * @return the calendar
   * @throws CalendarConflictException if a working day has no session, or a day's reception
   *     sessions overlap its working sessions
   */
  public IndexedCalendar freeze() {
    return new IndexedCalendar(
        start,
        end,
        zone,
        kinds.clone(),
        notable.clone(),
        sets,
        sessionIds,
        receptionIds,
        anyReception);
  }
}
