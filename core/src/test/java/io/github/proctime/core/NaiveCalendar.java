package io.github.proctime.core;

import io.github.proctime.calendar.CalendarCoverageException;
import io.github.proctime.calendar.CalendarDay;
import io.github.proctime.calendar.DayKind;
import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.calendar.WorkingSession;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * A day-by-day working calendar for tests: Saturday and Sunday off, the 2024-2026 civil-service
 * holidays and make-up Saturdays of shared/domain/holidays.md §2, sessions 07:30-11:30 and
 * 13:00-17:00 in Asia/Ho_Chi_Minh. Straightforward loops, no optimisation: it is the oracle.
 */
final class NaiveCalendar implements WorkingCalendar {
  static final NaiveCalendar INSTANCE = new NaiveCalendar();
  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final LocalDate FIRST = LocalDate.of(2018, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2030, 12, 31);
  private static final List<WorkingSession> SESSIONS =
      List.of(
          WorkingSession.of(LocalTime.of(7, 30), LocalTime.of(11, 30)),
          WorkingSession.of(LocalTime.of(13, 0), LocalTime.of(17, 0)));
  private static final Map<LocalDate, String> HOLIDAYS =
      Map.ofEntries(
          Map.entry(LocalDate.of(2024, 1, 1), "Tết Dương lịch"),
          Map.entry(LocalDate.of(2024, 2, 8), "Tết Nguyên đán"),
          Map.entry(LocalDate.of(2024, 2, 9), "Tết Nguyên đán"),
          Map.entry(LocalDate.of(2024, 2, 12), "Tết Nguyên đán"),
          Map.entry(LocalDate.of(2024, 2, 13), "Tết Nguyên đán"),
          Map.entry(LocalDate.of(2024, 2, 14), "Tết Nguyên đán"),
          Map.entry(LocalDate.of(2024, 4, 18), "Giỗ Tổ Hùng Vương"),
          Map.entry(LocalDate.of(2024, 4, 29), "Nghỉ hoán đổi"),
          Map.entry(LocalDate.of(2024, 4, 30), "Ngày Chiến thắng"),
          Map.entry(LocalDate.of(2024, 5, 1), "Ngày Quốc tế lao động"),
          Map.entry(LocalDate.of(2024, 9, 2), "Quốc khánh"),
          Map.entry(LocalDate.of(2024, 9, 3), "Quốc khánh"),
          Map.entry(LocalDate.of(2025, 1, 1), "Tết Dương lịch"),
          Map.entry(LocalDate.of(2025, 1, 27), "Tết Nguyên đán"),
          Map.entry(LocalDate.of(2025, 1, 28), "Tết Nguyên đán"),
          Map.entry(LocalDate.of(2025, 1, 29), "Tết Nguyên đán"),
          Map.entry(LocalDate.of(2025, 1, 30), "Tết Nguyên đán"),
          Map.entry(LocalDate.of(2025, 1, 31), "Tết Nguyên đán"),
          Map.entry(LocalDate.of(2025, 4, 7), "Giỗ Tổ Hùng Vương"),
          Map.entry(LocalDate.of(2025, 4, 30), "Ngày Chiến thắng"),
          Map.entry(LocalDate.of(2025, 5, 1), "Ngày Quốc tế lao động"),
          Map.entry(LocalDate.of(2025, 5, 2), "Nghỉ hoán đổi"),
          Map.entry(LocalDate.of(2025, 9, 1), "Quốc khánh"),
          Map.entry(LocalDate.of(2025, 9, 2), "Quốc khánh"),
          Map.entry(LocalDate.of(2026, 1, 1), "Tết Dương lịch"),
          Map.entry(LocalDate.of(2026, 1, 2), "Nghỉ hoán đổi"),
          Map.entry(LocalDate.of(2026, 2, 16), "Tết Nguyên đán"),
          Map.entry(LocalDate.of(2026, 2, 17), "Tết Nguyên đán"),
          Map.entry(LocalDate.of(2026, 2, 18), "Tết Nguyên đán"),
          Map.entry(LocalDate.of(2026, 2, 19), "Tết Nguyên đán"),
          Map.entry(LocalDate.of(2026, 2, 20), "Tết Nguyên đán"));
  private static final List<LocalDate> MAKE_UP_SATURDAYS =
      List.of(LocalDate.of(2024, 5, 4), LocalDate.of(2025, 4, 26), LocalDate.of(2026, 1, 10));

  private NaiveCalendar() {}

  @Override
  public ZoneId zone() {
    return ZONE;
  }

  @Override
  public LocalDate coverageStart() {
    return FIRST;
  }

  @Override
  public LocalDate coverageEnd() {
    return LAST;
  }

  private LocalDate covered(LocalDate date) {
    if (date.isBefore(FIRST) || date.isAfter(LAST)) {
      throw new CalendarCoverageException(date, FIRST, LAST);
    }
    return date;
  }

  @Override
  public CalendarDay day(LocalDate date) {
    covered(date);
    if (MAKE_UP_SATURDAYS.contains(date)) {
      return CalendarDay.of(date, DayKind.MAKE_UP_WORKING_DAY, "Làm bù", "test", false);
    }
    if (HOLIDAYS.containsKey(date)) {
      String name = HOLIDAYS.get(date);
      DayKind kind =
          name.equals("Nghỉ hoán đổi") ? DayKind.SWAPPED_DAY_OFF : DayKind.PUBLIC_HOLIDAY;
      return CalendarDay.of(date, kind, name, "test", false);
    }
    DayOfWeek w = date.getDayOfWeek();
    if (w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY) {
      return CalendarDay.of(date, DayKind.WEEKEND, "", "", false);
    }
    return CalendarDay.of(date, DayKind.WORKING, "", "", false);
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    return day(date).isWorking();
  }

  @Override
  public List<WorkingSession> sessions(LocalDate date) {
    return isWorkingDay(date) ? SESSIONS : List.of();
  }

  private Instant at(LocalDate date, LocalTime time) {
    return ZonedDateTime.of(date, time, ZONE).toInstant();
  }

  private LocalDate date(Instant instant) {
    return covered(instant.atZone(ZONE).toLocalDate());
  }

  @Override
  public boolean isWorkingInstant(Instant instant) {
    ZonedDateTime z = instant.atZone(ZONE);
    return isWorkingTime(covered(z.toLocalDate()), z.toLocalTime());
  }

  @Override
  public LocalDate nextWorkingDay(LocalDate date) {
    LocalDate d = covered(date).plusDays(1);
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  @Override
  public LocalDate nextOrSameWorkingDay(LocalDate date) {
    return isWorkingDay(date) ? date : nextWorkingDay(date);
  }

  @Override
  public LocalDate previousWorkingDay(LocalDate date) {
    LocalDate d = covered(date).minusDays(1);
    while (!isWorkingDay(d)) {
      d = d.minusDays(1);
    }
    return d;
  }

  @Override
  public LocalDate previousOrSameWorkingDay(LocalDate date) {
    return isWorkingDay(date) ? date : previousWorkingDay(date);
  }

  @Override
  public LocalDate plusWorkingDays(LocalDate date, int workingDays) {
    LocalDate d = covered(date);
    for (int i = 0; i < workingDays; i++) {
      d = nextWorkingDay(d);
    }
    for (int i = 0; i > workingDays; i--) {
      d = previousWorkingDay(d);
    }
    return d;
  }

  @Override
  public int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    if (endExclusive.isBefore(startInclusive)) {
      return -workingDaysBetween(endExclusive, startInclusive);
    }
    int n = 0;
    for (LocalDate d = covered(startInclusive); d.isBefore(endExclusive); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }

  @Override
  public Instant nextOrSameWorkingInstant(Instant instant) {
    for (LocalDate d = date(instant); ; d = d.plusDays(1)) {
      for (WorkingSession s : sessions(d)) {
        Instant start = at(d, s.start());
        Instant end = at(d, s.end());
        if (instant.isBefore(end)) {
          return instant.isBefore(start) ? start : instant;
        }
      }
    }
  }

  @Override
  public Instant startOfWorkingDay(LocalDate date) {
    requireWorking(date);
    return at(date, SESSIONS.get(0).start());
  }

  @Override
  public Instant endOfWorkingDay(LocalDate date) {
    requireWorking(date);
    return at(date, SESSIONS.get(SESSIONS.size() - 1).end());
  }

  private void requireWorking(LocalDate date) {
    if (!isWorkingDay(date)) {
      throw new IllegalArgumentException(date + " is not a working day");
    }
  }

  @Override
  public Instant plusWorkingTime(Instant start, Duration amount) {
    if (amount.isZero()) {
      return start;
    }
    Duration left = amount.abs();
    if (!amount.isNegative()) {
      for (LocalDate d = date(start); ; d = d.plusDays(1)) {
        for (WorkingSession s : sessions(d)) {
          Instant a = later(at(d, s.start()), start);
          Instant b = at(d, s.end());
          if (b.isAfter(a)) {
            Duration available = Duration.between(a, b);
            if (left.compareTo(available) <= 0) {
              return a.plus(left);
            }
            left = left.minus(available);
          }
        }
      }
    }
    for (LocalDate d = date(start); ; d = d.minusDays(1)) {
      List<WorkingSession> sessions = sessions(d);
      for (int i = sessions.size() - 1; i >= 0; i--) {
        WorkingSession s = sessions.get(i);
        Instant a = at(d, s.start());
        Instant b = earlier(at(d, s.end()), start);
        if (b.isAfter(a)) {
          Duration available = Duration.between(a, b);
          if (left.compareTo(available) <= 0) {
            return b.minus(left);
          }
          left = left.minus(available);
        }
      }
    }
  }

  @Override
  public Duration workingTimeBetween(Instant startInclusive, Instant endExclusive) {
    if (endExclusive.isBefore(startInclusive)) {
      return workingTimeBetween(endExclusive, startInclusive).negated();
    }
    Duration total = Duration.ZERO;
    LocalDate last = date(endExclusive);
    for (LocalDate d = date(startInclusive); !d.isAfter(last); d = d.plusDays(1)) {
      for (WorkingSession s : sessions(d)) {
        Instant a = later(at(d, s.start()), startInclusive);
        Instant b = earlier(at(d, s.end()), endExclusive);
        if (b.isAfter(a)) {
          total = total.plus(Duration.between(a, b));
        }
      }
    }
    return total;
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
