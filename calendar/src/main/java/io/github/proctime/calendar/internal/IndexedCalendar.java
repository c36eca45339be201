package io.github.proctime.calendar.internal;

import io.github.proctime.calendar.CalendarConflictException;
import io.github.proctime.calendar.CalendarCoverageException;
import io.github.proctime.calendar.CalendarDay;
import io.github.proctime.calendar.DayKind;
import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.calendar.WorkingSession;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A working calendar answered from precomputed per-day arrays.
 *
 * <p>For the n covered days it keeps the cumulative number of working days before each day, the
 * offsets of the working days in order, and the cumulative working nanoseconds before each day.
 * Working-day arithmetic is then two array reads; working-time arithmetic is one binary search over
 * the cumulative working time plus a walk over the few sessions of one day.
 *
 * <p>Working time is measured on the local clock: a session of 07:30-11:30 holds four hours of
 * working time. A local time that does not exist in the zone (a daylight-saving gap, which {@code
 * Asia/Ho_Chi_Minh} has not had since 1975) is mapped to an instant by {@link
 * ZonedDateTime#ofLocal}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndexedCalendar implements WorkingCalendar {
  private static final DayKind[] KINDS = DayKind.values();
  private static final boolean[] WORKING = new boolean[KINDS.length];
  private static final long SECONDS_PER_DAY = 86_400;
  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  // The gallop that looks for the day an amount of working time ends on (see lowerBoundAfter) reads
  // the days 0, 1, 3, 7 ... 63 after the start's; past those two months, an ordinary search.
  private static final int GALLOP_LIMIT = 64;

  private final LocalDate start;
  private final LocalDate end;
  private final ZoneId zone;
  private final long startEpochDay;
  private final byte[] kinds;
  private final CalendarDay[] notable;
  private final List<List<WorkingSession>> sessionTable;
  private final int[] sessionIds;
  private final int[] receptionIds;

  // Derived.
  private final int[] workingBefore; // n + 1 entries
  private final int[] workingDayOffsets;
  private final long[] nanosBefore; // n + 1 entries
  private final long[][] sessionStarts; // per session set, nano of day
  private final long[][] sessionEnds;
  private final long[] sessionTotals;
  // Computed on first use (racy single-check, as String.hashCode): hashing every day at
  // construction would cost a build several passes over the days; 0 means not computed yet.
  private int hash;
  // The dates of the working days, by their number, each made on its first use (racy, as hash: a
  // date is immutable, and two threads make equal ones). The working-day arithmetic answers with a
  // date, and making one from an epoch day was a third of plusWorkingDays' cost. The array (4 bytes
  // a working day: 131 KB for the national calendar) is made at the first such answer, not at
  // construction, so building a calendar or an overlay does not pay for it.
  private LocalDate[] workingDates;

  // The zone's offset is fixed from fixedFromSecond on (Asia/Ho_Chi_Minh: since 1975), so instants
  // from then on convert to local time by one addition instead of a search of the zone's
  // transitions; the results are the same as LocalDateTime.ofInstant and ZonedDateTime.ofLocal.
  private final long fixedFromSecond; // Long.MAX_VALUE when the offset is never fixed for good
  private final long fixedLocalFromSecond; // local seconds that map back unambiguously
  private final int fixedOffsetSeconds;

  static {
    for (DayKind k : KINDS) {
      WORKING[k.ordinal()] = k.isWorking();
    }
  }

  /**
   * Indexes the days of a {@link DayTable}, in one pass over them.
   *
   * <p>The session lists are numbered in the order in which the days first use them (a non-working
   * day uses the empty list), so that equal descriptions give equal calendars whatever order the
   * builder set them in.
   *
   * @param kinds the kind ordinals, one per day; kept
   * @param notable the descriptions of the days that have one, null elsewhere; kept
   * @param sets distinct session lists, the empty list first, indexed by the ids below
   * @param rawSessionIds each day's working sessions, used on working days only
   * @param rawReceptionIds each day's reception sessions
   * @param anyReception false if every day's reception sessions are the empty list
   * @throws CalendarConflictException if a working day has no session, or a day's reception
   *     sessions overlap its working sessions
   */
  IndexedCalendar(
      LocalDate start,
      LocalDate end,
      ZoneId zone,
      byte[] kinds,
      CalendarDay[] notable,
      List<List<WorkingSession>> sets,
      int[] rawSessionIds,
      int[] rawReceptionIds,
      boolean anyReception) {
    this.start = start;
    this.end = end;
    this.zone = zone;
    this.startEpochDay = start.toEpochDay();
    this.kinds = kinds;
    this.notable = notable;

    long[] rawTotals = new long[sets.size()];
    for (int s = 0; s < rawTotals.length; s++) {
      for (WorkingSession session : sets.get(s)) {
        rawTotals[s] += session.end().toNanoOfDay() - session.start().toNanoOfDay();
      }
    }
    int n = kinds.length;
    List<List<WorkingSession>> table = new ArrayList<>();
    int[] renumbered = new int[sets.size()];
    Arrays.fill(renumbered, -1);
    renumbered[0] = 0;
    table.add(sets.get(0));
    sessionIds = new int[n];
    receptionIds = new int[n];
    workingBefore = new int[n + 1];
    nanosBefore = new long[n + 1];
    int[] offsets = new int[n];
    int count = 0;
    long nanos = 0;
    for (int i = 0; i < n; i++) {
      workingBefore[i] = count;
      if (WORKING[kinds[i]]) {
        int s = rawSessionIds[i];
        if (s == 0) {
          throw CalendarConflictException.onDate(
              dateAt(i),
              "the day is a working day (" + KINDS[kinds[i]] + ") but has no working session");
        }
        int id = renumbered[s];
        if (id < 0) {
          id = table.size();
          renumbered[s] = id;
          table.add(sets.get(s));
        }
        sessionIds[i] = id;
        offsets[count++] = i;
        nanos += rawTotals[s];
      }
      nanosBefore[i + 1] = nanos;
      if (anyReception && rawReceptionIds[i] != 0) {
        int r = rawReceptionIds[i];
        checkReception(i, sets.get(r), table.get(sessionIds[i]));
        int id = renumbered[r];
        if (id < 0) {
          id = table.size();
          renumbered[r] = id;
          table.add(sets.get(r));
        }
        receptionIds[i] = id;
      }
    }
    workingBefore[n] = count;
    workingDayOffsets = Arrays.copyOf(offsets, count);
    sessionTable = List.copyOf(table);

    int distinct = sessionTable.size();
    sessionStarts = new long[distinct][];
    sessionEnds = new long[distinct][];
    sessionTotals = new long[distinct];
    for (int s = 0; s < distinct; s++) {
      List<WorkingSession> list = sessionTable.get(s);
      sessionStarts[s] = new long[list.size()];
      sessionEnds[s] = new long[list.size()];
      for (int k = 0; k < list.size(); k++) {
        sessionStarts[s][k] = list.get(k).start().toNanoOfDay();
        sessionEnds[s][k] = list.get(k).end().toNanoOfDay();
        sessionTotals[s] += sessionEnds[s][k] - sessionStarts[s][k];
      }
    }
    ZoneRules rules = zone.getRules();
    List<ZoneOffsetTransition> transitions = rules.getTransitions();
    if (!rules.getTransitionRules().isEmpty()) {
      fixedFromSecond = Long.MAX_VALUE;
      fixedLocalFromSecond = Long.MAX_VALUE;
      fixedOffsetSeconds = 0;
    } else if (transitions.isEmpty()) {
      fixedFromSecond = Long.MIN_VALUE;
      fixedLocalFromSecond = Long.MIN_VALUE;
      fixedOffsetSeconds = rules.getOffset(Instant.EPOCH).getTotalSeconds();
    } else {
      ZoneOffsetTransition last = transitions.get(transitions.size() - 1);
      fixedFromSecond = last.toEpochSecond();
      fixedOffsetSeconds = last.getOffsetAfter().getTotalSeconds();
      // Offsets are within +/-18 hours, so a local time two days past the last transition was
      // never a local time under an earlier offset: it has exactly one instant, at the last offset.
      fixedLocalFromSecond = fixedFromSecond + fixedOffsetSeconds + SECONDS_PER_DAY * 2;
    }
  }

  private void checkReception(int i, List<WorkingSession> reception, List<WorkingSession> working) {
    for (WorkingSession a : reception) {
      for (WorkingSession b : working) {
        if (Sessions.overlap(a, b)) {
          throw CalendarConflictException.onDate(
              dateAt(i), "reception session " + a + " overlaps working session " + b);
        }
      }
    }
  }

  /** A mutable copy of the days, for an overlay. */
  DayTable toTable() {
    return DayTable.of(start, end, zone, kinds, notable, sessionTable, sessionIds, receptionIds);
  }

  @Override
  public ZoneId zone() {
    return zone;
  }

  @Override
  public LocalDate coverageStart() {
    return start;
  }

  @Override
  public LocalDate coverageEnd() {
    return end;
  }

  private int index(LocalDate date) {
    Objects.requireNonNull(date, "date");
    long i = date.toEpochDay() - startEpochDay;
    if (i < 0 || i >= kinds.length) {
      throw new CalendarCoverageException(date, start, end);
    }
    return (int) i;
  }

  /** The index of an epoch day; the same coverage check as {@link #index(LocalDate)}. */
  private int index(long epochDay) {
    long i = epochDay - startEpochDay;
    if (i < 0 || i >= kinds.length) {
      throw new CalendarCoverageException(LocalDate.ofEpochDay(epochDay), start, end);
    }
    return (int) i;
  }

  /** Seconds from 1970-01-01T00:00 local time to an instant's local date-time in the zone. */
  private long localSecond(Instant instant) {
    long second = instant.getEpochSecond();
    int offset =
        second >= fixedFromSecond
            ? fixedOffsetSeconds
            : zone.getRules().getOffset(instant).getTotalSeconds();
    return second + offset;
  }

  private LocalDate dateAt(int i) {
    return LocalDate.ofEpochDay(startEpochDay + i);
  }

  /** The date of the working day numbered k (from 0) in the coverage. */
  private LocalDate workingDate(int k) {
    LocalDate[] made = workingDates;
    if (made == null) {
      made = new LocalDate[workingDayOffsets.length];
      workingDates = made;
    }
    LocalDate date = made[k];
    if (date == null) {
      date = dateAt(workingDayOffsets[k]);
      made[k] = date;
    }
    return date;
  }

  private boolean working(int i) {
    return WORKING[kinds[i]];
  }

  private CalendarDay day(int i, LocalDate date) {
    CalendarDay d = notable[i];
    return d != null ? d : CalendarDay.of(date, KINDS[kinds[i]], "", "", false);
  }

  @Override
  public CalendarDay day(LocalDate date) {
    return day(index(date), date);
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    return working(index(date));
  }

  @Override
  public List<WorkingSession> sessions(LocalDate date) {
    return sessionTable.get(sessionIds[index(date)]);
  }

  /**
   * The reception sessions of a date: time when the office receives dossiers that is not working
   * time.
   *
   * @param date the date
   * @return the reception sessions, possibly empty
   */
  @Override
  public List<WorkingSession> receptionSessions(LocalDate date) {
    return sessionTable.get(receptionIds[index(date)]);
  }

  @Override
  public boolean isWorkingInstant(Instant instant) {
    long local = localSecond(Objects.requireNonNull(instant, "instant"));
    int i = index(Math.floorDiv(local, SECONDS_PER_DAY));
    if (!working(i)) {
      return false;
    }
    long nod = Math.floorMod(local, SECONDS_PER_DAY) * NANOS_PER_SECOND + instant.getNano();
    int s = sessionIds[i];
    for (int k = 0; k < sessionStarts[s].length; k++) {
      if (nod >= sessionStarts[s][k] && nod < sessionEnds[s][k]) {
        return true;
      }
    }
    return false;
  }

  private CalendarCoverageException beyond(LocalDate from, String what) {
    return new CalendarCoverageException(
        what
            + " from "
            + from
            + " falls outside the calendar's coverage ("
            + start
            + " - "
            + end
            + ")",
        from,
        start,
        end);
  }

  @Override
  public LocalDate nextWorkingDay(LocalDate date) {
    return plusWorkingDays(date, 1);
  }

  @Override
  public LocalDate nextOrSameWorkingDay(LocalDate date) {
    int i = index(date);
    return working(i) ? date : plusWorkingDays(date, 1);
  }

  @Override
  public LocalDate previousWorkingDay(LocalDate date) {
    return plusWorkingDays(date, -1);
  }

  @Override
  public LocalDate previousOrSameWorkingDay(LocalDate date) {
    int i = index(date);
    return working(i) ? date : plusWorkingDays(date, -1);
  }

  @Override
  public LocalDate plusWorkingDays(LocalDate date, int workingDays) {
    int i = index(date);
    if (workingDays == 0) {
      return date;
    }
    long k =
        workingDays > 0
            ? (long) workingBefore[i + 1] + workingDays - 1
            : (long) workingBefore[i] + workingDays;
    if (k < 0 || k >= workingDayOffsets.length) {
      throw beyond(date, "Adding " + workingDays + " working days");
    }
    return workingDate((int) k);
  }

  @Override
  public int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    return workingBefore[boundary(endExclusive)] - workingBefore[boundary(startInclusive)];
  }

  /** The index of a range boundary; the day after the coverage is a valid boundary. */
  private int boundary(LocalDate date) {
    long i = date.toEpochDay() - startEpochDay;
    if (i < 0 || i > kinds.length) {
      throw new CalendarCoverageException(date, start, end);
    }
    return (int) i;
  }

  private Instant instantOf(int i, long nanoOfDay) {
    long local = (startEpochDay + i) * SECONDS_PER_DAY + nanoOfDay / NANOS_PER_SECOND;
    if (local >= fixedLocalFromSecond) {
      return Instant.ofEpochSecond(local - fixedOffsetSeconds, nanoOfDay % NANOS_PER_SECOND);
    }
    return ZonedDateTime.ofLocal(
            LocalDateTime.of(dateAt(i), LocalTime.ofNanoOfDay(nanoOfDay)), zone, null)
        .toInstant();
  }

  @Override
  public Instant nextOrSameWorkingInstant(Instant instant) {
    long local = localSecond(Objects.requireNonNull(instant, "instant"));
    int i = index(Math.floorDiv(local, SECONDS_PER_DAY));
    if (working(i)) {
      long nod = Math.floorMod(local, SECONDS_PER_DAY) * NANOS_PER_SECOND + instant.getNano();
      int s = sessionIds[i];
      for (int k = 0; k < sessionStarts[s].length; k++) {
        if (nod < sessionEnds[s][k]) {
          return nod >= sessionStarts[s][k] ? instant : instantOf(i, sessionStarts[s][k]);
        }
      }
    }
    int k = workingBefore[i + 1];
    if (k >= workingDayOffsets.length) {
      throw beyond(dateAt(i), "The next working instant");
    }
    int next = workingDayOffsets[k];
    return instantOf(next, sessionStarts[sessionIds[next]][0]);
  }

  private int workingIndex(LocalDate date) {
    int i = index(date);
    if (!working(i)) {
      throw new IllegalArgumentException(
          "Invalid date (not a working day, but " + KINDS[kinds[i]] + "): " + date);
    }
    return i;
  }

  @Override
  public Instant startOfWorkingDay(LocalDate date) {
    int i = workingIndex(date);
    return instantOf(i, sessionStarts[sessionIds[i]][0]);
  }

  @Override
  public Instant endOfWorkingDay(LocalDate date) {
    int i = workingIndex(date);
    long[] ends = sessionEnds[sessionIds[i]];
    return instantOf(i, ends[ends.length - 1]);
  }

  /** Working nanoseconds from the start of the coverage to an instant. */
  private long position(Instant instant) {
    long local = localSecond(instant);
    int i = index(Math.floorDiv(local, SECONDS_PER_DAY));
    if (!working(i)) {
      return nanosBefore[i];
    }
    long nod = Math.floorMod(local, SECONDS_PER_DAY) * NANOS_PER_SECOND + instant.getNano();
    return nanosBefore[i] + inDay(sessionIds[i], nod);
  }

  private long inDay(int s, long nod) {
    long total = 0;
    for (int k = 0; k < sessionStarts[s].length; k++) {
      if (nod <= sessionStarts[s][k]) {
        break;
      }
      total += Math.min(nod, sessionEnds[s][k]) - sessionStarts[s][k];
    }
    return total;
  }

  @Override
  public Instant plusWorkingTime(Instant startInstant, Duration amount) {
    Objects.requireNonNull(startInstant, "start");
    Objects.requireNonNull(amount, "amount");
    long local = localSecond(startInstant);
    int day = index(Math.floorDiv(local, SECONDS_PER_DAY));
    long from =
        working(day)
            ? nanosBefore[day]
                + inDay(
                    sessionIds[day],
                    Math.floorMod(local, SECONDS_PER_DAY) * NANOS_PER_SECOND
                        + startInstant.getNano())
            : nanosBefore[day];
    if (amount.isZero()) {
      return startInstant;
    }
    long target;
    try {
      target = Math.addExact(from, amount.toNanos());
    } catch (ArithmeticException e) {
      throw beyond(
          LocalDate.ofInstant(startInstant, zone), "Adding " + amount + " of working time");
    }
    int n = kinds.length;
    if (amount.isNegative() ? target < 0 : target > nanosBefore[n]) {
      throw beyond(
          LocalDate.ofInstant(startInstant, zone), "Adding " + amount + " of working time");
    }
    if (amount.isNegative()) {
      // Latest instant whose position is target: the day i with nanosBefore[i] <= target <
      // nanosBefore[i + 1]; it is at or before the start's day.
      int i = upperBoundBefore(nanosBefore, target, day + 1) - 1;
      long r = target - nanosBefore[i];
      int s = sessionIds[i];
      for (int k = 0; ; k++) {
        long len = sessionEnds[s][k] - sessionStarts[s][k];
        if (r < len) {
          return instantOf(i, sessionStarts[s][k] + r);
        }
        r -= len;
      }
    }
    // Earliest instant whose position is target: the first day i with nanosBefore[i + 1] >=
    // target; it has nanosBefore[i] < target, and it is at or after the start's day.
    int i = lowerBoundAfter(nanosBefore, target, day + 1) - 1;
    long r = target - nanosBefore[i];
    int s = sessionIds[i];
    for (int k = 0; ; k++) {
      long len = sessionEnds[s][k] - sessionStarts[s][k];
      if (r <= len) {
        return instantOf(i, sessionStarts[s][k] + r);
      }
      r -= len;
    }
  }

  /**
   * First index with a[index] >= key, given that every index before {@code from} has a smaller
   * value. The amounts added are mostly a few days of work: the search gallops forward from the
   * start's day (1, 2, 4... days) and then halves the last step, a handful of reads close together,
   * where a search over the whole table (48,000 days) read 16 entries far apart. Beyond {@link
   * #GALLOP_LIMIT} days it searches the rest of the table as before, so that no amount costs more
   * than about 7 reads more than that search: the cost stays bounded, whatever the amount.
   */
  private static int lowerBoundAfter(long[] a, long key, int from) {
    int below = from - 1; // every index up to this one holds less than key
    int probe = from;
    int step = 1;
    while (probe < a.length && a[probe] < key) {
      below = probe;
      if (step == GALLOP_LIMIT) {
        probe = a.length; // far away: an ordinary search over the rest
        break;
      }
      probe += step;
      step <<= 1;
    }
    int lo = below + 1;
    int hi = Math.min(probe, a.length); // a[hi] >= key, or hi is the end
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * First index with a[index] > key, given that every index from {@code to} on has a larger value;
   * it gallops backward from {@code to}, as {@link #lowerBoundAfter} does forward.
   */
  private static int upperBoundBefore(long[] a, long key, int to) {
    int above = to; // every index from this one on holds more than key
    int probe = to - 1;
    int step = 1;
    while (probe >= 0 && a[probe] > key) {
      above = probe;
      if (step == GALLOP_LIMIT) {
        probe = -1; // far away: an ordinary search over the rest
        break;
      }
      probe -= step;
      step <<= 1;
    }
    int lo = Math.max(probe + 1, 0); // a[probe] <= key, or probe is before the start
    int hi = above;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] <= key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  public Duration workingTimeBetween(Instant startInclusive, Instant endExclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    return Duration.ofNanos(position(endExclusive) - position(startInclusive));
  }

  /**
   * The working time from the start of the coverage to an instant: one conversion to the local
   * clock, one array read and a walk over the sessions of one day.
   */
  @Override
  public long workingPosition(Instant instant) {
    return position(Objects.requireNonNull(instant, "instant"));
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof IndexedCalendar)) {
      return false;
    }
    IndexedCalendar c = (IndexedCalendar) o;
    return hashCode() == c.hashCode()
        && start.equals(c.start)
        && end.equals(c.end)
        && zone.equals(c.zone)
        && sessionTable.equals(c.sessionTable)
        && Arrays.equals(kinds, c.kinds)
        && Arrays.equals(sessionIds, c.sessionIds)
        && Arrays.equals(receptionIds, c.receptionIds)
        && Arrays.equals(notable, c.notable);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = Objects.hash(start, end, zone, sessionTable);
      h = 31 * h + Arrays.hashCode(kinds);
      h = 31 * h + Arrays.hashCode(notable);
      h = 31 * h + Arrays.hashCode(sessionIds);
      h = 31 * h + Arrays.hashCode(receptionIds);
      hash = h;
    }
    return h;
  }

  @Override
  public String toString() {
    return "WorkingCalendar["
        + zone
        + ", "
        + start
        + " - "
        + end
        + ", "
        + workingDayOffsets.length
        + " working days]";
  }
}
