package io.github.proctime.core;

/**
 * What happened to a dossier: the types of entries in its event log.
 *
 * <p>The types follow the national portal's statuses ({@code shared/domain/regulations.md} §4) and
 * the hand-overs of the process-control slip (§2). Which fields each type needs is documented on
 * {@link DossierEvent}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum EventType {
  /** Received at the one-stop desk (tiếp nhận); starts the log and names the first holder. */
  RECEIVED("Tiếp nhận", false),
  /** Handed over from the current holder to another official for a step (giao, nhận hồ sơ). */
  HANDED_OVER("Giao, nhận hồ sơ", false),
  /** The current holder finished their step (hoàn thành bước xử lý). */
  STEP_COMPLETED("Hoàn thành bước xử lý", false),
  /** The applicant was asked to supplement the dossier (yêu cầu bổ sung); the clock may stop. */
  SUPPLEMENT_REQUESTED("Yêu cầu bổ sung hồ sơ", false),
  /** The applicant's supplement arrived (hoàn thành bổ sung hồ sơ); the clock runs again. */
  SUPPLEMENT_RECEIVED("Hoàn thành bổ sung hồ sơ", false),
  /** Processing paused, with a reason code (tạm dừng). */
  PAUSED("Tạm dừng xử lý", false),
  /** Processing resumed after a pause (tiếp tục xử lý). */
  RESUMED("Tiếp tục xử lý", false),
  /**
   * The applicant was asked to fulfil a financial obligation (yêu cầu thực hiện nghĩa vụ tài
   * chính).
   */
  FINANCIAL_OBLIGATION_REQUESTED("Yêu cầu thực hiện nghĩa vụ tài chính", false),
  /** The financial obligation was fulfilled (hoàn thành nghĩa vụ tài chính). */
  FINANCIAL_OBLIGATION_FULFILLED("Hoàn thành nghĩa vụ tài chính", false),
  /** An apology with a new appointment was issued (xin lỗi và hẹn lại ngày trả kết quả). */
  APOLOGY_ISSUED("Xin lỗi và hẹn lại", false),
  /** The result is ready (đã xử lý xong); processing has ended. */
  RESULT_READY("Đã xử lý xong", false),
  /** The result was returned to the applicant (đã trả kết quả). */
  RESULT_RETURNED("Đã trả kết quả", true),
  /** The dossier was refused (từ chối, không đủ điều kiện giải quyết). */
  REFUSED("Từ chối", true),
  /** Processing was stopped (dừng xử lý). */
  STOPPED("Dừng xử lý", true),
  /** The applicant withdrew the dossier (công dân yêu cầu rút hồ sơ). */
  WITHDRAWN("Rút hồ sơ", true);

  private final String vietnameseLabel;
  private final boolean terminal;

  EventType(String vietnameseLabel, boolean terminal) {
    this.vietnameseLabel = vietnameseLabel;
    this.terminal = terminal;
  }

  /**
   * The Vietnamese label used on forms and reports.
   *
   * @return the label
   */
  public String vietnameseLabel() {
    return vietnameseLabel;
  }

  /**
   * Tells whether no event may follow this one in a dossier's log.
   *
   * <p>{@link #RESULT_READY} is not terminal: the return of the result follows it.
   *
   * @return true for returned, refused, stopped and withdrawn
   */
  public boolean isTerminal() {
    return terminal;
  }
}
