package io.github.proctime.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The test oracle: working-day and working-time arithmetic done the slow, obvious way, day by day
 * and minute by minute, from nothing but a calendar's per-day answers ({@link
 * WorkingCalendar#day(LocalDate)} and {@link WorkingCalendar#sessions(LocalDate)}). Valid for
 * whole-minute instants and session bounds.
 */
final class NaiveCalendar {
  private static final Duration MINUTE = Duration.ofMinutes(1);
  private final WorkingCalendar days;

  NaiveCalendar(WorkingCalendar days) {
    this.days = days;
  }

  boolean isWorking(LocalDate date) {
    return days.day(date).kind().isWorking();
  }

  LocalDate plusWorkingDays(LocalDate date, int n) {
    LocalDate d = date;
    int step = n > 0 ? 1 : -1;
    for (int left = Math.abs(n); left > 0; ) {
      d = d.plusDays(step);
      if (isWorking(d)) {
        left--;
      }
    }
    return d;
  }

  int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    if (endExclusive.isBefore(startInclusive)) {
      return -workingDaysBetween(endExclusive, startInclusive);
    }
    int count = 0;
    for (LocalDate d = startInclusive; d.isBefore(endExclusive); d = d.plusDays(1)) {
      if (isWorking(d)) {
        count++;
      }
    }
    return count;
  }

  /** Whether the minute starting at the instant is working time. */
  boolean isWorkingMinute(Instant minuteStart) {
    LocalDateTime t = LocalDateTime.ofInstant(minuteStart, days.zone());
    if (!isWorking(t.toLocalDate())) {
      return false;
    }
    for (WorkingSession s : days.sessions(t.toLocalDate())) {
      if (s.contains(t.toLocalTime())) {
        return true;
      }
    }
    return false;
  }

  Instant plusWorkingTime(Instant start, long minutes) {
    Instant t = start;
    if (minutes > 0) {
      for (long left = minutes; ; t = t.plus(MINUTE)) {
        if (isWorkingMinute(t) && --left == 0) {
          return t.plus(MINUTE);
        }
      }
    }
    for (long left = -minutes; left > 0; ) {
      t = t.minus(MINUTE);
      if (isWorkingMinute(t)) {
        left--;
      }
    }
    return t;
  }

  long workingMinutesBetween(Instant startInclusive, Instant endExclusive) {
    if (endExclusive.isBefore(startInclusive)) {
      return -workingMinutesBetween(endExclusive, startInclusive);
    }
    long count = 0;
    for (Instant t = startInclusive; t.isBefore(endExclusive); t = t.plus(MINUTE)) {
      if (isWorkingMinute(t)) {
        count++;
      }
    }
    return count;
  }

  Instant nextOrSameWorkingInstant(Instant instant) {
    Instant t = instant;
    while (!isWorkingMinute(t)) {
      t = t.plus(MINUTE);
    }
    return t;
  }
}
