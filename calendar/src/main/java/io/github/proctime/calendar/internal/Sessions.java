package io.github.proctime.calendar.internal;

import io.github.proctime.calendar.CalendarConflictException;
import io.github.proctime.calendar.WorkingSession;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Checks on lists of working sessions. Stateless. */
public final class Sessions {
  private Sessions() {}

  static boolean overlap(WorkingSession a, WorkingSession b) {
    return a.start().isBefore(b.end()) && b.start().isBefore(a.end());
  }

  /**
   * Sorts sessions for a day of the week and checks they do not overlap.
   *
   * @param dayOfWeek the day of the week they are for
   * @param sessions the sessions
   * @return the sorted, immutable list
   * @throws CalendarConflictException naming the day of the week if no session is given or two
   *     sessions overlap
   */
  public static List<WorkingSession> checked(DayOfWeek dayOfWeek, WorkingSession... sessions) {
    return checked(dayOfWeek, "working", sessions);
  }

  /**
   * Sorts sessions of a kind ("working", "reception") for a day of the week and checks that there
   * is at least one and that they do not overlap.
   *
   * @param dayOfWeek the day of the week they are for
   * @param kind the kind of session, for the message
   * @param sessions the sessions
   * @return the sorted, immutable list
   * @throws CalendarConflictException naming the day of the week if no session is given or two
   *     sessions overlap
   */
  public static List<WorkingSession> checked(
      DayOfWeek dayOfWeek, String kind, WorkingSession... sessions) {
    List<WorkingSession> sorted = sorted(sessions);
    if (sorted.isEmpty()) {
      throw CalendarConflictException.onDayOfWeek(dayOfWeek, "no " + kind + " session given");
    }
    for (int i = 1; i < sorted.size(); i++) {
      if (overlap(sorted.get(i - 1), sorted.get(i))) {
        throw CalendarConflictException.onDayOfWeek(
            dayOfWeek, "sessions " + sorted.get(i - 1) + " and " + sorted.get(i) + " overlap");
      }
    }
    return sorted;
  }

  /**
   * Sorts sessions for a date and checks they do not overlap.
   *
   * @param date the date they are for
   * @param sessions the sessions
   * @return the sorted, immutable list
   * @throws CalendarConflictException naming the date if no session is given or two sessions
   *     overlap
   */
  public static List<WorkingSession> checked(LocalDate date, WorkingSession... sessions) {
    List<WorkingSession> sorted = sorted(sessions);
    if (sorted.isEmpty()) {
      throw CalendarConflictException.onDate(date, "no working session given");
    }
    for (int i = 1; i < sorted.size(); i++) {
      if (overlap(sorted.get(i - 1), sorted.get(i))) {
        throw CalendarConflictException.onDate(
            date, "sessions " + sorted.get(i - 1) + " and " + sorted.get(i) + " overlap");
      }
    }
    return sorted;
  }

  private static List<WorkingSession> sorted(WorkingSession... sessions) {
    Objects.requireNonNull(sessions, "sessions");
    List<WorkingSession> list = new ArrayList<>(Arrays.asList(sessions));
    for (WorkingSession s : list) {
      Objects.requireNonNull(s, "sessions");
    }
    Collections.sort(list);
    return List.copyOf(list);
  }
}
