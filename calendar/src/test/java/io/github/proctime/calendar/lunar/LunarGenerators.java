package io.github.proctime.calendar.lunar;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.quicktheories.core.Gen;

/** The shared QuickTheories generators for the lunar calendar, bounded to its coverage. */
final class LunarGenerators {
  private LunarGenerators() {}

  /** Solar dates between the first and the last supported date. */
  static Gen<LocalDate> supportedSolarDates() {
    return integers()
        .between(
            (int) VietnameseLunarCalendar.minSupported().toEpochDay(),
            (int) VietnameseLunarCalendar.maxSupported().toEpochDay())
        .map(day -> LocalDate.ofEpochDay(day));
  }

  /** Well-shaped lunar dates in the supported years; some do not exist (day 30, leap flag). */
  static Gen<LunarDate> wellShapedLunarDates() {
    return integers()
        .between(1900, 2100)
        .zip(
            integers().between(1, 12),
            integers().between(1, 30),
            booleans().all(),
            (year, month, day, leap) -> LunarDate.of(year, month, day, leap));
  }
}
