package io.github.proctime.core;

/**
 * The result of a step or a dossier against its due time, as the process-control slip (Phiếu kiểm
 * soát quá trình giải quyết hồ sơ) records it: early, on time or late.
 *
 * <p>How an end instant is judged is the rule set's {@link VerdictRule}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Verdict {
  /** Finished before the due time under the verdict rule (trước hạn). */
  EARLY("Trước hạn"),
  /** Finished on time under the verdict rule (đúng hạn). */
  ON_TIME("Đúng hạn"),
  /** Finished after the due time (quá hạn). */
  LATE("Quá hạn");

  private final String vietnameseLabel;

  Verdict(String vietnameseLabel) {
    this.vietnameseLabel = vietnameseLabel;
  }

  /**
   * The Vietnamese label written on the control slip.
   *
   * @return the label, never empty
   */
  public String vietnameseLabel() {
    return vietnameseLabel;
  }
}
