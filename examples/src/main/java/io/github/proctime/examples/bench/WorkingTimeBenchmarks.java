package io.github.proctime.examples.bench;

import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.calendar.WorkingCalendars;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
 * Working-time arithmetic: adding working hours across nights, lunch breaks, weekends and Tết, with
 * proctime's indexed calendar against a minute-stepping loop over the same calendar.
 *
 * <p>Start instants are whole minutes spread over January-February of 2024-2026, so Tết closures
 * are crossed.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WorkingTimeBenchmarks {
  private static final int STARTS = 1024;

  /** The working hours added. */
  @Param({"1", "8", "40", "200"})
  public int hours;

  private WorkingCalendar calendar;
  private Instant[] starts;
  private Duration amount;
  private int next;

  /** Builds the calendar and the start instants. */
  @Setup
  public void setUp() {
    calendar = WorkingCalendars.vietnam();
    ZoneId zone = calendar.zone();
    SplittableRandom random = new SplittableRandom(7);
    starts = new Instant[STARTS];
    for (int i = 0; i < STARTS; i++) {
      LocalDateTime t =
          LocalDateTime.of(2024 + random.nextInt(3), 1, 1, 0, 0)
              .plusDays(random.nextInt(59))
              .plusMinutes(random.nextInt(24 * 60));
      starts[i] = t.atZone(zone).toInstant();
    }
    amount = Duration.ofHours(hours);
  }

  /** proctime: {@link WorkingCalendar#plusWorkingTime}. */
  @Benchmark
  public Instant addProctime() {
    return calendar.plusWorkingTime(starts[next++ & (STARTS - 1)], amount);
  }

  /** A minute-stepping loop over proctime's calendar. */
  @Benchmark
  public Instant addMinuteLoop() {
    return DayLoops.plusWorkingTime(calendar, starts[next++ & (STARTS - 1)], amount);
  }

  /** proctime: {@link WorkingCalendar#workingTimeBetween} over a span of the same length. */
  @Benchmark
  public Duration measureProctime() {
    Instant start = starts[next++ & (STARTS - 1)];
    return calendar.workingTimeBetween(start, start.plus(amount.multipliedBy(3)));
  }
}
