package io.github.proctime.core;

import java.util.Optional;

/**
 * Where a dossier stands at an instant: in progress (on track, due soon, overdue, waiting for the
 * applicant, paused with a valid reason), finished (early, on time, late), or ended without a
 * result (refused, stopped, withdrawn).
 *
 * <p>The Vietnamese labels are those provinces print on their reports ({@code
 * shared/domain/regulations.md} §3.2, Gia Lai and Lâm Đồng practice). Which finished state applies
 * is decided by the rule set's {@link VerdictRule}.
 *
 * <pre>{@code
 * DossierState s = evaluation.state();
 * if (s.isInProgress()) { ... }
 * s.vietnameseLabel(); // "Đang xử lý quá hạn"
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DossierState {
  /** In progress, before the due-soon threshold (đang xử lý trong hạn). */
  IN_PROGRESS_ON_TRACK("Đang xử lý trong hạn"),
  /** In progress, past the due-soon threshold but not past the due time (sắp đến hạn). */
  IN_PROGRESS_DUE_SOON("Sắp đến hạn"),
  /** In progress and past the due time (đang xử lý quá hạn). */
  IN_PROGRESS_OVERDUE("Đang xử lý quá hạn"),
  /**
   * Waiting for the applicant: a supplement, or a financial obligation when the rule set stops the
   * clock for it (chờ bổ sung).
   */
  WAITING_FOR_APPLICANT("Chờ bổ sung"),
  /** Paused with a reason code the rule set accepts as stopping the clock (tạm dừng xử lý). */
  PAUSED("Tạm dừng xử lý"),
  /** Finished early (trước hạn). */
  FINISHED_EARLY("Trước hạn"),
  /** Finished on time (đúng hạn). */
  FINISHED_ON_TIME("Đúng hạn"),
  /** Finished late (quá hạn). */
  FINISHED_LATE("Quá hạn"),
  /** Refused (từ chối). */
  REFUSED("Từ chối"),
  /** Processing stopped (dừng xử lý). */
  STOPPED("Dừng xử lý"),
  /** Withdrawn by the applicant (rút hồ sơ). */
  WITHDRAWN("Rút hồ sơ");

  private final String vietnameseLabel;

  DossierState(String vietnameseLabel) {
    this.vietnameseLabel = vietnameseLabel;
  }

  /**
   * The Vietnamese label printed on reports.
   *
   * @return the label, never empty
   */
  public String vietnameseLabel() {
    return vietnameseLabel;
  }

  /**
   * Tells whether the dossier is still being processed, paused or waiting.
   *
   * @return true for the in-progress, waiting and paused states
   */
  public boolean isInProgress() {
    return ordinal() <= PAUSED.ordinal();
  }

  /**
   * Tells whether the dossier finished with a result (ready or returned).
   *
   * @return true for the three finished states
   */
  public boolean isFinished() {
    return this == FINISHED_EARLY || this == FINISHED_ON_TIME || this == FINISHED_LATE;
  }

  /**
   * Tells whether the dossier is late: finished late or in progress past its due time.
   *
   * @return true for {@link #FINISHED_LATE} and {@link #IN_PROGRESS_OVERDUE}
   */
  public boolean isLate() {
    return this == FINISHED_LATE || this == IN_PROGRESS_OVERDUE;
  }

  /**
   * The verdict of a finished state.
   *
   * @return the verdict, or empty for states that are not finished
   */
  public Optional<Verdict> verdict() {
    switch (this) {
      case FINISHED_EARLY:
        return Optional.of(Verdict.EARLY);
      case FINISHED_ON_TIME:
        return Optional.of(Verdict.ON_TIME);
      case FINISHED_LATE:
        return Optional.of(Verdict.LATE);
      default:
        return Optional.empty();
    }
  }
}
