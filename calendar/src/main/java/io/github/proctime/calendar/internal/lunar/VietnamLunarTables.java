package io.github.proctime.calendar.internal.lunar;

/**
 * The lunar month tables of Vietnam's calendar (UTC+7), each computed by {@link
 * LunarMonthTable#compute} on first use: the full range that {@code VietnameseLunarCalendar}
 * answers for, and the years of the national working calendar's default coverage.
 *
 * <p>The second table exists for the first build of the national calendar in a fresh JVM: the
 * statutory rules need Tết and Giỗ Tổ Hùng Vương of the covered years only, and computing the new
 * moons of 1900-1969 as well would add a third to the astronomy. Both tables are computed month by
 * month with the same astronomy, so they agree on every year they share (checked by a test).
 *
 * <p>This class is stateless apart from the lazily computed tables, which are immutable; it is
 * thread-safe.
 */
public final class VietnamLunarTables {
  /** The first lunar year of the full table. */
  public static final int FIRST_YEAR = 1900;

  /** The last lunar year of the full table, inclusive. */
  public static final int LAST_YEAR = 2100;

  /** Vietnam's legal time since 1968, UTC+7, in which the months are reckoned. */
  public static final int UTC_OFFSET_HOURS = 7;

  /** The first year of the national working calendar's default coverage. */
  public static final int COVERAGE_FIRST_YEAR = 1970;

  /** The last year of the national working calendar's default coverage, inclusive. */
  public static final int COVERAGE_LAST_YEAR = 2100;

  private VietnamLunarTables() {}

  private static final class Full {
    static final LunarMonthTable TABLE =
        LunarMonthTable.compute(FIRST_YEAR, LAST_YEAR, UTC_OFFSET_HOURS);
  }

  private static final class Coverage {
    static final LunarMonthTable TABLE =
        LunarMonthTable.compute(COVERAGE_FIRST_YEAR, COVERAGE_LAST_YEAR, UTC_OFFSET_HOURS);
  }

  /**
   * The months of lunar years {@link #FIRST_YEAR} to {@link #LAST_YEAR}.
   *
   * @return the table
   */
  public static LunarMonthTable full() {
    return Full.TABLE;
  }

  /**
   * The months of lunar years {@link #COVERAGE_FIRST_YEAR} to {@link #COVERAGE_LAST_YEAR}.
   *
   * @return the table
   */
  public static LunarMonthTable coverage() {
    return Coverage.TABLE;
  }
}
