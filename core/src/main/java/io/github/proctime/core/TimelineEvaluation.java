package io.github.proctime.core;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A dossier's clock read on one {@link Timeline}: its due times, state, elapsed and remaining time,
 * pauses, step ledger and explanation, as of the evaluation instant.
 *
 * <p>Only the events whose instant on this timeline is not after the evaluation instant are applied
 * (the receipt always is, so that a dossier not yet recorded at that instant reads zero elapsed
 * time on the recorded timeline). The clock runs in working time of the calendar:
 *
 * <ul>
 *   <li>{@link #clockStart()} is the receipt moved past the intake cut-off and to the next working
 *       instant;
 *   <li>{@link #statutoryDue()} adds the procedure's processing time (working days placed by {@link
 *       DuePlacement}; working hours exactly; calendar days under Civil Code 2015 Art. 147–148,
 *       moved to the next working day when the last day is not a working day);
 *   <li>{@link #baseDue()} is the printed appointment when there is one (a commitment to the
 *       citizen that stays authoritative), otherwise the statutory due;
 *   <li>{@link #dueAt()}, the effective due, is the base due extended by the working time of
 *       legitimate pauses (under {@link RescheduleEffect#NEW_APPOINTMENT_IS_DUE}, the latest new
 *       appointment extended by the legitimate pauses after its apology);
 *   <li>{@link #allotted()} is the working time from the clock start to {@link #dueAt()} less the
 *       legitimately paused time, {@link #elapsed()} the working time from the clock start to the
 *       end of the clock (the end event, or the evaluation instant) less the legitimately paused
 *       time, and {@link #remaining()} their difference, so {@code elapsed + remaining ==
 *       allotted}; it is negative past the due time.
 * </ul>
 *
 * <p>For a calendar-day procedure only the base due is counted in calendar days; elapsed, remaining
 * and pauses are working time like any other.
 *
 * <pre>{@code
 * TimelineEvaluation t = evaluation.recorded();
 * t.state(); t.dueAt(); t.remaining(); t.steps();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TimelineEvaluation {
  TimelineEvaluation() {}

  /**
   * Which instants this evaluation reads.
   *
   * @return the timeline
   */
  public abstract Timeline timeline();

  /**
   * The receipt instant on this timeline.
   *
   * @return the receipt
   */
  public abstract Instant receivedAt();

  /**
   * When the clock started: the receipt, after the intake cut-off and outside working time moved to
   * the next working instant.
   *
   * @return the clock start
   */
  public abstract Instant clockStart();

  /**
   * The due instant computed from the procedure's processing time.
   *
   * @return the statutory due instant
   */
  public abstract Instant statutoryDue();

  /**
   * The appointment printed on the receipt.
   *
   * @return the printed appointment, if the dossier has one
   */
  public abstract Optional<Instant> printedAppointment();

  /**
   * The due instant the clock runs to before pauses: the printed appointment if any, otherwise the
   * statutory due.
   *
   * @return the base due instant
   */
  public abstract Instant baseDue();

  /**
   * The latest new appointment given with an apology.
   *
   * @return the rescheduled appointment, if any
   */
  public abstract Optional<Instant> rescheduledAppointment();

  /**
   * The effective due instant, extended by legitimate pauses.
   *
   * @return the due instant lateness is judged against
   */
  public abstract Instant dueAt();

  /**
   * From when a dossier in progress counts as due soon: {@link #dueAt()} moved back {@link
   * RuleSet#dueSoonWorkingDays()} working days.
   *
   * @return the due-soon instant
   */
  public abstract Instant dueSoonFrom();

  /**
   * The latest instant for the apology: {@link #dueAt()} moved back {@link
   * RuleSet#apologyLeadWorkingDays()} working days ({@code shared/domain/regulations.md} §1.2).
   *
   * @return the apology deadline
   */
  public abstract Instant apologyDeadline();

  /**
   * The processing time as working time, net of pauses.
   *
   * @return the allotted working time
   */
  public abstract Duration allotted();

  /**
   * The working time the clock has counted, net of legitimate pauses.
   *
   * @return the elapsed working time, zero or more
   */
  public abstract Duration elapsed();

  /**
   * The working time left before the due instant; negative when past it.
   *
   * @return {@code allotted - elapsed}
   */
  public Duration remaining() {
    return allotted().minus(elapsed());
  }

  /**
   * The working time past the due instant, for attribution.
   *
   * @return {@code max(0, elapsed - allotted)}
   */
  public Duration delay() {
    Duration d = elapsed().minus(allotted());
    return d.isNegative() ? Duration.ZERO : d;
  }

  /**
   * The working time inside legitimate pauses (overlapping pauses counted once).
   *
   * @return the paused time, zero or more
   */
  public abstract Duration legitimatelyPaused();

  /**
   * The working time inside invalid pauses, which kept counting.
   *
   * @return the invalidly paused time, zero or more
   */
  public abstract Duration invalidlyPaused();

  /**
   * The state at the evaluation instant.
   *
   * @return the state
   */
  public abstract DossierState state();

  /**
   * When the clock stopped: result ready (đã xử lý xong) if present, otherwise result returned (the
   * 766 priority, {@code shared/domain/regulations.md} §3.2), otherwise refused, stopped or
   * withdrawn.
   *
   * @return the end instant, or empty if the dossier is still in progress
   */
  public abstract Optional<Instant> endedAt();

  /**
   * The index of the event that stopped the clock.
   *
   * @return the event index, or empty if in progress
   */
  public abstract OptionalInt endEventIndex();

  /**
   * The number of supplement requests applied.
   *
   * @return the count
   */
  public abstract int supplementRequests();

  /**
   * The apologies issued.
   *
   * @return the apologies, in log order
   */
  public abstract List<ApologyRecord> apologies();

  /**
   * The number of apologies that gave a new appointment.
   *
   * @return the count of reschedules
   */
  public int reschedules() {
    int n = 0;
    for (ApologyRecord a : apologies()) {
      if (a.newAppointment().isPresent()) {
        n++;
      }
    }
    return n;
  }

  /**
   * Tells whether an apology was required: the dossier finished late or is overdue, so the agency
   * had to apologise by {@link #apologyDeadline()} ({@code shared/domain/regulations.md} §1.2).
   * Whether one was issued in time is in {@link #apologies()}; judging compliance is left to the
   * caller.
   *
   * @return true if the state is late
   */
  public boolean isApologyRequired() {
    return state().isLate();
  }

  /**
   * Tells whether the rescheduled appointment was missed: the dossier ended after it, or is still
   * in progress past it.
   *
   * @return true if a rescheduled appointment exists and was missed
   */
  public abstract boolean isRescheduledAppointmentMissed();

  /**
   * The pauses, in the order they were opened.
   *
   * @return the pauses
   */
  public abstract List<PauseRecord> pauses();

  /**
   * The step ledger, one row per holding, in order.
   *
   * @return the ledger
   */
  public abstract List<StepRecord> steps();

  /**
   * The facts that moved or fixed the due time, in order, with dates.
   *
   * @return the explanation
   */
  public abstract List<ExplanationEntry> explanation();

  /**
   * A builder of timeline evaluations.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TimelineEvaluation} instances; not thread-safe. */
  public static final class Builder extends ImmutableTimelineEvaluation.Builder {
    Builder() {}
  }
}
