package io.github.proctime.calendar;

/**
 * The kind of a calendar day for civil servants: why a day is, or is not, a working day.
 *
 * <p>The kinds follow the vocabulary of the official annual schedules (see {@code
 * shared/domain/holidays.md}, section 2): a statutory holiday (ngày lễ, tết), a compensatory day
 * off when a holiday falls on a weekly rest day (nghỉ bù), a day off obtained by swapping with a
 * working Saturday (hoán đổi), and the Saturday worked in exchange (làm bù).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DayKind {
  /** An ordinary working day (ngày làm việc). */
  WORKING(true, "Ngày làm việc"),
  /** A weekly rest day, Saturday or Sunday for civil servants (ngày nghỉ hằng tuần). */
  WEEKEND(false, "Ngày nghỉ hằng tuần"),
  /** A statutory public holiday (ngày lễ, tết). */
  PUBLIC_HOLIDAY(false, "Ngày lễ, tết"),
  /** A day off given because a holiday fell on a weekly rest day (nghỉ bù). */
  COMPENSATORY_DAY_OFF(false, "Nghỉ bù"),
  /** A working day made a day off by an official swap (nghỉ hoán đổi). */
  SWAPPED_DAY_OFF(false, "Nghỉ hoán đổi"),
  /** A weekly rest day made a working day in exchange for a swapped day off (làm bù). */
  MAKE_UP_WORKING_DAY(true, "Ngày làm bù"),
  /**
   * A day closed by a local decision, such as a disaster closure (nghỉ theo quyết định địa phương).
   */
  LOCAL_CLOSURE(false, "Nghỉ theo quyết định địa phương");

  private final boolean working;
  private final String vietnameseLabel;

  DayKind(boolean working, String vietnameseLabel) {
    this.working = working;
    this.vietnameseLabel = vietnameseLabel;
  }

  /**
   * Tells whether a day of this kind counts toward working-day deadlines.
   *
   * @return true for {@link #WORKING} and {@link #MAKE_UP_WORKING_DAY}
   */
  public boolean isWorking() {
    return working;
  }

  /**
   * The Vietnamese label used on reports and forms.
   *
   * @return the label, never empty
   */
  public String vietnameseLabel() {
    return vietnameseLabel;
  }
}
