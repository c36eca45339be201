package io.github.proctime.core.report;

/**
 * Which dossiers enter the denominator of the 766 timeliness indicator 2.1, "tổng số hồ sơ được
 * tiếp nhận, xử lý trong kỳ" (dossiers received and processed in the period, {@code
 * shared/domain/regulations.md} §3.2).
 *
 * <p>The method's wording does not say whether a dossier received in an earlier period and still
 * being processed in this one counts: this is a named policy, UNCONFIRMED. Withdrawn dossiers count
 * in both variants: the method counts them "only for dossiers that were received", and every
 * dossier proctime evaluates has a receipt event.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Indicator766Denominator {
  /**
   * The default: dossiers received in the period plus those carried over (received earlier and not
   * ended before the period starts), the same set as {@link GroupFigures#toProcess()}. Reads "được
   * tiếp nhận, xử lý trong kỳ" as received <em>or</em> processed in the period, and matches the
   * numerator's "đã và đang xử lý" (processed or being processed).
   */
  RECEIVED_OR_CARRIED_OVER,
  /**
   * Only dossiers received in the period, as the method's indicator 2.2 selects ("start date in the
   * period").
   */
  RECEIVED_IN_PERIOD
}
