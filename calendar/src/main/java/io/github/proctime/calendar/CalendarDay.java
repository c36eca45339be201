package io.github.proctime.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a calendar knows about one date: its kind, its name and where that comes from.
 *
 * <p>The source names the document or rule that made the day what it is (for example {@code "CV
 * 8726/VPCP-KGVX"} or {@code "Labor Code 2019 Art. 112(1)(a)"}), so that a deadline can be
 * explained and disputed. A day is {@linkplain #isProvisional() provisional} when it comes from a
 * default pattern for a year whose official schedule has not been announced.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CalendarDay {
  private final LocalDate date;
  private final DayKind kind;
  private final String name;
  private final String source;
  private final boolean provisional;

  private CalendarDay(
      LocalDate date, DayKind kind, String name, String source, boolean provisional) {
    this.date = date;
    this.kind = kind;
    this.name = name;
    this.source = source;
    this.provisional = provisional;
  }

  /**
   * Creates a day description.
   *
   * @param date the date
   * @param kind why the day is or is not a working day
   * @param name the day's name, such as "Tết Nguyên đán", or empty for an ordinary day
   * @param source the document or rule behind the kind, or empty for an ordinary day
   * @param provisional true if the kind comes from a default pattern, not an announced schedule
   * @return the description
   */
  public static CalendarDay of(
      LocalDate date, DayKind kind, String name, String source, boolean provisional) {
    return new CalendarDay(
        Objects.requireNonNull(date, "date"),
        Objects.requireNonNull(kind, "kind"),
        Objects.requireNonNull(name, "name"),
        Objects.requireNonNull(source, "source"),
        provisional);
  }

  /**
   * The date described.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Why the day is or is not a working day.
   *
   * @return the kind
   */
  public DayKind kind() {
    return kind;
  }

  /**
   * Tells whether the day counts toward working-day deadlines.
   *
   * @return {@code kind().isWorking()}
   */
  public boolean isWorking() {
    return kind.isWorking();
  }

  /**
   * The day's name, such as "Tết Nguyên đán (mùng 1)"; empty for an ordinary day.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The document or rule behind the day's kind; empty for an ordinary day.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Tells whether the day's kind is a statutory default for a year without an announced schedule.
   *
   * @return true if provisional
   */
  public boolean isProvisional() {
    return provisional;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CalendarDay)) {
      return false;
    }
    CalendarDay d = (CalendarDay) o;
    return date.equals(d.date)
        && kind == d.kind
        && name.equals(d.name)
        && source.equals(d.source)
        && provisional == d.provisional;
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, kind, name, source, provisional);
  }

  @Override
  public String toString() {
    return date
        + " "
        + kind
        + (name.isEmpty() ? "" : " " + name)
        + (provisional ? " (provisional)" : "");
  }
}
