package io.github.proctime.core;

/**
 * How an {@link Evaluator} treats a dossier whose log breaks a {@link LogRule}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum EvaluationMode {
  /** Throw {@link InvalidDossierException} at the first broken rule. */
  STRICT,
  /**
   * Evaluate what can be evaluated and report every broken rule as a {@link Finding}, saying what
   * was done with the event; never drop or reorder an event silently. A dossier with nothing to
   * evaluate (no receipt, unknown procedure, no version or rule set in force) still throws.
   */
  LENIENT
}
