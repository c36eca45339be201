package io.github.proctime.calendar.internal;

/**
 * The statutory holidays of Labor Code 2019 Art. 112(1) (and Labor Code 2012 Art. 115(1)), plus
 * {@link #SWAP} for days moved by an official swap. The {@code holiday} column of a schedule file
 * holds one of these names. Immutable.
 */
public enum HolidayGroup {
  /** Tết Dương lịch, 1 January. */
  NEW_YEAR("Tết Dương lịch"),
  /** Tết Nguyên đán, the lunar new year. */
  LUNAR_NEW_YEAR("Tết Nguyên đán"),
  /** Giỗ Tổ Hùng Vương, 10th day of the 3rd lunar month. */
  HUNG_KINGS("Giỗ Tổ Hùng Vương"),
  /** Ngày Chiến thắng, 30 April. */
  REUNIFICATION_DAY("Ngày Chiến thắng"),
  /** Ngày Quốc tế lao động, 1 May. */
  LABOUR_DAY("Ngày Quốc tế lao động"),
  /** Quốc khánh, 2 September (and one adjacent day from 2021). */
  NATIONAL_DAY("Quốc khánh"),
  /** A swapped day off or the weekly rest day worked in exchange (hoán đổi, làm bù). */
  SWAP("Hoán đổi ngày làm việc");

  private final String vietnameseName;

  HolidayGroup(String vietnameseName) {
    this.vietnameseName = vietnameseName;
  }

  /**
   * The holiday's Vietnamese name.
   *
   * @return the name
   */
  public String vietnameseName() {
    return vietnameseName;
  }
}
