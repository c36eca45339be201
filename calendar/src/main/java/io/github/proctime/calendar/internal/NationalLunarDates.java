package io.github.proctime.calendar.internal;

import io.github.proctime.calendar.lunar.LunarDate;
import io.github.proctime.calendar.lunar.VietnameseLunarCalendar;
import java.time.LocalDate;

/**
 * The lunar holidays from {@link VietnameseLunarCalendar} (UTC+7), for lunar years 1900 to 2100.
 * Immutable.
 */
public final class NationalLunarDates implements LunarDates {
  /** The shared instance. */
  public static final NationalLunarDates INSTANCE = new NationalLunarDates();

  private final int firstYear;
  private final int lastYear;

  private NationalLunarDates() {
    firstYear =
        VietnameseLunarCalendar.tet(VietnameseLunarCalendar.minSupported().getYear()).getYear();
    lastYear = VietnameseLunarCalendar.toLunar(VietnameseLunarCalendar.maxSupported()).year();
  }

  @Override
  public LocalDate tet(int year) {
    return VietnameseLunarCalendar.tet(year);
  }

  @Override
  public LocalDate hungKings(int year) {
    return VietnameseLunarCalendar.toSolar(LunarDate.of(year, 3, 10, false));
  }

  @Override
  public int firstYear() {
    return firstYear;
  }

  @Override
  public int lastYear() {
    return lastYear;
  }
}
