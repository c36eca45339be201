package io.github.proctime.core.internal;

import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.calendar.WorkingSession;
import io.github.proctime.core.DuePlacement;
import io.github.proctime.core.ProcessingTime;
import io.github.proctime.core.Verdict;
import io.github.proctime.core.VerdictRule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Due-time placement and verdicts over a working calendar.
 *
 * <p>One per timeline run, not shared between threads: it keeps the last date it converted, since
 * the steps of a dossier mostly start on the same few days and building a {@code LocalDate} from an
 * epoch day was a tenth of a bulk evaluation.
 */
final class DueTimes {
  private final WorkingCalendar calendar;
  private final LocalClock clock;
  private long lastEpochDay = Long.MIN_VALUE;
  private LocalDate lastDate;

  DueTimes(WorkingCalendar calendar, LocalClock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  LocalDate date(Instant instant) {
    long epochDay = clock.epochDay(instant);
    if (epochDay != lastEpochDay || lastDate == null) {
      lastDate = clock.date(epochDay);
      lastEpochDay = epochDay;
    }
    return lastDate;
  }

  LocalTime time(Instant instant) {
    return clock.time(instant);
  }

  /**
   * The due instant of an amount of processing time counted from a clock start (a working instant).
   */
  Instant due(Instant start, ProcessingTime amount, DuePlacement placement) {
    switch (amount.unit()) {
      case WORKING_HOURS:
        return calendar.plusWorkingTime(start, Duration.ofHours(amount.amount()));
      case WORKING_DAYS:
        if (amount.amount() == 0) {
          return start;
        }
        LocalDate day = calendar.plusWorkingDays(date(start), amount.amount());
        if (placement == DuePlacement.END_OF_DAY) {
          return earliest(calendar.endOfWorkingDay(day));
        }
        // The day is a working day (n != 0 working days from a date), and a time kept inside its
        // working hours is on it unless the zone's offset moved it to another date: earliest()
        // would look that day up again, so only that rare case goes through it.
        Instant first = calendar.startOfWorkingDay(day);
        Instant due = clamp(day, start, first);
        if (clock.epochDay(due) != day.toEpochDay()) {
          return earliest(due);
        }
        return due.equals(first) ? calendar.endOfWorkingDay(calendar.previousWorkingDay(day)) : due;
      case CALENDAR_DAYS:
        if (amount.amount() == 0) {
          return start;
        }
        return place(start, calendarDaysLastDay(start, amount.amount()), placement);
      default:
        throw new AssertionError(amount.unit());
    }
  }

  /**
   * A due time at the very start of a day's work is the same working instant as the end of the
   * previous working day: no working time lies between them. The earlier one is returned, as {@code
   * WorkingCalendar.plusWorkingTime} does, so a dossier whose clock starts at 07:30 after the
   * cut-off is due at 17:00 of its N-th working day, not at 07:30 of the next.
   */
  private Instant earliest(Instant due) {
    LocalDate day = date(due);
    if (calendar.isWorkingDay(day) && due.equals(calendar.startOfWorkingDay(day))) {
      return calendar.endOfWorkingDay(calendar.previousWorkingDay(day));
    }
    return due;
  }

  /**
   * The last day of a period of calendar days (Civil Code 2015 Art. 147: the first day is not
   * counted; Art. 148: a last day that is not a working day moves to the next working day).
   */
  LocalDate calendarDaysLastDay(Instant start, int days) {
    LocalDate last = date(start).plusDays(days);
    return calendar.isWorkingDay(last) ? last : calendar.nextWorkingDay(last);
  }

  private Instant place(Instant start, LocalDate day, DuePlacement placement) {
    if (placement == DuePlacement.END_OF_DAY) {
      return calendar.endOfWorkingDay(day);
    }
    return clampIntoDay(day, start);
  }

  /** The local time on a working day, kept inside that day's working hours. */
  private Instant clampIntoDay(LocalDate day, Instant timeOf) {
    return clamp(day, timeOf, calendar.startOfWorkingDay(day));
  }

  /** {@link #clampIntoDay} given the start of the day's work; the time is that of an instant. */
  private Instant clamp(LocalDate day, Instant timeOf, Instant first) {
    Instant candidate = clock.atTimeOf(day, timeOf);
    Instant last = calendar.endOfWorkingDay(day);
    if (candidate.isBefore(first)) {
      return first;
    }
    return candidate.isAfter(last) ? last : candidate;
  }

  /**
   * Moves an instant back a number of working days, keeping its time of day inside working hours;
   * an instant on a day that is not a working day is first taken as the end of the previous working
   * day.
   */
  Instant minusWorkingDays(Instant instant, int workingDays) {
    LocalDate day = date(instant);
    Instant timeOf = instant;
    if (!calendar.isWorkingDay(day)) {
      day = calendar.previousWorkingDay(day);
      timeOf = calendar.endOfWorkingDay(day);
    }
    if (workingDays == 0) {
      return instant;
    }
    return clampIntoDay(calendar.plusWorkingDays(day, -workingDays), timeOf);
  }

  /** Judges an end instant against a due instant. */
  Verdict verdict(Instant end, Instant due, VerdictRule rule) {
    if (end.isAfter(due)) {
      return Verdict.LATE;
    }
    switch (rule) {
      case EARLY_BEFORE_DUE_DAY:
        return clock.epochDay(end) < clock.epochDay(due) ? Verdict.EARLY : Verdict.ON_TIME;
      case SESSION_BASED:
        return end.isBefore(sessionStartOf(due)) ? Verdict.EARLY : Verdict.ON_TIME;
      case STRICT_INSTANT:
        return end.isBefore(due) ? Verdict.EARLY : Verdict.ON_TIME;
      default:
        throw new AssertionError(rule);
    }
  }

  /**
   * The start of the working session containing an instant (its end included), or of the last
   * session started before it; the instant itself when no session of its day started before it.
   */
  Instant sessionStartOf(Instant instant) {
    LocalDate day = date(instant);
    LocalTime time = time(instant);
    LocalTime found = null;
    for (WorkingSession session : calendar.sessions(day)) {
      if (!session.start().isAfter(time)) {
        found = session.start();
      }
    }
    return found == null ? instant : clock.instant(day, found);
  }
}
