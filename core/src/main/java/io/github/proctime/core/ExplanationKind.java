package io.github.proctime.core;

/**
 * What an {@link ExplanationEntry} says moved or fixed the due time.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ExplanationKind {
  /** The dossier was received. */
  RECEIVED,
  /** Received after the intake cut-off: the clock starts at the next working day. */
  AFTER_CUT_OFF,
  /** Received outside working time: the clock starts at the next working instant. */
  OUTSIDE_WORKING_TIME,
  /** The clock started. */
  CLOCK_STARTED,
  /** A day that is not a working day was skipped (weekend, holiday, closure). */
  NON_WORKING_DAY_SKIPPED,
  /** The statutory due instant computed from the processing time. */
  STATUTORY_DUE,
  /** The appointment printed on the receipt, which is authoritative. */
  PRINTED_APPOINTMENT,
  /** A pause started; says whether it stops the clock. */
  PAUSE_STARTED,
  /** A pause ended. */
  PAUSE_ENDED,
  /** Legitimate pauses pushed the due instant later. */
  DUE_EXTENDED,
  /** An apology was issued. */
  APOLOGY_ISSUED,
  /** A new appointment was given. */
  RESCHEDULED,
  /** Processing ended (result ready or returned, refused, stopped, withdrawn). */
  ENDED,
  /** The state at the evaluation instant. */
  STATE
}
