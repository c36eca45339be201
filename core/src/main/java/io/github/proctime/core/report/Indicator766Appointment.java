package io.github.proctime.core.report;

/**
 * Which appointment (NgayHenTra) the 766 timeliness indicator 2.1 compares the end of processing
 * with ({@code shared/domain/regulations.md} §3.2).
 *
 * <p>The method compares with the synced field NgayHenTra and, when a dossier has none, with the
 * procedure's maximum processing time from the receipt. proctime reads "no NgayHenTra" as a dossier
 * without a printed appointment and places the maximum time with the evaluator's statutory due
 * ({@link io.github.proctime.core.TimelineEvaluation#statutoryDue()}), which counts from the clock
 * start (the receipt moved past the intake cut-off) in the procedure's own unit; the method's text
 * says "start = date of receipt" and does not say how working days are counted (UNCONFIRMED).
 * Whether NgayHenTra is replaced by the new appointment of an apology is not stated either: this is
 * a named policy, UNCONFIRMED.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Indicator766Appointment {
  /**
   * The default: the appointment printed on the receipt, or the statutory due without one ({@link
   * io.github.proctime.core.TimelineEvaluation#baseDue()}). An apology's new appointment does not
   * move it.
   */
  ORIGINAL,
  /** The latest new appointment given with an apology if any, otherwise {@link #ORIGINAL}. */
  RESCHEDULED
}
