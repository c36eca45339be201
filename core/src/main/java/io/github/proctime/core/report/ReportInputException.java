package io.github.proctime.core.report;

import io.github.proctime.ProctimeException;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a period report cannot be built from what it was given: a period whose end is not
 * after its start, an evaluation read at another instant than the report's judgement instant, an
 * attribution for another dossier, a late dossier without its attribution, or two aggregators with
 * different settings merged.
 *
 * <p>The accessors name what is wrong so that a caller never parses the message: the dossier (when
 * the problem is one dossier's), the field and the value found.
 *
 * <pre>{@code
 * try {
 *   aggregator.add(entry);
 * } catch (ReportInputException e) {
 *   log(e.dossierCode(), e.field(), e.value());
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportInputException extends ProctimeException {
  private static final long serialVersionUID = 1L;

  private final String dossierCode;
  private final String field;
  private final String value;

  /**
   * Creates the exception.
   *
   * @param dossierCode the dossier at fault, or {@code null} when the problem is not one dossier's
   * @param field the field at fault, such as {@code "asOf"} or {@code "attribution.dossierCode"}
   * @param value the value found, or an empty string if the field is missing
   * @param message what is wrong, naming the field, the value and the rule
   */
  public ReportInputException(String dossierCode, String field, String value, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.dossierCode = dossierCode;
    this.field = Objects.requireNonNull(field, "field");
    this.value = Objects.requireNonNull(value, "value");
  }

  /**
   * The code of the dossier at fault.
   *
   * @return the dossier code, or empty when the problem is not one dossier's
   */
  public Optional<String> dossierCode() {
    return Optional.ofNullable(dossierCode);
  }

  /**
   * The field at fault.
   *
   * @return the field's name
   */
  public String field() {
    return field;
  }

  /**
   * The value found in the field.
   *
   * @return the value, or an empty string if it was missing
   */
  public String value() {
    return value;
  }
}
