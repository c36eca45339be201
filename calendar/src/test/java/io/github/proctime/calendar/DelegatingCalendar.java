package io.github.proctime.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A calendar that forwards the abstract methods of {@link WorkingCalendar} to another one and keeps
 * the interface's default methods, so tests can check those defaults against an implementation's
 * overrides.
 */
final class DelegatingCalendar implements WorkingCalendar {
  private final WorkingCalendar c;

  DelegatingCalendar(WorkingCalendar c) {
    this.c = c;
  }

  @Override
  public ZoneId zone() {
    return c.zone();
  }

  @Override
  public LocalDate coverageStart() {
    return c.coverageStart();
  }

  @Override
  public LocalDate coverageEnd() {
    return c.coverageEnd();
  }

  @Override
  public CalendarDay day(LocalDate date) {
    return c.day(date);
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    return c.isWorkingDay(date);
  }

  @Override
  public List<WorkingSession> sessions(LocalDate date) {
    return c.sessions(date);
  }

  @Override
  public boolean isWorkingInstant(Instant instant) {
    return c.isWorkingInstant(instant);
  }

  @Override
  public LocalDate nextWorkingDay(LocalDate date) {
    return c.nextWorkingDay(date);
  }

  @Override
  public LocalDate nextOrSameWorkingDay(LocalDate date) {
    return c.nextOrSameWorkingDay(date);
  }

  @Override
  public LocalDate previousWorkingDay(LocalDate date) {
    return c.previousWorkingDay(date);
  }

  @Override
  public LocalDate previousOrSameWorkingDay(LocalDate date) {
    return c.previousOrSameWorkingDay(date);
  }

  @Override
  public LocalDate plusWorkingDays(LocalDate date, int workingDays) {
    return c.plusWorkingDays(date, workingDays);
  }

  @Override
  public int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    return c.workingDaysBetween(startInclusive, endExclusive);
  }

  @Override
  public Instant nextOrSameWorkingInstant(Instant instant) {
    return c.nextOrSameWorkingInstant(instant);
  }

  @Override
  public Instant startOfWorkingDay(LocalDate date) {
    return c.startOfWorkingDay(date);
  }

  @Override
  public Instant endOfWorkingDay(LocalDate date) {
    return c.endOfWorkingDay(date);
  }

  @Override
  public Instant plusWorkingTime(Instant start, Duration amount) {
    return c.plusWorkingTime(start, amount);
  }

  @Override
  public Duration workingTimeBetween(Instant startInclusive, Instant endExclusive) {
    return c.workingTimeBetween(startInclusive, endExclusive);
  }
}
