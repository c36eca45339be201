package io.github.proctime.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A working calendar: the kind of every day in its coverage, the working sessions of each working
 * day, and working-day and working-time arithmetic over them.
 *
 * <p>Deadlines in a one-stop shop are counted in working days or working hours of the civil service
 * calendar (see {@code shared/domain/holidays.md}). A calendar answers only for dates inside its
 * coverage, {@link #coverageStart()} to {@link #coverageEnd()} inclusive; any question about a date
 * outside it throws {@link CalendarCoverageException} instead of guessing.
 *
 * <p>Conventions, following {@code java.time} and OpenGamma Strata:
 *
 * <ul>
 *   <li>{@link #plusWorkingDays(LocalDate, int)} with {@code n > 0} returns the n-th working day
 *       strictly after the date; with {@code n < 0} the n-th strictly before; with {@code n == 0}
 *       the date itself. The date need not be a working day.
 *   <li>{@link #workingDaysBetween(LocalDate, LocalDate)} counts working days in the half-open
 *       range {@code [startInclusive, endExclusive)}, negative when the range is reversed, so for a
 *       working day d, {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}.
 *   <li>Working time is the time inside the working sessions of working days, in the calendar's
 *       zone. {@link #plusWorkingTime(Instant, Duration)} returns the earliest instant at which the
 *       given amount of working time has elapsed since the start.
 * </ul>
 *
 * <pre>{@code
 * WorkingCalendar vn = WorkingCalendars.vietnam();
 * vn.plusWorkingDays(LocalDate.of(2025, 1, 24), 3);    // 2025-02-05: Tết 27-31/1 skipped
 * vn.plusWorkingTime(friday1630, Duration.ofHours(2)); // Monday 09:00 (sessions 07:30-11:30, 13:00-17:00)
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe, and two calendars built the same way are equal.
 * Every method throws {@link NullPointerException} for a null argument.
 */
public interface WorkingCalendar {

  /**
   * The zone in which days and sessions are reckoned, {@code Asia/Ho_Chi_Minh} by default.
   *
   * @return the zone
   */
  ZoneId zone();

  /**
   * The first date this calendar answers for.
   *
   * @return the first covered date
   */
  LocalDate coverageStart();

  /**
   * The last date this calendar answers for.
   *
   * @return the last covered date, inclusive
   */
  LocalDate coverageEnd();

  /**
   * Describes a date: its kind, name and source.
   *
   * @param date the date
   * @return the description of that date
   * @throws CalendarCoverageException if the date is outside the coverage
   */
  CalendarDay day(LocalDate date);

  /**
   * Tells whether a date is a working day.
   *
   * @param date the date
   * @return true if the date counts toward working-day deadlines
   * @throws CalendarCoverageException if the date is outside the coverage
   */
  boolean isWorkingDay(LocalDate date);

  /**
   * The working sessions of a date, in order; empty for a day that is not a working day.
   *
   * @param date the date
   * @return the sessions, each a half-open local time range
   * @throws CalendarCoverageException if the date is outside the coverage
   */
  List<WorkingSession> sessions(LocalDate date);

  /**
   * The reception sessions of a date: times when an office receives dossiers (for example a
   * Saturday-morning reception, QĐ 14/2010/QĐ-TTg) that do not count as working time. Empty unless
   * an overlay declared them; see {@link CalendarOverlayBuilder#receptionSessions}.
   *
   * @param date the date
   * @return the reception sessions, in order, possibly empty
   * @throws CalendarCoverageException if the date is outside the coverage
   */
  default List<WorkingSession> receptionSessions(LocalDate date) {
    if (date.isBefore(coverageStart()) || date.isAfter(coverageEnd())) {
      throw new CalendarCoverageException(date, coverageStart(), coverageEnd());
    }
    return List.of();
  }

  /**
   * Tells whether an instant falls inside a working session of a working day.
   *
   * @param instant the instant
   * @return true if working time is elapsing at that instant
   * @throws CalendarCoverageException if the instant's date is outside the coverage
   */
  boolean isWorkingInstant(Instant instant);

  /**
   * The first working day strictly after a date.
   *
   * @param date the date
   * @return the next working day
   * @throws CalendarCoverageException if the date or the result is outside the coverage
   */
  LocalDate nextWorkingDay(LocalDate date);

  /**
   * The date itself if it is a working day, otherwise the next working day.
   *
   * @param date the date
   * @return the date or the next working day
   * @throws CalendarCoverageException if the date or the result is outside the coverage
   */
  LocalDate nextOrSameWorkingDay(LocalDate date);

  /**
   * The last working day strictly before a date.
   *
   * @param date the date
   * @return the previous working day
   * @throws CalendarCoverageException if the date or the result is outside the coverage
   */
  LocalDate previousWorkingDay(LocalDate date);

  /**
   * The date itself if it is a working day, otherwise the previous working day.
   *
   * @param date the date
   * @return the date or the previous working day
   * @throws CalendarCoverageException if the date or the result is outside the coverage
   */
  LocalDate previousOrSameWorkingDay(LocalDate date);

  /**
   * Moves a date by a number of working days (see the class comment for the convention).
   *
   * @param date the starting date, which need not be a working day
   * @param workingDays the number of working days, negative to move backwards
   * @return the resulting date, a working day unless {@code workingDays == 0}
   * @throws CalendarCoverageException if the date or the result is outside the coverage
   */
  LocalDate plusWorkingDays(LocalDate date, int workingDays);

  /**
   * Counts the working days in {@code [startInclusive, endExclusive)}; negative if end is before
   * start.
   *
   * @param startInclusive the first date counted
   * @param endExclusive the date after the last date counted
   * @return the number of working days
   * @throws CalendarCoverageException if a date is outside the coverage
   */
  int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive);

  /**
   * The instant itself if working time is elapsing at it, otherwise the start of the next working
   * session.
   *
   * @param instant the instant
   * @return the same or the next working instant
   * @throws CalendarCoverageException if the instant or the result is outside the coverage
   */
  Instant nextOrSameWorkingInstant(Instant instant);

  /**
   * The start of the first working session of a working day.
   *
   * @param date a working day
   * @return the instant that day's work starts
   * @throws IllegalArgumentException if the date is not a working day
   * @throws CalendarCoverageException if the date is outside the coverage
   */
  Instant startOfWorkingDay(LocalDate date);

  /**
   * The end of the last working session of a working day.
   *
   * @param date a working day
   * @return the instant that day's work ends
   * @throws IllegalArgumentException if the date is not a working day
   * @throws CalendarCoverageException if the date is outside the coverage
   */
  Instant endOfWorkingDay(LocalDate date);

  /**
   * Adds working time to an instant, skipping nights, lunch breaks, weekends and holidays.
   *
   * <p>For a positive amount, the result is the earliest instant t such that the working time in
   * {@code [start, t)} equals the amount (so two hours after 15:00 on a day ending at 17:00 is
   * 17:00, not the next morning). For a negative amount, the latest instant t such that the working
   * time in {@code [t, start)} equals the magnitude. A zero amount returns the start.
   *
   * @param start the starting instant
   * @param amount the working time to add, negative to go back
   * @return the resulting instant
   * @throws CalendarCoverageException if the result is outside the coverage
   */
  Instant plusWorkingTime(Instant start, Duration amount);

  /**
   * The working time in {@code [startInclusive, endExclusive)}; negative if end is before start.
   *
   * @param startInclusive the start
   * @param endExclusive the end
   * @return the working time elapsed between the two instants
   * @throws CalendarCoverageException if an instant is outside the coverage
   */
  Duration workingTimeBetween(Instant startInclusive, Instant endExclusive);

  /**
   * The working time from a fixed origin of this calendar to an instant, in nanoseconds: a position
   * on the line of working time, so that for any two covered instants {@code workingTimeBetween(a,
   * b).toNanos() == workingPosition(b) - workingPosition(a)}. Only such differences have a meaning;
   * the origin is the implementation's choice.
   *
   * <p>Why: code that measures many spans between the same instants (an evaluation measures each
   * step, pause and hold of a dossier against the same few instants) can convert each instant once
   * and subtract, instead of converting both ends of every span again.
   *
   * <pre>{@code
   * long a = vn.workingPosition(receivedAt);
   * long b = vn.workingPosition(handedOverAt);
   * Duration held = Duration.ofNanos(b - a); // equals vn.workingTimeBetween(receivedAt, handedOverAt)
   * }</pre>
   *
   * <p>Positions never decrease as instants advance, provided working time does: a calendar whose
   * zone moves its clocks back inside a working session measures that session in local time, and
   * neither {@code workingTimeBetween} nor positions are monotonic across it. The national calendar
   * ({@code Asia/Ho_Chi_Minh}, no offset change since 1975) has no such session.
   *
   * <p>The default measures from the start of {@link #coverageStart()} with {@link
   * #workingTimeBetween}, so it costs what measuring that whole span costs: an implementation whose
   * {@code workingTimeBetween} walks day by day should override it (the indexed calendars of {@link
   * WorkingCalendars} answer it with one lookup), and one whose coverage holds more than about 292
   * years of working time cannot use the default at all.
   *
   * @param instant the instant
   * @return the working nanoseconds from the origin to the instant
   * @throws CalendarCoverageException if the instant is outside the coverage
   * @throws ArithmeticException if the working time from the origin does not fit in a {@code long}
   *     of nanoseconds (about 292 years)
   */
  default long workingPosition(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return workingTimeBetween(coverageStart().atStartOfDay(zone()).toInstant(), instant).toNanos();
  }

  /**
   * Convenience: the working session that contains a local time on a date, if any.
   *
   * @param date the date
   * @param time the local time
   * @return true if the time lies within one of the date's working sessions
   * @throws CalendarCoverageException if the date is outside the coverage
   */
  default boolean isWorkingTime(LocalDate date, LocalTime time) {
    for (WorkingSession session : sessions(date)) {
      if (session.contains(time)) {
        return true;
      }
    }
    return false;
  }
}
