package io.github.proctime.core.report;

/**
 * The columns and statuses of a period report, each with its English and its Vietnamese label.
 *
 * <p>Formats write reports with Vietnamese headers by default, because they are read by Vietnamese
 * officials; the English label serves logs, APIs and translation. The status labels follow what
 * provinces print ({@code shared/domain/regulations.md} §3.2, Gia Lai and Lâm Đồng practice: "Trễ
 * hạn", "Đúng hạn", carried over, received this month); the indicator labels quote the 766 method's
 * text. Each constant's javadoc says which {@link GroupFigures}, {@link TimelinessIndicator} or
 * {@link LateParty} accessor holds its value.
 *
 * <pre>{@code
 * for (ReportColumn c : ReportColumn.values()) {
 *   header.add(c.vietnameseLabel());
 * }
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ReportColumn {
  /** The kind of group a row is about: the province, a unit, an official or a procedure. */
  DIMENSION("Dimension", "Phân loại"),
  /** The group: a unit, an official or a procedure; see {@link ReportDimension}. */
  GROUP("Group", "Đơn vị, cán bộ, thủ tục"),
  /** {@link GroupFigures#carriedOver()}. */
  CARRIED_OVER("Carried over from earlier periods", "Tồn kỳ trước chuyển sang"),
  /** {@link GroupFigures#received()}. */
  RECEIVED("Received in the period", "Tiếp nhận trong kỳ"),
  /** {@link GroupFigures#toProcess()}. */
  TO_PROCESS("To process", "Tổng số hồ sơ phải giải quyết"),
  /** {@link GroupFigures#finished()}: finished with a result. */
  FINISHED("Finished", "Đã giải quyết"),
  /** {@link GroupFigures#finishedEarly()}. */
  FINISHED_EARLY("Finished early", "Trước hạn"),
  /** {@link GroupFigures#finishedOnTime()}. */
  FINISHED_ON_TIME("Finished on time", "Đúng hạn"),
  /** {@link GroupFigures#finishedLate()}. */
  FINISHED_LATE("Finished late", "Quá hạn"),
  /** {@link GroupFigures#refused()}. */
  REFUSED("Refused", "Từ chối"),
  /** {@link GroupFigures#withdrawn()}. */
  WITHDRAWN("Withdrawn", "Rút hồ sơ"),
  /** {@link GroupFigures#stopped()}. */
  STOPPED("Stopped", "Dừng xử lý"),
  /** {@link GroupFigures#inProgress()}. */
  IN_PROGRESS("In progress", "Đang xử lý"),
  /** {@link GroupFigures#inProgressOnTime()}. */
  IN_PROGRESS_ON_TIME("In progress, on time", "Đang xử lý trong hạn"),
  /** {@link GroupFigures#inProgressOverdue()}. */
  IN_PROGRESS_OVERDUE("In progress, overdue", "Đang xử lý quá hạn"),
  /** {@link GroupFigures#inProgressDueSoon()}: part of {@link #IN_PROGRESS_ON_TIME}. */
  IN_PROGRESS_DUE_SOON("In progress, due soon", "Sắp đến hạn"),
  /** {@link GroupFigures#waitingForApplicant()}: part of {@link #IN_PROGRESS}. */
  WAITING_FOR_APPLICANT("Waiting for the applicant", "Chờ bổ sung"),
  /** {@link GroupFigures#late()}: finished late plus in progress overdue. */
  LATE("Late", "Trễ hạn"),
  /** {@link GroupFigures#onTimeRate()}. */
  ON_TIME_RATE("On-time rate", "Tỷ lệ đúng hạn"),
  /** {@link GroupFigures#finishedOnTimeRate()}. */
  FINISHED_ON_TIME_RATE("On-time rate of finished dossiers", "Tỷ lệ giải quyết đúng hạn"),
  /** {@link GroupFigures#averageProcessingDays()}. */
  AVERAGE_PROCESSING_DAYS(
      "Average processing time (working days)", "Thời gian giải quyết trung bình (ngày làm việc)"),
  /** {@link GroupFigures#processingDaysP50()}. */
  PROCESSING_DAYS_P50(
      "Median processing time (working days)", "Thời gian giải quyết trung vị (ngày làm việc)"),
  /** {@link GroupFigures#processingDaysP90()}. */
  PROCESSING_DAYS_P90(
      "90th percentile processing time (working days)",
      "Thời gian giải quyết phân vị 90 (ngày làm việc)"),
  /** {@link GroupFigures#pausedDays()}. */
  PAUSED_DAYS("Time paused (working days)", "Thời gian tạm dừng (ngày làm việc)"),
  /** {@link GroupFigures#apologyRequired()}. */
  APOLOGY_REQUIRED("Apology required", "Phải xin lỗi"),
  /** {@link GroupFigures#apologyOnTime()}. */
  APOLOGY_ON_TIME("Apology issued on time", "Đã xin lỗi đúng hạn"),
  /** {@link GroupFigures#apologyLate()}. */
  APOLOGY_LATE("Apology issued late", "Xin lỗi muộn"),
  /** {@link GroupFigures#apologyMissing()}. */
  APOLOGY_MISSING("Apology missing", "Chưa xin lỗi"),
  /** {@link TimelinessIndicator#denominator()}; the 766 method's wording. */
  INDICATOR_766_DENOMINATOR(
      "Dossiers received and processed in the period (766 indicator 2.1)",
      "Tổng số hồ sơ được tiếp nhận, xử lý trong kỳ"),
  /** {@link TimelinessIndicator#numerator()}; the 766 method's wording. */
  INDICATOR_766_NUMERATOR(
      "Dossiers processed early or on time (766 indicator 2.1)",
      "Số hồ sơ đã và đang xử lý đúng hạn hoặc trong hạn trong kỳ"),
  /** {@link TimelinessIndicator#rate()}; the 766 indicator's name. */
  INDICATOR_766_RATE(
      "Rate of dossiers processed early or on time (766 indicator 2.1)",
      "Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn"),
  /** {@link TimelinessIndicator#score()}. */
  INDICATOR_766_SCORE(
      "Timeliness score (766 indicator 2.1)", "Điểm chỉ số 2.1 (Tiến độ giải quyết)"),
  /** {@link LateParty#name()} of an official. */
  OFFICIAL("Official", "Cán bộ, công chức"),
  /** {@link LateParty#name()} of a unit, or {@link LateParty#unit()} of an official. */
  UNIT("Unit", "Đơn vị"),
  /** {@link LateParty#agency()}: the other agency of an inter-agency (liên thông) step. */
  AGENCY("Other agency", "Cơ quan liên thông"),
  /** A procedure's national code. */
  PROCEDURE("Procedure", "Thủ tục hành chính"),
  /** {@link LateParty#lateDossiers()}. */
  LATE_DOSSIERS("Late dossiers attributed", "Số hồ sơ chậm"),
  /** {@link LateParty#totalDelay()}. */
  TOTAL_DELAY("Total delay (working hours)", "Tổng thời gian chậm (giờ làm việc)"),
  /** {@link LateParty#largestDelay()}. */
  LARGEST_DELAY("Largest delay (working hours)", "Thời gian chậm lớn nhất (giờ làm việc)"),
  /** {@link LateParty#dossierCodes()}. */
  DOSSIER_CODES("Dossier codes", "Mã hồ sơ");

  private final String englishLabel;
  private final String vietnameseLabel;

  ReportColumn(String englishLabel, String vietnameseLabel) {
    this.englishLabel = englishLabel;
    this.vietnameseLabel = vietnameseLabel;
  }

  /**
   * The English header.
   *
   * @return the label, never empty
   */
  public String englishLabel() {
    return englishLabel;
  }

  /**
   * The Vietnamese header, the default of formats.
   *
   * @return the label, never empty
   */
  public String vietnameseLabel() {
    return vietnameseLabel;
  }
}
