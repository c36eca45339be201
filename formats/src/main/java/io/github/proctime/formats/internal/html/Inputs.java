package io.github.proctime.formats.internal.html;

import io.github.proctime.core.Dossier;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.Procedure;
import io.github.proctime.formats.html.DocumentInputException;
import java.util.Objects;

/**
 * Checks that the inputs of a document belong together.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Inputs {
  private Inputs() {}

  /**
   * Checks that the dossier is the evaluated one.
   *
   * @param evaluation the evaluation
   * @param dossier the dossier
   * @throws DocumentInputException if the codes differ
   */
  public static void check(Evaluation evaluation, Dossier dossier) {
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(dossier, "dossier");
    if (!evaluation.dossierCode().equals(dossier.code())) {
      throw new DocumentInputException(
          "dossier.code", "'" + evaluation.dossierCode() + "'", dossier.code());
    }
  }

  /**
   * Checks that the dossier is the evaluated one and the procedure the evaluated one.
   *
   * @param evaluation the evaluation
   * @param dossier the dossier
   * @param procedure the procedure
   * @throws DocumentInputException if the dossier or the procedure codes differ
   */
  public static void check(Evaluation evaluation, Dossier dossier, Procedure procedure) {
    check(evaluation, dossier);
    Objects.requireNonNull(procedure, "procedure");
    if (!evaluation.procedureCode().equals(procedure.code())) {
      throw new DocumentInputException(
          "procedure.code", "'" + evaluation.procedureCode() + "'", procedure.code());
    }
  }
}
