package io.github.proctime.calendar;

import static io.github.proctime.calendar.CalendarGenerators.dates;
import static io.github.proctime.calendar.CalendarGenerators.minuteInstants;
import static io.github.proctime.calendar.CalendarGenerators.workingDays;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link WorkingCalendar} implementation passes: its arithmetic agrees with the
 * day-by-day and minute-by-minute {@link NaiveCalendar} oracle and has the algebraic properties of
 * the interface's conventions. Subclasses supply the calendar.
 */
abstract class WorkingCalendarContract {
  private static final int EXAMPLES = 300;
  private static final int MARGIN = 120;

  /**
   * The calendar under test.
   *
   * @return the calendar
   */
  abstract WorkingCalendar calendar();

  /**
   * The same calendar built a second time, from the same description.
   *
   * @return an equal calendar
   */
  abstract WorkingCalendar builtAgain();

  private NaiveCalendar oracle() {
    return new NaiveCalendar(calendar());
  }

  @Test
  void everyCoveredDateIsDescribedConsistently() {
    WorkingCalendar c = calendar();
    for (LocalDate d = c.coverageStart(); !d.isAfter(c.coverageEnd()); d = d.plusDays(1)) {
      CalendarDay day = c.day(d);
      assertEquals(d, day.date());
      assertEquals(day.isWorking(), c.isWorkingDay(d), d.toString());
      assertEquals(day.isWorking(), !c.sessions(d).isEmpty(), d.toString());
    }
  }

  @Test
  void plusWorkingDaysAgreesWithTheOracle() {
    WorkingCalendar c = calendar();
    NaiveCalendar o = oracle();
    qt().withExamples(EXAMPLES)
        .forAll(dates(c, MARGIN), integers().between(-40, 40))
        .checkAssert(
            (d, n) -> assertEquals(o.plusWorkingDays(d, n), c.plusWorkingDays(d, n), d + " " + n));
  }

  @Test
  void workingDaysBetweenAgreesWithTheOracle() {
    WorkingCalendar c = calendar();
    NaiveCalendar o = oracle();
    qt().withExamples(EXAMPLES)
        .forAll(dates(c, MARGIN), integers().between(-100, 100))
        .checkAssert(
            (d, len) ->
                assertEquals(
                    o.workingDaysBetween(d, d.plusDays(len)),
                    c.workingDaysBetween(d, d.plusDays(len))));
  }

  @Test
  void nextAndPreviousAgreeWithTheOracle() {
    WorkingCalendar c = calendar();
    NaiveCalendar o = oracle();
    qt().withExamples(EXAMPLES)
        .forAll(dates(c, MARGIN))
        .checkAssert(
            d -> {
              assertEquals(o.plusWorkingDays(d, 1), c.nextWorkingDay(d));
              assertEquals(o.plusWorkingDays(d, -1), c.previousWorkingDay(d));
              LocalDate same = o.isWorking(d) ? d : o.plusWorkingDays(d, 1);
              assertEquals(same, c.nextOrSameWorkingDay(d));
              LocalDate samePrev = o.isWorking(d) ? d : o.plusWorkingDays(d, -1);
              assertEquals(samePrev, c.previousOrSameWorkingDay(d));
            });
  }

  @Test
  void addingWorkingDaysThenCountingBackGivesTheCount() {
    WorkingCalendar c = calendar();
    qt().withExamples(EXAMPLES)
        .forAll(workingDays(c, MARGIN), integers().between(-60, 60))
        .checkAssert(
            (d, n) -> assertEquals(n, c.workingDaysBetween(d, c.plusWorkingDays(d, n)), d + ""));
  }

  @Test
  void nonZeroAdditionsLandOnWorkingDays() {
    WorkingCalendar c = calendar();
    qt().withExamples(EXAMPLES)
        .forAll(dates(c, MARGIN), integers().between(-60, 60).assuming(n -> n != 0))
        .checkAssert((d, n) -> assertTrue(c.isWorkingDay(c.plusWorkingDays(d, n)), d + " " + n));
  }

  @Test
  void additionIsMonotonic() {
    WorkingCalendar c = calendar();
    qt().withExamples(EXAMPLES)
        .forAll(dates(c, MARGIN), integers().between(-50, 50), integers().between(-50, 50))
        .checkAssert(
            (d, a, b) -> {
              LocalDate x = c.plusWorkingDays(d, Math.min(a, b));
              LocalDate y = c.plusWorkingDays(d, Math.max(a, b));
              assertFalse(y.isBefore(x), d + " " + a + " " + b);
            });
  }

  @Test
  void additionComposesOnWorkingDays() {
    WorkingCalendar c = calendar();
    qt().withExamples(EXAMPLES)
        .forAll(workingDays(c, MARGIN), integers().between(-40, 40), integers().between(-40, 40))
        .checkAssert(
            (d, a, b) ->
                assertEquals(
                    c.plusWorkingDays(d, a + b),
                    c.plusWorkingDays(c.plusWorkingDays(d, a), b),
                    d + " " + a + " " + b));
  }

  @Test
  void plusWorkingTimeAgreesWithTheOracle() {
    WorkingCalendar c = calendar();
    NaiveCalendar o = oracle();
    qt().withExamples(EXAMPLES)
        .forAll(minuteInstants(c, MARGIN), integers().between(-3000, 3000))
        .checkAssert(
            (t, m) ->
                assertEquals(
                    m == 0 ? t : o.plusWorkingTime(t, m),
                    c.plusWorkingTime(t, Duration.ofMinutes(m)),
                    LocalDateTime.ofInstant(t, c.zone()) + " " + m + " min"));
  }

  @Test
  void workingTimeBetweenAgreesWithTheOracle() {
    WorkingCalendar c = calendar();
    NaiveCalendar o = oracle();
    qt().withExamples(EXAMPLES)
        .forAll(minuteInstants(c, MARGIN), integers().between(-8 * 24 * 60, 8 * 24 * 60))
        .checkAssert(
            (t, m) -> {
              Instant end = t.plus(Duration.ofMinutes(m));
              assertEquals(
                  Duration.ofMinutes(o.workingMinutesBetween(t, end)),
                  c.workingTimeBetween(t, end));
            });
  }

  @Test
  void workingPositionsDifferByTheWorkingTimeBetween() {
    WorkingCalendar c = calendar();
    qt().withExamples(EXAMPLES)
        .forAll(minuteInstants(c, MARGIN), integers().between(-8 * 24 * 60, 8 * 24 * 60))
        .checkAssert(
            (t, m) -> {
              Instant end = t.plus(Duration.ofMinutes(m));
              assertEquals(
                  c.workingTimeBetween(t, end).toNanos(),
                  c.workingPosition(end) - c.workingPosition(t));
            });
  }

  @Test
  void theDefaultWorkingPositionAgreesWithTheCalendars() {
    WorkingCalendar c = calendar();
    // A wrapper that keeps only the abstract methods, so workingPosition is the interface default.
    WorkingCalendar plain = new DelegatingCalendar(c);
    qt().withExamples(EXAMPLES)
        .forAll(minuteInstants(c, MARGIN), integers().between(-8 * 24 * 60, 8 * 24 * 60))
        .checkAssert(
            (t, m) -> {
              Instant end = t.plus(Duration.ofMinutes(m));
              assertEquals(
                  c.workingPosition(end) - c.workingPosition(t),
                  plain.workingPosition(end) - plain.workingPosition(t));
            });
  }

  @Test
  void workingPositionRefusesInstantsOutsideTheCoverage() {
    WorkingCalendar c = calendar();
    Instant before = c.coverageStart().minusDays(1).atStartOfDay(c.zone()).toInstant();
    Instant after = c.coverageEnd().plusDays(2).atStartOfDay(c.zone()).toInstant();
    CalendarCoverageException e =
        assertThrows(CalendarCoverageException.class, () -> c.workingPosition(before));
    assertEquals(c.coverageStart(), e.coverageStart());
    assertThrows(CalendarCoverageException.class, () -> c.workingPosition(after));
    assertThrows(
        CalendarCoverageException.class, () -> new DelegatingCalendar(c).workingPosition(after));
  }

  @Test
  void addingWorkingTimeThenMeasuringBackGivesTheAmount() {
    WorkingCalendar c = calendar();
    qt().withExamples(EXAMPLES)
        .forAll(minuteInstants(c, MARGIN), integers().between(-20_000, 20_000))
        .checkAssert(
            (t, m) -> {
              Duration amount = Duration.ofMinutes(m);
              Instant r = c.plusWorkingTime(t, amount);
              assertEquals(amount, c.workingTimeBetween(t, r));
            });
  }

  /**
   * Any amount, up to the whole coverage: the sum lands on the target working position, on its
   * earliest instant when adding and on its latest when subtracting (the instants around it are
   * before and after that position). The search for the target day starts at the start's day and
   * widens, so long amounts take other paths than the oracle's few days. The instants fall anywhere
   * in their minute, to the nanosecond.
   */
  @Test
  void addingAnyAmountLandsOnTheEdgeOfTheTargetPosition() {
    WorkingCalendar c = calendar();
    Duration tick = Duration.ofNanos(1);
    long minute = 60_000_000_000L;
    qt().withExamples(EXAMPLES)
        .forAll(
            minuteInstants(c, MARGIN),
            longs().between(0, minute - 1),
            minuteInstants(c, MARGIN),
            longs().between(0, minute - 1))
        .checkAssert(
            (start, startNanos, end, endNanos) -> {
              Instant t = start.plusNanos(startNanos);
              Instant u = end.plusNanos(endNanos);
              long amount = c.workingPosition(u) - c.workingPosition(t);
              Instant r = c.plusWorkingTime(t, Duration.ofNanos(amount));
              String what = LocalDateTime.ofInstant(t, c.zone()) + " + " + amount + " ns";
              assertEquals(c.workingPosition(u), c.workingPosition(r), what);
              if (amount > 0) {
                assertTrue(c.workingPosition(r.minus(tick)) < c.workingPosition(r), what);
              } else if (amount < 0) {
                assertTrue(c.workingPosition(r.plus(tick)) > c.workingPosition(r), what);
              }
            });
  }

  @Test
  void nextOrSameWorkingInstantAgreesWithTheOracle() {
    WorkingCalendar c = calendar();
    NaiveCalendar o = oracle();
    qt().withExamples(EXAMPLES)
        .forAll(minuteInstants(c, MARGIN))
        .checkAssert(
            t -> {
              assertEquals(o.nextOrSameWorkingInstant(t), c.nextOrSameWorkingInstant(t));
              assertEquals(o.isWorkingMinute(t), c.isWorkingInstant(t));
            });
  }

  @Test
  void workingDaysStartAndEndAtTheirSessions() {
    WorkingCalendar c = calendar();
    qt().withExamples(EXAMPLES)
        .forAll(workingDays(c, MARGIN))
        .checkAssert(
            d -> {
              List<WorkingSession> s = c.sessions(d);
              assertEquals(
                  d.atTime(s.get(0).start()).atZone(c.zone()).toInstant(), c.startOfWorkingDay(d));
              assertEquals(
                  d.atTime(s.get(s.size() - 1).end()).atZone(c.zone()).toInstant(),
                  c.endOfWorkingDay(d));
              Duration total = s.stream().map(WorkingSession::length).reduce(Duration::plus).get();
              assertEquals(
                  total, c.workingTimeBetween(c.startOfWorkingDay(d), c.endOfWorkingDay(d)));
            });
  }

  @Test
  void startOfANonWorkingDayIsRefused() {
    WorkingCalendar c = calendar();
    LocalDate d = c.coverageStart().plusDays(MARGIN);
    while (c.isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    LocalDate off = d;
    assertThrows(IllegalArgumentException.class, () -> c.startOfWorkingDay(off));
    assertThrows(IllegalArgumentException.class, () -> c.endOfWorkingDay(off));
  }

  @Test
  void datesOutsideTheCoverageAreRefusedWithTheRange() {
    WorkingCalendar c = calendar();
    LocalDate before = c.coverageStart().minusDays(1);
    CalendarCoverageException e =
        assertThrows(CalendarCoverageException.class, () -> c.day(before));
    assertEquals(before, e.date());
    assertEquals(c.coverageStart(), e.coverageStart());
    assertEquals(c.coverageEnd(), e.coverageEnd());
    LocalDate after = c.coverageEnd().plusDays(1);
    assertEquals(
        after, assertThrows(CalendarCoverageException.class, () -> c.isWorkingDay(after)).date());
    assertThrows(CalendarCoverageException.class, () -> c.sessions(after));
    assertThrows(CalendarCoverageException.class, () -> c.receptionSessions(after));
    assertThrows(CalendarCoverageException.class, () -> c.workingDaysBetween(before, after));
    Instant late = after.atStartOfDay(c.zone()).toInstant();
    assertThrows(CalendarCoverageException.class, () -> c.isWorkingInstant(late));
  }

  @Test
  void resultsBeyondTheCoverageAreRefused() {
    WorkingCalendar c = calendar();
    LocalDate last = c.coverageEnd();
    CalendarCoverageException e =
        assertThrows(CalendarCoverageException.class, () -> c.plusWorkingDays(last, 1));
    assertEquals(last, e.date());
    assertEquals(c.coverageEnd(), e.coverageEnd());
    LocalDate first = c.coverageStart();
    assertEquals(
        first,
        assertThrows(CalendarCoverageException.class, () -> c.plusWorkingDays(first, -1)).date());
    Instant end = last.atTime(23, 0).atZone(c.zone()).toInstant();
    assertThrows(
        CalendarCoverageException.class, () -> c.plusWorkingTime(end, Duration.ofMinutes(1)));
    assertThrows(CalendarCoverageException.class, () -> c.nextOrSameWorkingInstant(end));
    Instant start = first.atStartOfDay(c.zone()).toInstant();
    assertThrows(
        CalendarCoverageException.class, () -> c.plusWorkingTime(start, Duration.ofMinutes(-1)));
  }

  @Test
  void theEndOfTheCoverageIsAValidExclusiveBound() {
    WorkingCalendar c = calendar();
    LocalDate afterEnd = c.coverageEnd().plusDays(1);
    LocalDate from = c.coverageEnd().minusDays(30);
    assertEquals(
        new NaiveCalendar(c).workingDaysBetween(from, c.coverageEnd().plusDays(0))
            + (c.isWorkingDay(c.coverageEnd()) ? 1 : 0),
        c.workingDaysBetween(from, afterEnd));
  }

  @Test
  void calendarsBuiltTheSameWayAreEqual() {
    WorkingCalendar a = calendar();
    WorkingCalendar b = builtAgain();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    WorkingCalendar closed =
        WorkingCalendars.overlay(a).closeDay(c0(a), "Different", "test").build();
    assertNotEquals(a, closed);
  }

  private static LocalDate c0(WorkingCalendar a) {
    return a.nextOrSameWorkingDay(a.coverageStart().plusDays(MARGIN));
  }

  @Test
  void nullArgumentsAreRefused() {
    WorkingCalendar c = calendar();
    assertThrows(NullPointerException.class, () -> c.day(null));
    assertThrows(NullPointerException.class, () -> c.plusWorkingDays(null, 1));
    assertThrows(NullPointerException.class, () -> c.plusWorkingTime(null, Duration.ZERO));
    assertThrows(
        NullPointerException.class, () -> c.plusWorkingTime(Instant.EPOCH.plusSeconds(0), null));
    assertThrows(NullPointerException.class, () -> c.workingTimeBetween(null, Instant.EPOCH));
    assertThrows(NullPointerException.class, () -> c.workingPosition(null));
    assertThrows(NullPointerException.class, () -> new DelegatingCalendar(c).workingPosition(null));
  }
}
