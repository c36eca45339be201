package io.github.proctime.core;

/**
 * Who a {@link DelayShare} is put on: an official (with their unit, and the other agency for an
 * inter-agency step), the applicant, or nobody.
 *
 * <pre>{@code
 * if (share.party() == PartyKind.OFFICIAL) report(share.official(), share.unit(), share.amount());
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PartyKind {
  /** An official of the receiving agency or, for a liên thông step, of the other agency. */
  OFFICIAL,
  /** The applicant (người nộp hồ sơ): only where the rules put delay on them. */
  APPLICANT,
  /**
   * Nobody: delay that no step overran into, reported as such and never spread over officials
   * ({@code shared/domain/regulations.md} §7).
   */
  UNATTRIBUTED
}
