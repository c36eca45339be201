package io.github.proctime.examples.bench;

import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.calendar.WorkingCalendars;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import net.objectlab.kit.datecalc.common.DateCalculator;
import net.objectlab.kit.datecalc.common.DefaultHolidayCalendar;
import net.objectlab.kit.datecalc.common.HolidayHandlerType;
import net.objectlab.kit.datecalc.jdk8.LocalDateKitCalculatorsFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Working-day arithmetic: proctime's indexed calendar against ObjectLab Kit's date calculator
 * configured with the same holidays, and against a plain day-by-day loop over proctime's calendar.
 *
 * <p>ObjectLab's working week is the same every week, so it cannot hold make-up working Saturdays
 * (làm bù); it gets every non-working weekday of proctime's calendar as a holiday, which is the
 * most a user of it could configure. Start dates are working days, so its holiday handler (forward,
 * or backward for a negative amount, since ObjectLab refuses negative steps going forward) never
 * moves them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WorkingDayBenchmarks {
  private static final int STARTS = 1024;

  /** The number of working days added; negative moves back. */
  @Param({"1", "5", "22", "250", "-22"})
  public int amount;

  private WorkingCalendar calendar;
  private DateCalculator<LocalDate> objectLab;
  private LocalDate[] starts;
  private LocalDate[] ends;
  private int next;

  /** Builds the calendars and 1,024 random working-day start dates in 2019-2025. */
  @Setup
  public void setUp() {
    calendar = WorkingCalendars.vietnam();
    Set<LocalDate> holidays = new HashSet<>();
    for (LocalDate d = LocalDate.of(2000, 1, 1);
        d.isBefore(LocalDate.of(2040, 1, 1));
        d = d.plusDays(1)) {
      boolean weekend =
          d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
      if (!weekend && !calendar.isWorkingDay(d)) {
        holidays.add(d);
      }
    }
    LocalDateKitCalculatorsFactory factory = new LocalDateKitCalculatorsFactory();
    factory.registerHolidays(
        "VN",
        new DefaultHolidayCalendar<>(
            holidays, LocalDate.of(2000, 1, 1), LocalDate.of(2039, 12, 31)));
    // ObjectLab refuses negative steps with a forward handler; backward moves back.
    objectLab =
        factory.getDateCalculator(
            "VN", amount >= 0 ? HolidayHandlerType.FORWARD : HolidayHandlerType.BACKWARD);
    SplittableRandom random = new SplittableRandom(42);
    starts = new LocalDate[STARTS];
    ends = new LocalDate[STARTS];
    for (int i = 0; i < STARTS; i++) {
      starts[i] =
          calendar.nextOrSameWorkingDay(LocalDate.of(2019, 1, 1).plusDays(random.nextInt(7 * 365)));
      ends[i] = calendar.plusWorkingDays(starts[i], amount);
    }
  }

  private int index() {
    return next++ & (STARTS - 1);
  }

  /** proctime: {@link WorkingCalendar#plusWorkingDays}. */
  @Benchmark
  public LocalDate addProctime() {
    return calendar.plusWorkingDays(starts[index()], amount);
  }

  /** ObjectLab Kit: {@code moveByBusinessDays} on a calculator set to the start date. */
  @Benchmark
  public LocalDate addObjectLab() {
    objectLab.setStartDate(starts[index()]);
    return objectLab.moveByBusinessDays(amount).getCurrentBusinessDate();
  }

  /** A plain day-by-day loop asking proctime's calendar about each day. */
  @Benchmark
  public LocalDate addDayLoop() {
    return DayLoops.plusWorkingDays(calendar, starts[index()], amount);
  }

  /** proctime: {@link WorkingCalendar#workingDaysBetween} over the same span. */
  @Benchmark
  public int countProctime() {
    int i = index();
    return calendar.workingDaysBetween(starts[i], ends[i]);
  }

  /** ObjectLab Kit has no count: a user walks with {@code isNonWorkingDay}, as here. */
  @Benchmark
  public int countObjectLab() {
    int i = index();
    LocalDate from = starts[i].isBefore(ends[i]) ? starts[i] : ends[i];
    LocalDate to = starts[i].isBefore(ends[i]) ? ends[i] : starts[i];
    int count = 0;
    for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
      if (!objectLab.isNonWorkingDay(d)) {
        count++;
      }
    }
    return starts[i].isBefore(ends[i]) ? count : -count;
  }

  /** A plain day-by-day count over proctime's calendar. */
  @Benchmark
  public int countDayLoop() {
    int i = index();
    return DayLoops.workingDaysBetween(calendar, starts[i], ends[i]);
  }
}
