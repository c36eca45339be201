package io.github.proctime.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A working session of a day: the half-open local time range {@code [start, end)} in which working
 * time elapses, such as 07:30-11:30 or 13:00-17:00.
 *
 * <pre>{@code
 * WorkingSession morning = WorkingSession.of(LocalTime.of(7, 30), LocalTime.of(11, 30));
 * morning.length(); // PT4H
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WorkingSession implements Comparable<WorkingSession> {
  private final LocalTime start;
  private final LocalTime end;

  private WorkingSession(LocalTime start, LocalTime end) {
    this.start = start;
    this.end = end;
  }

  /**
   * Creates a session.
   *
   * @param start the first instant of work, inclusive
   * @param end the end of work, exclusive, after start on the same day
   * @return the session
   * @throws IllegalArgumentException if end is not after start
   */
  public static WorkingSession of(LocalTime start, LocalTime end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "Invalid WorkingSession: end (" + end + ") must be after start (" + start + ")");
    }
    return new WorkingSession(start, end);
  }

  /**
   * Parses {@code HH:mm-HH:mm}, such as {@code 07:30-11:30}.
   *
   * @param text the text
   * @return the session
   * @throws IllegalArgumentException if the text is not of that form or end is not after start
   */
  public static WorkingSession parse(String text) {
    Objects.requireNonNull(text, "text");
    int dash = text.indexOf('-');
    if (dash < 0) {
      throw new IllegalArgumentException(
          "Invalid WorkingSession (expected HH:mm-HH:mm): '" + text + "'");
    }
    try {
      return of(
          LocalTime.parse(text.substring(0, dash).strip()),
          LocalTime.parse(text.substring(dash + 1).strip()));
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(
          "Invalid WorkingSession (expected HH:mm-HH:mm): '" + text + "'", e);
    }
  }

  /**
   * The first instant of work, inclusive.
   *
   * @return the start time
   */
  public LocalTime start() {
    return start;
  }

  /**
   * The end of work, exclusive.
   *
   * @return the end time
   */
  public LocalTime end() {
    return end;
  }

  /**
   * The length of the session.
   *
   * @return end minus start
   */
  public Duration length() {
    return Duration.between(start, end);
  }

  /**
   * Tells whether a local time lies in {@code [start, end)}.
   *
   * @param time the time
   * @return true if inside the session
   */
  public boolean contains(LocalTime time) {
    return !time.isBefore(start) && time.isBefore(end);
  }

  @Override
  public int compareTo(WorkingSession other) {
    int c = start.compareTo(other.start);
    return c != 0 ? c : end.compareTo(other.end);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkingSession
        && start.equals(((WorkingSession) o).start)
        && end.equals(((WorkingSession) o).end);
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + end.hashCode();
  }

  /** Returns {@code HH:mm-HH:mm}. */
  @Override
  public String toString() {
    return start + "-" + end;
  }
}
