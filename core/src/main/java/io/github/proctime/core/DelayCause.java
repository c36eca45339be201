package io.github.proctime.core;

/**
 * Why a {@link DelayShare} is put on its party.
 *
 * <pre>{@code
 * if (share.cause() == DelayCause.LATE_RECORDING) remind(share.official());
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DelayCause {
  /**
   * The holder's step used more working time than its allotment under the internal process (quy
   * trình nội bộ, {@code shared/domain/regulations.md} §1.14), net of legitimate pauses.
   */
  STEP_OVERRUN,
  /**
   * The official pressed a pause whose reason the rule set does not accept; the clock kept running
   * through it ({@code shared/domain/regulations.md} §6).
   */
  INVALID_PAUSE,
  /**
   * The step was on time when it happened but recorded late, and only the recorded timeline is late
   * ("quá hạn do quên thao tác").
   */
  LATE_RECORDING,
  /**
   * Working time spent waiting for the applicant that still counted against the dossier: a
   * financial obligation wait when {@link RuleSet#financialObligationStopsClock()} is false. Waits
   * that stop the clock (the supplement wait always, {@code shared/domain/regulations.md} §1.8, §6)
   * are never delay at all: they extend the due time instead. Under the default rule set this cause
   * therefore never occurs; see {@link AttributionMethod}.
   */
  APPLICANT_WAIT,
  /**
   * The held dossier was past its due time when the {@link AttributionMethod#HOLDER_AT_DUE} method
   * was chosen: all the delay goes to that holder.
   */
  HELD_AT_DUE,
  /**
   * Delay that no step, pause or recording explains, such as allotments larger than the legal time.
   */
  UNATTRIBUTED
}
