package io.github.proctime.calendar.lunar;

import io.github.proctime.ProctimeException;
import java.util.Objects;

/**
 * Thrown when a well-shaped lunar date does not exist in its year: day 30 of a 29-day month, or the
 * leap flag on a month that is not repeated that year.
 *
 * <pre>{@code
 * try {
 *   VietnameseLunarCalendar.toSolar(LunarDate.of(2024, 1, 1, true));
 * } catch (NonexistentLunarDateException e) {
 *   e.field();  // "leapMonth"
 *   e.value();  // "true"
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NonexistentLunarDateException extends ProctimeException {
  private static final long serialVersionUID = 1L;

  private final LunarDate lunarDate;
  private final String field;
  private final String value;
  private final String rule;

  /**
   * Creates the exception.
   *
   * @param lunarDate the lunar date that was asked about
   * @param field the field that makes it nonexistent: {@code "day"} or {@code "leapMonth"}
   * @param value the offending value of that field, as text
   * @param rule what the calendar says instead, for example "month 2 of lunar year 2024 has 29
   *     days"
   */
  public NonexistentLunarDateException(
      LunarDate lunarDate, String field, String value, String rule) {
    super(
        "Lunar date "
            + Objects.requireNonNull(lunarDate, "lunarDate")
            + " does not exist: invalid value for "
            + Objects.requireNonNull(field, "field")
            + " ("
            + Objects.requireNonNull(rule, "rule")
            + "): "
            + Objects.requireNonNull(value, "value"));
    this.lunarDate = lunarDate;
    this.field = field;
    this.value = value;
    this.rule = rule;
  }

  /**
   * The lunar date that was asked about.
   *
   * @return the lunar date
   */
  public LunarDate lunarDate() {
    return lunarDate;
  }

  /**
   * The field that makes the date nonexistent.
   *
   * @return {@code "day"} or {@code "leapMonth"}
   */
  public String field() {
    return field;
  }

  /**
   * The offending value of {@link #field()}, as text.
   *
   * @return for example {@code "30"} or {@code "true"}
   */
  public String value() {
    return value;
  }

  /**
   * The calendar's rule that the value breaks.
   *
   * @return for example "month 2 of lunar year 2024 has 29 days"
   */
  public String rule() {
    return rule;
  }
}
