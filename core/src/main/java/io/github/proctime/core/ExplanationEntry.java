package io.github.proctime.core;

import io.github.proctime.calendar.CalendarDay;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One line of an evaluation's explanation: a fact that moved or fixed the due time, with its date,
 * in the order it happened.
 *
 * <pre>{@code
 * evaluation.explanation().forEach(e -> System.out.println(e.text()));
 * // Received after the intake cut-off 15:00 (rule set ND61_2018, ...): the clock starts at the next working day
 * // Skipped 2025-01-27 Monday (Ngày lễ, tết: Tết Nguyên đán, CV 8726/VPCP-KGVX; TB 6150/TB-BLĐTBXH)
 * // Clock started 2025-02-03 07:30
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ExplanationEntry {
  ExplanationEntry() {}

  /**
   * What kind of fact this is.
   *
   * @return the kind
   */
  public abstract ExplanationKind kind();

  /**
   * When the fact applies (for a skipped day, the start of that day in the calendar's zone).
   *
   * @return the instant
   */
  public abstract Instant at();

  /**
   * The event behind the fact.
   *
   * @return the event index, if an event caused it
   */
  public abstract OptionalInt eventIndex();

  /**
   * The calendar's description of a skipped day.
   *
   * @return the day, for {@link ExplanationKind#NON_WORKING_DAY_SKIPPED}
   */
  public abstract Optional<CalendarDay> calendarDay();

  /**
   * The fact in words, with its date.
   *
   * @return the text
   */
  public abstract String text();

  /**
   * A builder of explanation entries.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ExplanationEntry} instances; not thread-safe. */
  public static final class Builder extends ImmutableExplanationEntry.Builder {
    Builder() {}
  }
}
