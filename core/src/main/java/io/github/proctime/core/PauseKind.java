package io.github.proctime.core;

/**
 * What opened a pause of a dossier's clock.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PauseKind {
  /**
   * Waiting for the applicant's supplement ({@link EventType#SUPPLEMENT_REQUESTED} to {@link
   * EventType#SUPPLEMENT_RECEIVED}); always stops the clock (NĐ 61/2018 as recalled in {@code
   * shared/domain/regulations.md} §1.8, UNCONFIRMED wording; the 766 method subtracts it, §3.2).
   */
  SUPPLEMENT,
  /**
   * Waiting for a financial obligation ({@link EventType#FINANCIAL_OBLIGATION_REQUESTED} to {@link
   * EventType#FINANCIAL_OBLIGATION_FULFILLED}); stops the clock only if {@link
   * RuleSet#financialObligationStopsClock()}.
   */
  FINANCIAL_OBLIGATION,
  /**
   * {@link EventType#PAUSED} to {@link EventType#RESUMED} with a reason code; stops the clock only
   * if the code is in {@link RuleSet#clockStoppingPauseReasons()}.
   */
  REASON_CODE
}
