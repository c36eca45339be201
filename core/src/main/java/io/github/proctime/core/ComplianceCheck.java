package io.github.proctime.core;

import io.github.proctime.calendar.CalendarCoverageException;
import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.core.internal.LocalClock;
import io.github.proctime.core.internal.attribution.ComplianceRun;
import java.util.List;
import java.util.Objects;

/**
 * Checks an evaluated dossier against the one-stop regulations and returns what it breaks as {@link
 * Finding}s: apologies, reschedules, supplement requests, pauses, returning the result and late
 * recording (see {@link ComplianceRule}), followed by the anomalies its lenient evaluation found,
 * passed through unchanged.
 *
 * <p>Each finding has its rule's code, description, source and severity, the event concerned, the
 * official and unit concerned, a message and the evidence (the instants and amounts it rests on).
 * Rules read on a timeline (apologies, reschedules, supplements, pauses) are checked on both: a
 * finding that holds on both has no {@link Finding#timeline()}, one that holds on one timeline only
 * names it. Thresholds no source fixes come from a {@link CompliancePolicy}.
 *
 * <pre>{@code
 * ComplianceCheck check = ComplianceCheck.of(WorkingCalendars.vietnam());
 * for (Finding f : check.check(dossier, evaluator.evaluate(dossier, asOf))) {
 *   System.out.println(f.code() + " " + f.official().orElse("-") + ": " + f.message());
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; checking is pure and deterministic.
 */
public final class ComplianceCheck {
  private final WorkingCalendar calendar;
  private final CompliancePolicy policy;
  private final LocalClock clock;

  private ComplianceCheck(WorkingCalendar calendar, CompliancePolicy policy) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.clock = LocalClock.of(calendar.zone());
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * A check with the default policy.
   *
   * @param calendar the working calendar the evaluations were made with
   * @return the check
   */
  public static ComplianceCheck of(WorkingCalendar calendar) {
    return new ComplianceCheck(calendar, CompliancePolicy.defaults());
  }

  /**
   * A check with a chosen policy.
   *
   * @param calendar the working calendar the evaluations were made with
   * @param policy the thresholds
   * @return the check
   */
  public static ComplianceCheck of(WorkingCalendar calendar, CompliancePolicy policy) {
    return new ComplianceCheck(calendar, policy);
  }

  /**
   * Checks a dossier.
   *
   * @param dossier the dossier, whose events give the recording delays and the return of the result
   * @param evaluation the dossier's evaluation
   * @return the findings: compliance findings in rule order, then the evaluation's own findings
   * @throws EvaluationMismatchException if the evaluation is of another dossier
   * @throws CalendarCoverageException if the dossier's instants fall outside the calendar
   */
  public List<Finding> check(Dossier dossier, Evaluation evaluation) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(evaluation, "evaluation");
    if (!dossier.code().equals(evaluation.dossierCode())) {
      throw new EvaluationMismatchException(dossier.code(), evaluation.dossierCode());
    }
    return new ComplianceRun(calendar, policy, dossier, evaluation, clock).run();
  }

  /**
   * The working calendar.
   *
   * @return the calendar
   */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /**
   * The policy.
   *
   * @return the policy
   */
  public CompliancePolicy policy() {
    return policy;
  }
}
