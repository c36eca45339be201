package io.github.proctime.core;

import io.github.proctime.ProctimeException;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Thrown when a dossier cannot be evaluated as given: its log breaks a {@link LogRule}, or its
 * procedure, version or rule set cannot be found.
 *
 * <p>The accessors name what is wrong so that a caller never parses the message: the dossier, the
 * index of the offending event in {@link Dossier#events()} (absent when the problem is not one
 * event's), the field, the value found and the rule broken.
 *
 * <pre>{@code
 * try {
 *   evaluator.evaluate(dossier, asOf);
 * } catch (InvalidDossierException e) {
 *   log(e.dossierCode(), e.eventIndex(), e.field(), e.value(), e.rule());
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InvalidDossierException extends ProctimeException {
  private static final long serialVersionUID = 1L;

  /** The dossier at fault. */
  private final String dossierCode;

  /** The offending event's index, or -1. */
  private final int eventIndex;

  /** The field at fault. */
  private final String field;

  /** The value found, empty when missing. */
  private final String value;

  /** The rule broken. */
  private final LogRule rule;

  /**
   * Creates the exception.
   *
   * @param dossierCode the dossier's code
   * @param eventIndex the offending event's index in the log, or -1 if no single event
   * @param field the field at fault, such as {@code "toOfficial"} or {@code "procedureCode"}
   * @param value the value found, or an empty string if the field is missing
   * @param rule the rule broken
   * @param message what is wrong, naming the field, the value and the rule
   */
  public InvalidDossierException(
      String dossierCode,
      int eventIndex,
      String field,
      String value,
      LogRule rule,
      String message) {
    super(Objects.requireNonNull(message, "message"));
    this.dossierCode = Objects.requireNonNull(dossierCode, "dossierCode");
    this.eventIndex = eventIndex < 0 ? -1 : eventIndex;
    this.field = Objects.requireNonNull(field, "field");
    this.value = Objects.requireNonNull(value, "value");
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  /**
   * The code of the dossier at fault.
   *
   * @return the dossier code
   */
  public String dossierCode() {
    return dossierCode;
  }

  /**
   * The index of the offending event in {@link Dossier#events()}.
   *
   * @return the index, or empty when the problem is not one event's
   */
  public OptionalInt eventIndex() {
    return eventIndex < 0 ? OptionalInt.empty() : OptionalInt.of(eventIndex);
  }

  /**
   * The field at fault, such as {@code "toOfficial"}, {@code "occurredAt"} or {@code
   * "procedureCode"}.
   *
   * @return the field's name
   */
  public String field() {
    return field;
  }

  /**
   * The value found in the field.
   *
   * @return the value as text, or an empty string when the field is missing
   */
  public String value() {
    return value;
  }

  /**
   * The rule broken.
   *
   * @return the rule
   */
  public LogRule rule() {
    return rule;
  }
}
