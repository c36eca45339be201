package io.github.proctime.calendar.internal;

import java.time.LocalDate;

/** The two lunar holidays the statutory rules need, as Gregorian dates. Thread-safe. */
public interface LunarDates {
  /**
   * The first day of the first lunar month (mùng 1 Tết) of a year.
   *
   * @param year the lunar year, equal to the Gregorian year in which it falls
   * @return the Gregorian date
   */
  LocalDate tet(int year);

  /**
   * The 10th day of the 3rd (non-leap) lunar month of a year: Giỗ Tổ Hùng Vương.
   *
   * @param year the lunar year
   * @return the Gregorian date
   */
  LocalDate hungKings(int year);

  /**
   * The first Gregorian year whose lunar holidays are known.
   *
   * @return the year
   */
  int firstYear();

  /**
   * The last Gregorian year whose lunar holidays are known.
   *
   * @return the year
   */
  int lastYear();
}
