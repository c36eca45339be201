package io.github.proctime.core;

import io.github.proctime.ProctimeException;

/**
 * Thrown when a dossier and an evaluation given together do not belong together: the evaluation is
 * of another dossier.
 *
 * <pre>{@code
 * try {
 *   check.check(dossier, evaluationOfAnotherDossier);
 * } catch (EvaluationMismatchException e) {
 *   e.dossierCode();            // the dossier's code
 *   e.evaluationDossierCode();  // the code the evaluation is for
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EvaluationMismatchException extends ProctimeException {
  private static final long serialVersionUID = 1L;

  private final String dossierCode;
  private final String evaluationDossierCode;

  /**
   * An exception naming both codes.
   *
   * @param dossierCode the dossier's code
   * @param evaluationDossierCode the code of the dossier the evaluation is for
   */
  public EvaluationMismatchException(String dossierCode, String evaluationDossierCode) {
    super(
        "Invalid value for evaluation.dossierCode (must equal the dossier's code "
            + dossierCode
            + "): "
            + evaluationDossierCode);
    this.dossierCode = dossierCode;
    this.evaluationDossierCode = evaluationDossierCode;
  }

  /**
   * The dossier's code.
   *
   * @return the code
   */
  public String dossierCode() {
    return dossierCode;
  }

  /**
   * The code of the dossier the evaluation is for.
   *
   * @return the code
   */
  public String evaluationDossierCode() {
    return evaluationDossierCode;
  }
}
