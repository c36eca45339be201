package io.github.proctime.calendar;

import io.github.proctime.ProctimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a calendar description contradicts itself: the same date both closed and opened, a
 * date given two different kinds, sessions that overlap, or a working day without a session.
 *
 * <p>The exception names the date (or, for a weekly setting, the day of the week) so that the
 * description can be fixed:
 *
 * <pre>{@code
 * try {
 *   WorkingCalendars.overlay(vn).closeDay(d, "Bão Yagi", "QĐ 1/UBND").openDay(d, "x", "y").build();
 * } catch (CalendarConflictException e) {
 *   e.date(); // Optional[d]
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CalendarConflictException extends ProctimeException {
  private static final long serialVersionUID = 1L;

  private final LocalDate date;
  private final DayOfWeek dayOfWeek;
  private final String problem;

  private CalendarConflictException(LocalDate date, DayOfWeek dayOfWeek, String problem) {
    super(
        "Contradictory calendar description for "
            + (date != null ? date : dayOfWeek)
            + ": "
            + problem);
    this.date = date;
    this.dayOfWeek = dayOfWeek;
    this.problem = problem;
  }

  /**
   * Creates the exception for a contradiction on one date.
   *
   * @param date the date the contradiction concerns
   * @param problem what contradicts what
   * @return the exception
   */
  public static CalendarConflictException onDate(LocalDate date, String problem) {
    return new CalendarConflictException(
        Objects.requireNonNull(date, "date"), null, Objects.requireNonNull(problem, "problem"));
  }

  /**
   * Creates the exception for a contradiction in a weekly setting.
   *
   * @param dayOfWeek the day of the week the contradiction concerns
   * @param problem what contradicts what
   * @return the exception
   */
  public static CalendarConflictException onDayOfWeek(DayOfWeek dayOfWeek, String problem) {
    return new CalendarConflictException(
        null,
        Objects.requireNonNull(dayOfWeek, "dayOfWeek"),
        Objects.requireNonNull(problem, "problem"));
  }

  /**
   * The date the contradiction concerns, if it concerns one date.
   *
   * @return the date, or empty for a weekly setting
   */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /**
   * The day of the week the contradiction concerns, if it concerns a weekly setting.
   *
   * @return the day of the week, or empty for a contradiction on one date
   */
  public Optional<DayOfWeek> dayOfWeek() {
    return Optional.ofNullable(dayOfWeek);
  }

  /**
   * What contradicts what.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
