package io.github.proctime.core.internal.report;

import java.time.Duration;

/**
 * What one dossier contributes to the groups it belongs to: its place in the period on the report's
 * timeline (or none), and its verdict under the 766 indicator (or none).
 */
record DossierFacts(
    Origin origin,
    Outcome outcome,
    Duration processingTime,
    Duration paused,
    Duration invalidlyPaused,
    Apology apology,
    boolean dueSoon,
    boolean waitingForApplicant,
    boolean in766,
    boolean onTime766,
    boolean repeatedSupplement766) {

  /** Where the dossier comes from, on the report's timeline. */
  enum Origin {
    RECEIVED,
    CARRIED_OVER,
    OUTSIDE
  }

  /** How the dossier ended in the period or stands at the judgement instant. */
  enum Outcome {
    FINISHED_EARLY,
    FINISHED_ON_TIME,
    FINISHED_LATE,
    REFUSED,
    WITHDRAWN,
    STOPPED,
    IN_PROGRESS_ON_TIME,
    IN_PROGRESS_OVERDUE,
    NONE;

    boolean isLate() {
      return this == FINISHED_LATE || this == IN_PROGRESS_OVERDUE;
    }

    boolean isFinished() {
      return this == FINISHED_EARLY || this == FINISHED_ON_TIME || this == FINISHED_LATE;
    }
  }

  /** Whether an apology was required, and how it was answered. */
  enum Apology {
    NOT_REQUIRED,
    ON_TIME,
    LATE,
    MISSING
  }

  boolean inReport() {
    return origin != Origin.OUTSIDE;
  }
}
