package io.github.proctime.core;

/**
 * A rule of the one-stop regulations that a {@link ComplianceCheck} checks on an evaluated dossier,
 * each with the source it comes from.
 *
 * <p>A broken rule becomes a {@link Finding} whose {@link Finding#code()} is {@link #code()},
 * {@link Finding#rule()} is {@link #description()}, {@link Finding#source()} is {@link #source()}
 * and {@link Finding#severity()} is {@link #severity()}. Where a source is UNCONFIRMED, the rule's
 * threshold is a {@link CompliancePolicy} setting the user can change.
 *
 * <pre>{@code
 * findings.stream().filter(f -> f.code().equals(ComplianceRule.APOLOGY_MISSING.code()));
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ComplianceRule {
  /** A late dossier (finished late or overdue) without any apology (văn bản xin lỗi). */
  APOLOGY_MISSING(
      "a dossier that will be late needs an apology with a new appointment",
      "NĐ 61/2018 as summarised in shared/domain/regulations.md §1.2 (article UNCONFIRMED);"
          + " NĐ 118/2025, §1.13",
      Severity.WARNING),
  /** An apology issued after {@link TimelineEvaluation#apologyDeadline()}. */
  APOLOGY_LATE(
      "the apology is due no later than RuleSet.apologyLeadWorkingDays working days before the due"
          + " time",
      "NĐ 61/2018 as summarised in shared/domain/regulations.md §1.2 (\"chậm nhất một ngày trước"
          + " ngày hết hạn\"); the lead is a rule-set setting",
      Severity.WARNING),
  /** An apology that gives no new appointment. */
  APOLOGY_WITHOUT_NEW_APPOINTMENT(
      "an apology states the reason and the new return date",
      "NĐ 61/2018 as summarised in shared/domain/regulations.md §1.2; form 04, §2",
      Severity.WARNING),
  /** More new appointments than {@link RuleSet#maxReschedules()}. */
  RESCHEDULE_REPEATED(
      "the return date may be reset at most RuleSet.maxReschedules times (once by default)",
      "NĐ 61/2018 as summarised in shared/domain/regulations.md §1.3",
      Severity.WARNING),
  /** The rescheduled appointment was missed as well. */
  RESCHEDULED_APPOINTMENT_MISSED(
      "the new appointment given with the apology must be kept",
      "proctime's own check, derived from shared/domain/regulations.md §1.2-1.3 (the apology"
          + " gives the new date; the date may be reset only once)",
      Severity.WARNING),
  /** More supplement requests than {@link RuleSet#maxSupplementRequests()}. */
  SUPPLEMENT_REPEATED(
      "a supplement is requested at most RuleSet.maxSupplementRequests times (once by default);"
          + " the national timeliness method counts a dossier with more as late",
      "QĐ 766/QĐ-TTg formula 2.1, shared/domain/regulations.md §3.2; §1.9 (general rule"
          + " UNCONFIRMED)",
      Severity.WARNING),
  /** A supplement requested after {@link CompliancePolicy#supplementWindowWorkingDays()}. */
  SUPPLEMENT_AFTER_WINDOW(
      "a supplement is requested within CompliancePolicy.supplementWindowWorkingDays working days"
          + " of the clock start",
      "a sector rule quoted in shared/domain/regulations.md §1.9 (3 working days, at most once);"
          + " as a general rule UNCONFIRMED, a CompliancePolicy default",
      Severity.WARNING),
  /** A pause whose reason the rule set does not accept; the clock kept running. */
  PAUSE_INVALID_REASON(
      "a pause stops the clock only for a reason the rule set accepts",
      "shared/domain/regulations.md §6 (improper pauses; no provincial text found, UNCONFIRMED)",
      Severity.WARNING),
  /** A pause longer than {@link CompliancePolicy#maxPauseWorkingDays()}. */
  PAUSE_TOO_LONG(
      "a pause lasts at most CompliancePolicy.maxPauseWorkingDays working days",
      "shared/domain/regulations.md §6 (no legal limit found, UNCONFIRMED; OpenCPS uses a"
          + " configurable waiting timeout); a CompliancePolicy default",
      Severity.INFO),
  /**
   * A result ready (đã xử lý xong) but not returned within {@link
   * CompliancePolicy#returnWithinWorkingDays()}.
   */
  RESULT_NOT_RETURNED(
      "a ready result is returned to the applicant within CompliancePolicy.returnWithinWorkingDays"
          + " working days",
      "proctime's own check (no source sets the time); DVCQG statuses 9 and 10,"
          + " shared/domain/regulations.md §4",
      Severity.INFO),
  /** A result returned (đã trả kết quả) with no result-ready record before it. */
  RESULT_RETURNED_WITHOUT_READY(
      "a result is recorded as ready (status 9) before it is returned (status 10)",
      "DVCQG statuses, shared/domain/regulations.md §4; the 766 method prefers the ready time,"
          + " §3.2",
      Severity.INFO),
  /** An event recorded more than the threshold after it occurred ("quên thao tác"). */
  EVENT_RECORDED_LATE(
      "an event is recorded within CompliancePolicy.lateRecordThreshold of working time after it"
          + " occurred (RuleSet.lateRecordThreshold by default)",
      "proctime's own check (no source sets a threshold, UNCONFIRMED); the control slip records"
          + " hand-over times, shared/domain/regulations.md §2",
      Severity.INFO);

  private final String description;
  private final String source;
  private final Severity severity;
  // Made once: every finding asks for it.
  private final String code;

  ComplianceRule(String description, String source, Severity severity) {
    this.description = description;
    this.source = source;
    this.severity = severity;
    this.code = "COMPLIANCE_" + name();
  }

  /**
   * The code used in findings, such as {@code COMPLIANCE_APOLOGY_MISSING}.
   *
   * @return {@code "COMPLIANCE_"} followed by the constant's name
   */
  public String code() {
    return code;
  }

  /**
   * The rule in words.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Where the rule comes from, with its status.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * How serious breaking the rule is.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }
}
