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
   * On the recorded timeline, an overrun that the same step did not have on the occurred timeline
   * is put on the holder as {@link DelayCause#LATE_RECORDING}. Overruns are taken in order until
   * the delay is used up, so when early steps leave slack, the earliest overruns are charged and
   * later ones are not. Delay left when no more step overran (for example when the allotments add
   * up to more than the legal time) is one {@link PartyKind#UNATTRIBUTED} share, never spread.
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
