package io.github.proctime.core;

import io.github.proctime.calendar.CalendarCoverageException;
import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.core.internal.ClockEngine;
import java.time.Instant;
import java.util.Objects;

/**
 * Evaluates dossiers: computes, for a dossier and an instant, its due times, state, step ledger and
 * explanation on both timelines.
 *
 * <p>An evaluator holds a working calendar, a procedure catalogue, a rule book and a mode. It is
 * pure and deterministic: the same inputs always give an equal {@link Evaluation}, inputs are never
 * mutated, and the work is proportional to the number of events, using the calendar's constant-time
 * arithmetic (the explanation also lists the non-working days between the clock start and the due
 * instant).
 *
 * <p>The log is append-only: events are applied in the order they are written, never re-sorted. An
 * event that occurred (or was recorded) before the one written before it breaks {@link
 * LogRule#OCCURRED_OUT_OF_ORDER} (or {@link LogRule#RECORDED_OUT_OF_ORDER}); in lenient mode it
 * keeps its place and takes its predecessor's instant on that timeline.
 *
 * <p>A dossier is evaluated under the procedure version and the rule set in force on its receipt
 * date (in the calendar's zone). In {@link EvaluationMode#STRICT} mode (the default) a log that
 * breaks a {@link LogRule} throws {@link InvalidDossierException}; in {@link
 * EvaluationMode#LENIENT} mode each broken rule becomes a {@link Finding} and the evaluation goes
 * on, saying in the finding what it did with the event.
 *
 * <pre>{@code
 * Evaluator evaluator = Evaluator.builder()
 *     .calendar(WorkingCalendars.vietnam())
 *     .procedures(ProcedureCatalogue.of(buildingPermit))
 *     .ruleBook(RuleBook.standard())
 *     .mode(EvaluationMode.LENIENT)
 *     .build();
 * Evaluation e = evaluator.evaluate(dossier, Instant.parse("2025-02-05T03:00:00Z"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Evaluator {
  private final WorkingCalendar calendar;
  private final ProcedureCatalogue procedures;
  private final RuleBook ruleBook;
  private final EvaluationMode mode;
  private final boolean explaining;
  // Built once: it holds the zone's clock, whose set-up copies the zone's transition list.
  private final ClockEngine engine;

  private Evaluator(Builder b) {
    this.calendar = Objects.requireNonNull(b.calendar, "calendar");
    this.procedures = Objects.requireNonNull(b.procedures, "procedures");
    this.ruleBook = b.ruleBook;
    this.mode = b.mode;
    this.explaining = b.explaining;
    this.engine = new ClockEngine(calendar, procedures, ruleBook, mode, explaining);
  }

  /**
   * A builder of evaluators; the calendar and the procedures are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Evaluates a dossier as of an instant.
   *
   * @param dossier the dossier
   * @param asOf the instant at which to read the clock; events after it on a timeline are not
   *     applied on that timeline
   * @return the evaluation
   * @throws InvalidDossierException in strict mode if the log breaks a {@link LogRule}; in both
   *     modes if the rule is fatal (no receipt, unknown procedure, no version or rule set in force
   *     on the receipt date, {@code asOf} before the receipt)
   * @throws CalendarCoverageException if the dossier's dates fall outside the calendar's coverage
   */
  public Evaluation evaluate(Dossier dossier, Instant asOf) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(asOf, "asOf");
    return engine.evaluate(dossier, asOf);
  }

  /**
   * The working calendar.
   *
   * @return the calendar
   */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /**
   * The procedure catalogue.
   *
   * @return the catalogue
   */
  public ProcedureCatalogue procedures() {
    return procedures;
  }

  /**
   * The rule book.
   *
   * @return the rule book
   */
  public RuleBook ruleBook() {
    return ruleBook;
  }

  /**
   * The mode.
   *
   * @return the mode
   */
  public EvaluationMode mode() {
    return mode;
  }

  /**
   * Tells whether evaluations carry an explanation.
   *
   * @return true unless turned off with {@link Builder#explaining(boolean)}
   */
  public boolean isExplaining() {
    return explaining;
  }

  /**
   * A builder with the same settings, to derive a variant.
   *
   * @return a new builder initialised from this evaluator
   */
  public Builder toBuilder() {
    return new Builder()
        .calendar(calendar)
        .procedures(procedures)
        .ruleBook(ruleBook)
        .mode(mode)
        .explaining(explaining);
  }

  /** Builds {@link Evaluator} instances; not thread-safe. */
  public static final class Builder {
    private WorkingCalendar calendar;
    private ProcedureCatalogue procedures;
    private RuleBook ruleBook = RuleBook.standard();
    private EvaluationMode mode = EvaluationMode.STRICT;
    private boolean explaining = true;

    private Builder() {}

    /**
     * Sets the working calendar (required).
     *
     * @param calendar the calendar
     * @return this builder
     */
    public Builder calendar(WorkingCalendar calendar) {
      this.calendar = Objects.requireNonNull(calendar, "calendar");
      return this;
    }

    /**
     * Sets the procedure catalogue (required).
     *
     * @param procedures the catalogue
     * @return this builder
     */
    public Builder procedures(ProcedureCatalogue procedures) {
      this.procedures = Objects.requireNonNull(procedures, "procedures");
      return this;
    }

    /**
     * Sets the rule book; default {@link RuleBook#standard()}.
     *
     * @param ruleBook the rule book
     * @return this builder
     */
    public Builder ruleBook(RuleBook ruleBook) {
      this.ruleBook = Objects.requireNonNull(ruleBook, "ruleBook");
      return this;
    }

    /**
     * Sets the mode; default {@link EvaluationMode#STRICT}.
     *
     * @param mode the mode
     * @return this builder
     */
    public Builder mode(EvaluationMode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Sets whether evaluations carry an explanation; default true. Bulk reporting over many
     * dossiers can turn it off: {@link TimelineEvaluation#explanation()} is then empty and every
     * other result is the same.
     *
     * @param explaining false to leave explanations out
     * @return this builder
     */
    public Builder explaining(boolean explaining) {
      this.explaining = explaining;
      return this;
    }

    /**
     * Builds the evaluator.
     *
     * @return the evaluator
     * @throws NullPointerException if the calendar or the procedures were not set
     */
    public Evaluator build() {
      return new Evaluator(this);
    }
  }
}
