package io.github.proctime.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One row of a dossier's step ledger: who held the dossier, for which step, from when to when,
 * against which allotment, and the early / on-time / late verdict the process-control slip (Phiếu
 * kiểm soát quá trình giải quyết hồ sơ, {@code shared/domain/regulations.md} §2) records.
 *
 * <p>A row starts with the {@link EventType#RECEIVED} or {@link EventType#HANDED_OVER} event that
 * gives the dossier to its holder. The step's work ends at the first of: the holder's {@link
 * EventType#STEP_COMPLETED}, {@link EventType#RESULT_READY}, the next hand-over, or a terminal
 * event ({@link #endedAt()}); the holding itself ends at the next hand-over or terminal event
 * ({@link #heldUntil()}). Time used is the working time from start to end net of legitimate pauses;
 * time inside invalid pauses counts and is shown in {@link #invalidlyPaused()}. The step's due
 * instant is its start plus its allotment, placed by the rule set's {@link DuePlacement} and
 * extended by legitimate pauses inside the step.
 *
 * <pre>{@code
 * for (StepRecord row : evaluation.occurred().steps()) {
 *   System.out.println(row.holderOfficial().orElse("?") + " " + row.verdict().map(Verdict::vietnameseLabel));
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StepRecord {
  StepRecord() {}

  /**
   * The row's position in the ledger, from 0.
   *
   * @return the row index
   */
  public abstract int index();

  /**
   * The step performed, as named by the event.
   *
   * @return the step identifier, if the event gave one
   */
  public abstract Optional<String> stepId();

  /**
   * The step's name from the procedure version.
   *
   * @return the name, if the step is known
   */
  public abstract Optional<String> stepName();

  /**
   * The other agency performing the step (liên thông).
   *
   * @return the agency, if the step is inter-agency
   */
  public abstract Optional<String> agency();

  /**
   * The official who held the dossier (người nhận on the slip).
   *
   * @return the holder, if recorded
   */
  public abstract Optional<String> holderOfficial();

  /**
   * The unit that held the dossier.
   *
   * @return the unit, if recorded
   */
  public abstract Optional<String> holderUnit();

  /**
   * The official who handed the dossier over (người giao), empty for the reception row.
   *
   * @return the previous holder, if any
   */
  public abstract Optional<String> handedOverBy();

  /**
   * The unit that handed the dossier over.
   *
   * @return the previous unit, if any
   */
  public abstract Optional<String> handedOverByUnit();

  /**
   * When the holder received the dossier, on this timeline.
   *
   * @return the start instant
   */
  public abstract Instant startedAt();

  /**
   * The index of the event that started the row.
   *
   * @return the event index
   */
  public abstract int startEventIndex();

  /**
   * The step's allotment from the procedure version's internal process.
   *
   * @return the allotment, if the step is known
   */
  public abstract Optional<ProcessingTime> allotment();

  /**
   * The allotment as working time from the start, before pauses.
   *
   * @return the allotted working time, if the step is known
   */
  public abstract Optional<Duration> allottedTime();

  /**
   * The step's due instant, extended by legitimate pauses inside the step.
   *
   * @return the due instant, if the step is known
   */
  public abstract Optional<Instant> dueAt();

  /**
   * When the step's work ended, on this timeline.
   *
   * @return the end, or empty if the step was still open when the clock was read
   */
  public abstract Optional<Instant> endedAt();

  /**
   * The index of the event that ended the step.
   *
   * @return the event index, or empty if open
   */
  public abstract OptionalInt endEventIndex();

  /**
   * When the holder handed the dossier on or the dossier ended.
   *
   * @return the end of the holding, or empty if still held when the clock was read
   */
  public abstract Optional<Instant> heldUntil();

  /**
   * The index of the event that ended the holding.
   *
   * @return the event index, or empty if still held
   */
  public abstract OptionalInt heldUntilEventIndex();

  /**
   * The working time used by the step, net of legitimate pauses, up to its end (or up to the
   * evaluation instant for an open step).
   *
   * @return the time used, zero or more
   */
  public abstract Duration timeUsed();

  /**
   * The dossier's clock time that fell within this holding: working time net of legitimate pauses,
   * inside both {@code [startedAt, heldUntil)} (up to the evaluation instant for a holding still
   * open) and the dossier's clock, from {@link TimelineEvaluation#clockStart()} to its end. The
   * rows' values add up to {@link TimelineEvaluation#elapsed()}, so no holder is answerable for
   * more than this.
   *
   * @return the clock time held, zero or more
   */
  public abstract Duration clockTimeHeld();

  /**
   * The working time inside legitimate pauses during the step.
   *
   * @return the paused time, zero or more
   */
  public abstract Duration legitimatelyPaused();

  /**
   * The working time inside invalid pauses during the step, which counts in {@link #timeUsed()}.
   *
   * @return the invalidly paused time, zero or more
   */
  public abstract Duration invalidlyPaused();

  /**
   * The working time used beyond the allotment ({@code timeUsed - allottedTime}, at least zero);
   * for an open step, the overrun so far.
   *
   * @return the overrun, zero if the step is unknown or within its allotment
   */
  public abstract Duration overrun();

  /**
   * The slip's verdict on the step under the rule set's {@link VerdictRule}.
   *
   * @return the verdict, or empty if the step is open or has no allotment
   */
  public abstract Optional<Verdict> verdict();

  /**
   * Tells whether the step was still open when the clock was read.
   *
   * @return true if {@link #endedAt()} is empty
   */
  public boolean isOpen() {
    return endedAt().isEmpty();
  }

  /**
   * A builder of ledger rows.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StepRecord} instances; not thread-safe. */
  public static final class Builder extends ImmutableStepRecord.Builder {
    Builder() {}
  }
}
