package io.github.proctime.formats.html;

import io.github.proctime.ProctimeException;

/**
 * Thrown when the inputs of a document do not belong together, such as an evaluation of one dossier
 * rendered with another dossier, a dossier with the wrong procedure, or an apology drafted for a
 * dossier that has already ended.
 *
 * <pre>{@code
 * try {
 *   ControlSlips.render(evaluation, dossier, procedure);
 * } catch (DocumentInputException e) {
 *   log(e.field(), e.expected(), e.actual()); // "dossier.code", "H40-0001", "H40-0002"
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DocumentInputException extends ProctimeException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String expected;
  private final String actual;

  /**
   * Creates the exception.
   *
   * @param field the input field that does not match, such as {@code dossier.code}
   * @param expected what the other inputs require, such as {@code 'H40-0001'} or {@code a state in
   *     progress}
   * @param actual the value given
   */
  public DocumentInputException(String field, String expected, String actual) {
    super("Invalid value for " + field + " (expected " + expected + "): '" + actual + "'");
    this.field = field;
    this.expected = expected;
    this.actual = actual;
  }

  /**
   * The input field that does not match.
   *
   * @return the field, such as {@code dossier.code} or {@code procedure.code}
   */
  public String field() {
    return field;
  }

  /**
   * The value the other inputs require.
   *
   * @return the expected value
   */
  public String expected() {
    return expected;
  }

  /**
   * The value given.
   *
   * @return the actual value
   */
  public String actual() {
    return actual;
  }
}
