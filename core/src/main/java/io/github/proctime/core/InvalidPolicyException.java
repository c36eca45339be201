package io.github.proctime.core;

import io.github.proctime.ProctimeException;

/**
 * Thrown when a policy value such as a {@link CompliancePolicy} is built with a setting out of
 * range.
 *
 * <pre>{@code
 * try {
 *   CompliancePolicy.builder().maxPauseWorkingDays(-1).build();
 * } catch (InvalidPolicyException e) {
 *   e.field();  // "maxPauseWorkingDays"
 *   e.value();  // "-1"
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InvalidPolicyException extends ProctimeException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String value;
  private final String rule;

  /**
   * An exception naming the setting, its value and the rule it breaks.
   *
   * @param field the setting's name
   * @param value the value given
   * @param rule what the value must satisfy
   */
  public InvalidPolicyException(String field, String value, String rule) {
    super("Invalid value for " + field + " (" + rule + "): " + value);
    this.field = field;
    this.value = value;
    this.rule = rule;
  }

  /**
   * The setting that is wrong.
   *
   * @return the field name
   */
  public String field() {
    return field;
  }

  /**
   * The value given.
   *
   * @return the value, as text
   */
  public String value() {
    return value;
  }

  /**
   * What the value must satisfy.
   *
   * @return the rule
   */
  public String rule() {
    return rule;
  }
}
