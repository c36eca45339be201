package io.github.proctime.core;

/**
 * What a new appointment given with an apology (hẹn lại ngày trả kết quả) does to the due time.
 *
 * <p>NĐ 61/2018 lets the return date be reset no more than once and requires an apology that states
 * the new date ({@code shared/domain/regulations.md} §1.2–1.3); whether the new date becomes the
 * standard lateness is judged against was not found (UNCONFIRMED), so this is a policy of the
 * {@link RuleSet}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RescheduleEffect {
  /**
   * The default: lateness is judged against the legal due time; the rescheduled appointment is
   * tracked separately and a missed rescheduled appointment is reported ({@link
   * TimelineEvaluation#isRescheduledAppointmentMissed()}). A dossier that needed an apology is late
   * even when it meets its new appointment.
   */
  LEGAL_DUE_STANDS,
  /**
   * The latest new appointment replaces the due time; legitimate pauses after the apology extend
   * it.
   */
  NEW_APPOINTMENT_IS_DUE
}
