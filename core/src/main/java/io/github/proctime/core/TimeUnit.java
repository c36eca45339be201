package io.github.proctime.core;

/**
 * The unit in which a procedure's legal processing time is stated.
 *
 * <p>The national portal's {@code DonViTinh} knows hours, days, working days and months ({@code
 * shared/domain/regulations.md}, sections 3.2 and 5). One working day is never 24 hours and never a
 * fixed number of working hours: it is a day of the working calendar.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum TimeUnit {
  /** Working days (ngày làm việc) of the working calendar. */
  WORKING_DAYS("Ngày làm việc"),
  /** Working hours (giờ làm việc): time inside the calendar's working sessions. */
  WORKING_HOURS("Giờ làm việc"),
  /** Calendar days (ngày), counted under Civil Code 2015 Art. 147-148. */
  CALENDAR_DAYS("Ngày");

  private final String vietnameseLabel;

  TimeUnit(String vietnameseLabel) {
    this.vietnameseLabel = vietnameseLabel;
  }

  /**
   * The Vietnamese label used on forms and reports.
   *
   * @return the label, never empty
   */
  public String vietnameseLabel() {
    return vietnameseLabel;
  }

  /**
   * Tells whether amounts in this unit are counted only on working days.
   *
   * @return true for working days and working hours
   */
  public boolean isWorkingTime() {
    return this != CALENDAR_DAYS;
  }
}
