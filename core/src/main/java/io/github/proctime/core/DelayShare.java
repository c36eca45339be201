package io.github.proctime.core;

import io.github.proctime.calendar.CalendarDay;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One part of a dossier's delay and the party it is put on, with the evidence from the
 * process-control slip (Phiếu kiểm soát quá trình giải quyết hồ sơ, {@code
 * shared/domain/regulations.md} §2) that supports it.
 *
 * <p>An {@link PartyKind#OFFICIAL} share names the official, the unit and, for a step performed at
 * another agency (liên thông), that {@link #agency()}. The evidence is the ledger row of the step
 * ({@link #ledgerRow()}, {@link #stepId()}, {@link #stepName()}), the events that started and ended
 * it ({@link #startEventIndex()}, {@link #endEventIndex()}, indices into {@link Dossier#events()}),
 * the step's allotment and the time it used, the interval the share lies in ({@link
 * #intervalStart()}, {@link #intervalEnd()}) and the non-working days of the calendar inside that
 * interval ({@link #skippedDays()}), which were not counted. {@link #amount()} is working time.
 *
 * <pre>{@code
 * for (DelayShare s : attribution.shares()) {
 *   System.out.println(s.official().orElse("-") + " " + s.cause() + " " + s.amount().toMinutes()
 *       + " min: " + s.explanation());
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DelayShare {
  DelayShare() {}

  /**
   * Who the share is put on.
   *
   * @return the party kind
   */
  public abstract PartyKind party();

  /**
   * Why the share is put on its party.
   *
   * @return the cause
   */
  public abstract DelayCause cause();

  /**
   * The working time of delay in this share.
   *
   * @return the amount, positive
   */
  public abstract Duration amount();

  /**
   * The official responsible, for an {@link PartyKind#OFFICIAL} share.
   *
   * @return the official, if the log names one
   */
  public abstract Optional<String> official();

  /**
   * The unit of the official responsible.
   *
   * @return the unit, if the log names one
   */
  public abstract Optional<String> unit();

  /**
   * The other agency that performed the step, for a liên thông step.
   *
   * @return the agency, if the step is inter-agency
   */
  public abstract Optional<String> agency();

  /**
   * The row of the step ledger ({@link TimelineEvaluation#steps()}) the share comes from.
   *
   * @return the row index, or empty for a share not tied to one step
   */
  public abstract OptionalInt ledgerRow();

  /**
   * The step's identifier.
   *
   * @return the step id, if known
   */
  public abstract Optional<String> stepId();

  /**
   * The step's name from the procedure version.
   *
   * @return the name, if known
   */
  public abstract Optional<String> stepName();

  /**
   * The event that started the evidence: the hand-over (or receipt) that started the step, or the
   * event that opened the invalid pause.
   *
   * @return the event index, if any
   */
  public abstract OptionalInt startEventIndex();

  /**
   * The event that ended the evidence: the step's end, or the event that closed the pause.
   *
   * @return the event index, or empty if still open at the evaluation instant
   */
  public abstract OptionalInt endEventIndex();

  /**
   * The step's allotment.
   *
   * @return the allotment, if the step is known
   */
  public abstract Optional<ProcessingTime> allotment();

  /**
   * The step's allotment as working time.
   *
   * @return the allotted working time, if the step is known
   */
  public abstract Optional<Duration> allottedTime();

  /**
   * The working time the step used, net of legitimate pauses.
   *
   * @return the time used, if the share is tied to a step
   */
  public abstract Optional<Duration> timeUsed();

  /**
   * Where the interval the share lies in starts: the step's due instant for an overrun, the pause's
   * start for an invalid pause, the dossier's due instant otherwise.
   *
   * @return the start of the interval
   */
  public abstract Instant intervalStart();

  /**
   * Where the interval the share lies in ends: the end of the step, pause or clock, or the
   * evaluation instant while it is still open.
   *
   * @return the end of the interval
   */
  public abstract Instant intervalEnd();

  /**
   * The non-working days of the calendar from the date of {@link #intervalStart()} to the date of
   * {@link #intervalEnd()}, with their names; their time was not counted in {@link #amount()}.
   *
   * @return the skipped days, in date order
   */
  public abstract List<CalendarDay> skippedDays();

  /**
   * A sentence a person can read that says who, what, how much and why.
   *
   * @return the explanation
   */
  public abstract String explanation();

  /**
   * A builder of shares.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (amount().isNegative() || amount().isZero()) {
      throw new IllegalArgumentException(
          "Invalid DelayShare: amount must be positive, was " + amount());
    }
    if (intervalEnd().isBefore(intervalStart())) {
      throw new IllegalArgumentException(
          "Invalid DelayShare: intervalEnd ("
              + intervalEnd()
              + ") is before intervalStart ("
              + intervalStart()
              + ")");
    }
  }

  /** Builds {@link DelayShare} instances; not thread-safe. */
  public static final class Builder extends ImmutableDelayShare.Builder {
    Builder() {}
  }
}
