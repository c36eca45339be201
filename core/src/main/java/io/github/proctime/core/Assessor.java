package io.github.proctime.core;

import java.time.Instant;
import java.util.Objects;

/**
 * Evaluates a dossier, attributes its delay and checks its compliance in one call.
 *
 * <pre>{@code
 * Assessor assessor = Assessor.of(evaluator);          // default attribution and compliance policy
 * Assessment a = assessor.assess(dossier, Instant.now());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Assessor {
  private final Evaluator evaluator;
  private final Attributor attributor;
  private final ComplianceCheck compliance;

  private Assessor(Evaluator evaluator, Attributor attributor, ComplianceCheck compliance) {
    this.evaluator = evaluator;
    this.attributor = attributor;
    this.compliance = compliance;
  }

  /**
   * An assessor with the default attribution method and compliance policy, on the evaluator's
   * calendar.
   *
   * @param evaluator the evaluator
   * @return the assessor
   */
  public static Assessor of(Evaluator evaluator) {
    Objects.requireNonNull(evaluator, "evaluator");
    return new Assessor(
        evaluator, Attributor.of(evaluator.calendar()), ComplianceCheck.of(evaluator.calendar()));
  }

  /**
   * An assessor with a chosen attribution method and compliance policy.
   *
   * @param evaluator the evaluator
   * @param attributor the attributor
   * @param compliance the compliance check
   * @return the assessor
   */
  public static Assessor of(
      Evaluator evaluator, Attributor attributor, ComplianceCheck compliance) {
    return new Assessor(
        Objects.requireNonNull(evaluator, "evaluator"),
        Objects.requireNonNull(attributor, "attributor"),
        Objects.requireNonNull(compliance, "compliance"));
  }

  /**
   * Assesses a dossier at an instant.
   *
   * @param dossier the dossier
   * @param asOf the instant
   * @return the evaluation, attribution and compliance findings
   * @throws InvalidDossierException as {@link Evaluator#evaluate(Dossier, Instant)} does
   */
  public Assessment assess(Dossier dossier, Instant asOf) {
    Evaluation evaluation = evaluator.evaluate(dossier, asOf);
    return Assessment.of(
        evaluation, attributor.attribute(evaluation), compliance.check(dossier, evaluation));
  }

  /**
   * The evaluator.
   *
   * @return the evaluator
   */
  public Evaluator evaluator() {
    return evaluator;
  }
}
