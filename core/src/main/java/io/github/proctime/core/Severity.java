package io.github.proctime.core;

/**
 * How serious a {@link Finding} is.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Severity {
  /** Worth knowing; no rule was broken. */
  INFO,
  /** A rule was broken but the evaluation is still sound. */
  WARNING,
  /** A rule was broken and the evaluation had to assume something, stated in the finding. */
  ERROR
}
