package io.github.proctime.core;

/**
 * How an {@link Attributor} splits a dossier's delay among the parties responsible for it.
 *
 * <p>The process-control slip (Phiếu kiểm soát quá trình giải quyết hồ sơ) is the legal evidence of
 * who held a dossier when and whether each step was early, on time or late ({@code
 * shared/domain/regulations.md} §2, §7). No source found prescribes how a dossier's delay is split
 * among officials: the methods below are proctime's own rules, derived from the slip and from the
 * attribution note of {@code shared/domain/regulations.md} §7, not legal text. A province chooses
 * one; {@link #STEP_OVERRUN_IN_HANDOVER_ORDER} is the default.
 *
 * <p>Both methods keep two invariants: the shares add up exactly to {@link
 * TimelineEvaluation#delay()}, in whole working minutes; and no official is given more than the
 * working time they held the dossier. Waits for the applicant (supplement, and financial obligation
 * where the rule set stops the clock for it) are never official delay: they already extend the due
 * time.
 *
 * <pre>{@code
 * Attribution a = Attributor.of(calendar, AttributionMethod.HOLDER_AT_DUE).attribute(evaluation);
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum AttributionMethod {
  /**
   * The default: the delay goes to the steps that overran their allotment, in hand-over order.
   *
   * <p>Walking the step ledger in hand-over order, each holding's overrun (time used beyond its
   * allotment, net of legitimate pauses) is put on its holder, official, unit and, for a liên thông
   * step, the other agency ({@link DelayCause#STEP_OVERRUN}); the part of an overrun spent inside
   * invalid pauses goes to the official who pressed each pause ({@link DelayCause#INVALID_PAUSE}).
   * An official answers for at most the working time they held the dossier on the clock: what a
   * presser of an invalid pause cannot answer for stays with the holder whose step overran. On the
   * recorded timeline, an overrun that the same step did not have on the occurred timeline is put
   * on the holder as {@link DelayCause#LATE_RECORDING}, and the delay the recorded timeline adds to
   * the occurred one is charged to such late recordings first. Only the part of an overrun before
   * the clock stopped counts. Overruns are taken in order until the delay is used up, so when early
   * steps leave slack, the earliest overruns are charged and later ones are not. Time spent outside
   * an allotted step (at reception, or between a step's completion and its hand-over) is no step's
   * overrun. Delay left when no more step overran (for example when the allotments add up to more
   * than the legal time) is one {@link PartyKind#UNATTRIBUTED} share, never spread.
   *
   * <p>Part of an overrun spent waiting for the applicant in a wait that the rule set does not let
   * stop the clock (a financial obligation when {@link RuleSet#financialObligationStopsClock()} is
   * false) is put on the applicant ({@link DelayCause#APPLICANT_WAIT}): no fault is assigned to an
   * agency when the applicant does not provide what the law requires (TP.HCM rule, {@code
   * shared/domain/regulations.md} §1, §7).
   *
   * <p>This follows {@code shared/domain/regulations.md} §7: "a delay belongs to the step or
   * official whose step exceeded its allotted time, net of pauses caused by the applicant. If no
   * step exceeded its allotment but the total is late, report it as unattributed".
   */
  STEP_OVERRUN_IN_HANDOVER_ORDER,
  /**
   * All the delay to whoever held the dossier when its due time passed ({@link
   * DelayCause#HELD_AT_DUE}), capped at the working time they held it after the due time; any rest
   * (for example when the holders changed after the due time) goes to the next holders in hand-over
   * order, and what nobody held is {@link PartyKind#UNATTRIBUTED}.
   *
   * <p>This is the simpler "whoever held it when it went overdue" reading, offered for a province
   * that chooses it; it is proctime's rule, not legal text either, and unlike the default it may
   * charge a holder who was on time for the slack that earlier holders used up.
   */
  HOLDER_AT_DUE
}
