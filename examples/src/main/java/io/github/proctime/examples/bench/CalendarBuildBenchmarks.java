package io.github.proctime.examples.bench;

import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.calendar.WorkingCalendars;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building the national calendar from rules and bundled data, over its whole coverage: warm (the
 * steady cost a long-running service pays when it rebuilds) and cold (a fresh JVM, first build:
 * class loading, the time-zone data and the first SLF4J initialisation included). Both read the
 * dates of Tết and Giỗ Tổ Hùng Vương from the calendar's bundled cache of its own lunar algorithm's
 * output (tested entry by entry against the algorithm); the statutory rules and official schedules
 * are applied on every build.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CalendarBuildBenchmarks {
  /** Warm: the national calendar rebuilt from its rules and data. */
  @Benchmark
  @Warmup(iterations = 8, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(1)
  public WorkingCalendar buildWarm() {
    return WorkingCalendars.vietnamBuilder().build();
  }

  /** Cold: one build in a fresh JVM, repeated over forks. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(10)
  public WorkingCalendar buildCold() {
    return WorkingCalendars.vietnamBuilder().build();
  }
}
