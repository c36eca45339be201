package io.github.proctime.core;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of evaluating one dossier at one instant: its clock on the occurred and on the
 * recorded timeline, and the findings of a lenient evaluation.
 *
 * <p>Everything is computed twice, once on {@link DossierEvent#occurredAt()} ({@link #occurred()})
 * and once on {@link DossierEvent#recordedAt()} ({@link #recorded()}), so that a dossier that is
 * late only because a step was recorded late ("quá hạn do quên thao tác") is told apart from one
 * that is really late: see {@link #isLateOnlyOnRecord()}. The unqualified accessors ({@link
 * #state()}, {@link #dueAt()}, ...) read the occurred timeline.
 *
 * <pre>{@code
 * Evaluation e = evaluator.evaluate(dossier, Instant.now());
 * e.state();                 // DossierState.IN_PROGRESS_DUE_SOON
 * e.dueAt();                 // the effective due instant
 * e.recorded().state();      // the same, read from recording times
 * e.explanation();           // why
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Evaluation {
  Evaluation() {}

  /**
   * The dossier's code.
   *
   * @return the code
   */
  public abstract String dossierCode();

  /**
   * The procedure's national code.
   *
   * @return the procedure code
   */
  public abstract String procedureCode();

  /**
   * The instant the dossier was evaluated at.
   *
   * @return the evaluation instant
   */
  public abstract Instant asOf();

  /**
   * How the log was checked.
   *
   * @return the mode
   */
  public abstract EvaluationMode mode();

  /**
   * The rule set in force on the receipt date.
   *
   * @return the rule set
   */
  public abstract RuleSet ruleSet();

  /**
   * The identifier of the rule set used.
   *
   * @return {@code ruleSet().id()}
   */
  public String ruleSetId() {
    return ruleSet().id();
  }

  /**
   * The procedure version in force on the receipt date.
   *
   * @return the version
   */
  public abstract ProcedureVersion procedureVersion();

  /**
   * The clock on the occurred timeline.
   *
   * @return the occurred evaluation
   */
  public abstract TimelineEvaluation occurred();

  /**
   * The clock on the recorded timeline.
   *
   * @return the recorded evaluation
   */
  public abstract TimelineEvaluation recorded();

  /**
   * The clock on a timeline.
   *
   * @param timeline the timeline
   * @return {@link #occurred()} or {@link #recorded()}
   */
  public TimelineEvaluation on(Timeline timeline) {
    return timeline == Timeline.OCCURRED ? occurred() : recorded();
  }

  /**
   * The anomalies of the log found in lenient mode; empty in strict mode.
   *
   * @return the findings, in log order
   */
  public abstract List<Finding> findings();

  /**
   * The state at the evaluation instant, on the occurred timeline.
   *
   * @return the state
   */
  public DossierState state() {
    return occurred().state();
  }

  /**
   * When the clock started, on the occurred timeline.
   *
   * @return the clock start
   */
  public Instant clockStart() {
    return occurred().clockStart();
  }

  /**
   * The statutory due instant, on the occurred timeline.
   *
   * @return the statutory due
   */
  public Instant statutoryDue() {
    return occurred().statutoryDue();
  }

  /**
   * The printed appointment.
   *
   * @return the appointment, if the dossier has one
   */
  public Optional<Instant> printedAppointment() {
    return occurred().printedAppointment();
  }

  /**
   * The rescheduled appointment, on the occurred timeline.
   *
   * @return the new appointment, if any
   */
  public Optional<Instant> rescheduledAppointment() {
    return occurred().rescheduledAppointment();
  }

  /**
   * The effective due instant, on the occurred timeline.
   *
   * @return the due instant
   */
  public Instant dueAt() {
    return occurred().dueAt();
  }

  /**
   * The elapsed working time, on the occurred timeline.
   *
   * @return the elapsed time
   */
  public Duration elapsed() {
    return occurred().elapsed();
  }

  /**
   * The remaining working time, on the occurred timeline; negative past the due time.
   *
   * @return the remaining time
   */
  public Duration remaining() {
    return occurred().remaining();
  }

  /**
   * The step ledger, on the occurred timeline.
   *
   * @return the ledger
   */
  public List<StepRecord> steps() {
    return occurred().steps();
  }

  /**
   * The explanation, on the occurred timeline.
   *
   * @return the explanation entries
   */
  public List<ExplanationEntry> explanation() {
    return occurred().explanation();
  }

  /**
   * Tells whether the dossier is late (finished late or overdue) on the recorded timeline but not
   * on the occurred one: late only because events were recorded late.
   *
   * @return true if late only on record
   */
  public boolean isLateOnlyOnRecord() {
    return recorded().state().isLate() && !occurred().state().isLate();
  }

  /**
   * Tells whether the dossier is in progress and overdue on the recorded timeline but not on the
   * occurred one.
   *
   * @return true if overdue only on record
   */
  public boolean isOverdueOnlyOnRecord() {
    return recorded().state() == DossierState.IN_PROGRESS_OVERDUE
        && occurred().state() != DossierState.IN_PROGRESS_OVERDUE;
  }

  /**
   * Tells whether the two timelines disagree on the state.
   *
   * @return true if the states differ
   */
  public boolean isStateDifferentOnRecord() {
    return recorded().state() != occurred().state();
  }

  /**
   * A builder of evaluations.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Evaluation} instances; not thread-safe. */
  public static final class Builder extends ImmutableEvaluation.Builder {
    Builder() {}
  }
}
