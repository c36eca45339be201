package io.github.proctime;

/**
 * The root of every exception proctime throws for bad input or an unanswerable question.
 *
 * <p>Each subtype carries accessors for what a caller needs in order to act (the dossier, the
 * event, the field, the value, the source line), so that callers never have to parse a message. All
 * are unchecked: bad input is a programming or data error that the caller decides how to report.
 *
 * <p>This class is immutable and thread-safe if its subclasses are.
 */
public class ProctimeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what is wrong, naming the field, the value and the rule
   */
  public ProctimeException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the cause it wraps.
   *
   * @param message what is wrong, naming the field, the value and the rule
   * @param cause the underlying failure, kept for diagnosis
   */
  public ProctimeException(String message, Throwable cause) {
    super(message, cause);
  }
}
