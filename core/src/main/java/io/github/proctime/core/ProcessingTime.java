package io.github.proctime.core;

import java.util.Objects;

/**
 * An amount of processing time with its unit: the legal processing time of a procedure, or the
 * share of it allotted to one step of the internal process.
 *
 * <p>The unit is part of the value, so working days, working hours and calendar days are never
 * mixed: {@code ProcessingTime.workingDays(1)} is one day of the working calendar, not 24 hours and
 * not a fixed number of hours.
 *
 * <pre>{@code
 * ProcessingTime legal = ProcessingTime.workingDays(5);
 * ProcessingTime reception = ProcessingTime.workingHours(4); // half a working day
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProcessingTime {
  private final int amount;
  private final TimeUnit unit;

  private ProcessingTime(int amount, TimeUnit unit) {
    this.amount = amount;
    this.unit = unit;
  }

  /**
   * Creates a processing time.
   *
   * @param amount the amount, zero or more
   * @param unit the unit
   * @return the processing time
   * @throws IllegalArgumentException if the amount is negative
   */
  public static ProcessingTime of(int amount, TimeUnit unit) {
    Objects.requireNonNull(unit, "unit");
    if (amount < 0) {
      throw new IllegalArgumentException(
          "Invalid value for ProcessingTime.amount (valid values 0 or more): " + amount);
    }
    return new ProcessingTime(amount, unit);
  }

  /**
   * Parses the form written by {@link #toString()}, such as {@code 5 WORKING_DAYS}.
   *
   * @param text the text
   * @return the processing time
   * @throws IllegalArgumentException if the text is not an amount followed by a unit name
   */
  public static ProcessingTime parse(String text) {
    Objects.requireNonNull(text, "text");
    String[] parts = text.strip().split("\\s+");
    if (parts.length != 2) {
      throw new IllegalArgumentException(
          "Invalid ProcessingTime (expected '<amount> <unit>', e.g. '5 WORKING_DAYS'): '"
              + text
              + "'");
    }
    try {
      return of(Integer.parseInt(parts[0]), TimeUnit.valueOf(parts[1]));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Invalid ProcessingTime (expected '<amount> <unit>', units "
              + java.util.Arrays.toString(TimeUnit.values())
              + "): '"
              + text
              + "'",
          e);
    }
  }

  /**
   * A number of working days.
   *
   * @param days the number of working days
   * @return the processing time
   */
  public static ProcessingTime workingDays(int days) {
    return of(days, TimeUnit.WORKING_DAYS);
  }

  /**
   * A number of working hours.
   *
   * @param hours the number of working hours
   * @return the processing time
   */
  public static ProcessingTime workingHours(int hours) {
    return of(hours, TimeUnit.WORKING_HOURS);
  }

  /**
   * A number of calendar days.
   *
   * @param days the number of calendar days
   * @return the processing time
   */
  public static ProcessingTime calendarDays(int days) {
    return of(days, TimeUnit.CALENDAR_DAYS);
  }

  /**
   * The amount, in {@link #unit()}.
   *
   * @return the amount, zero or more
   */
  public int amount() {
    return amount;
  }

  /**
   * The unit of the amount.
   *
   * @return the unit
   */
  public TimeUnit unit() {
    return unit;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProcessingTime
        && amount == ((ProcessingTime) o).amount
        && unit == ((ProcessingTime) o).unit;
  }

  @Override
  public int hashCode() {
    return amount * 31 + unit.hashCode();
  }

  /** Returns the amount and the unit's name, such as {@code 5 WORKING_DAYS}. */
  @Override
  public String toString() {
    return amount + " " + unit.name();
  }
}
