package io.github.proctime.core;

import java.util.List;
import org.immutables.value.Value;

/**
 * Everything proctime says about one dossier at one instant: its {@link Evaluation} (due time,
 * state, step ledger, explanation, log anomalies), the {@link Attribution} of its delay, and the
 * compliance findings of {@link ComplianceCheck}.
 *
 * <p>Made by an {@link Assessor}; the three parts are also available separately from {@link
 * Evaluator}, {@link Attributor} and {@link ComplianceCheck} for callers who need only one.
 *
 * <pre>{@code
 * Assessment a = assessor.assess(dossier, asOf);
 * a.evaluation().state();       // IN_PROGRESS_OVERDUE
 * a.attribution().shares();     // who caused the delay
 * a.compliance();               // e.g. COMPLIANCE_APOLOGY_MISSING
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Assessment {
  Assessment() {}

  /**
   * The evaluation of the dossier.
   *
   * @return the evaluation
   */
  public abstract Evaluation evaluation();

  /**
   * The attribution of the delay on the occurred timeline (no shares when the dossier is not late).
   *
   * @return the attribution
   */
  public abstract Attribution attribution();

  /**
   * The compliance findings, followed by the evaluation's own log anomalies, as {@link
   * ComplianceCheck#check(Dossier, Evaluation)} returns them.
   *
   * @return the findings
   */
  public abstract List<Finding> compliance();

  /**
   * The dossier's code.
   *
   * @return the code
   */
  public String dossierCode() {
    return evaluation().dossierCode();
  }

  /**
   * Creates an assessment.
   *
   * @param evaluation the evaluation
   * @param attribution the attribution of the same dossier
   * @param compliance the compliance findings
   * @return the assessment
   * @throws IllegalArgumentException if the attribution is of another dossier
   */
  public static Assessment of(
      Evaluation evaluation, Attribution attribution, List<Finding> compliance) {
    return ImmutableAssessment.builder()
        .evaluation(evaluation)
        .attribution(attribution)
        .compliance(compliance)
        .build();
  }

  @Value.Check
  void check() {
    if (!attribution().dossierCode().equals(evaluation().dossierCode())) {
      throw new IllegalArgumentException(
          "Invalid Assessment: attribution of dossier "
              + attribution().dossierCode()
              + " does not belong to the evaluation of dossier "
              + evaluation().dossierCode());
    }
  }
}
