package io.github.proctime.calendar.internal.lunar;

/**
 * The lunar month table of Vietnam's calendar (UTC+7) for the years {@code VietnameseLunarCalendar}
 * answers for, computed by {@link LunarMonthTable#compute} on first use.
 *
 * <p>This class is stateless apart from the lazily computed table, which is immutable; it is
 * thread-safe.
 */
public final class VietnamLunarTables {
  /** The first lunar year of the table. */
  public static final int FIRST_YEAR = 1900;

  /** The last lunar year of the table, inclusive. */
  public static final int LAST_YEAR = 2100;

  /** Vietnam's legal time since 1968, UTC+7, in which the months are reckoned. */
  public static final int UTC_OFFSET_HOURS = 7;

  private VietnamLunarTables() {}

  private static final class Full {
    static final LunarMonthTable TABLE =
        LunarMonthTable.compute(FIRST_YEAR, LAST_YEAR, UTC_OFFSET_HOURS);
  }

  /**
   * The months of lunar years {@link #FIRST_YEAR} to {@link #LAST_YEAR}.
   *
   * @return the table
   */
  public static LunarMonthTable full() {
    return Full.TABLE;
  }
}
