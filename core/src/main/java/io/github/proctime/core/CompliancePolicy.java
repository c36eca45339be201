package io.github.proctime.core;

import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The thresholds of a {@link ComplianceCheck} that no source fixes, each a documented default the
 * user can change.
 *
 * <pre>{@code
 * CompliancePolicy policy = CompliancePolicy.builder()
 *     .supplementWindowWorkingDays(5)
 *     .lateRecordThreshold(Duration.ofHours(8))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CompliancePolicy {
  CompliancePolicy() {}

  /**
   * How many working days after the clock start a supplement may still be requested: a request
   * after the end of that working day is {@link ComplianceRule#SUPPLEMENT_AFTER_WINDOW}. Default 3,
   * from a sector rule ("within 3 working days of receipt, at most once") quoted in {@code
   * shared/domain/regulations.md} §1.9; as a general rule UNCONFIRMED.
   *
   * @return the window, in working days, zero or more
   */
  @Value.Default
  public int supplementWindowWorkingDays() {
    return 3;
  }

  /**
   * The longest a pause may last, in working days from the day it opened to the day it closed (or
   * the evaluation instant): longer is {@link ComplianceRule#PAUSE_TOO_LONG}. Default 30, after the
   * configurable waiting timeout of OpenCPS cited in {@code shared/domain/regulations.md} §6; no
   * legal limit was found (UNCONFIRMED).
   *
   * @return the limit, in working days, zero or more
   */
  @Value.Default
  public int maxPauseWorkingDays() {
    return 30;
  }

  /**
   * How many working days after the result is ready (đã xử lý xong) it may stay unreturned before
   * {@link ComplianceRule#RESULT_NOT_RETURNED}. Default 5: proctime's own choice, no source sets
   * it.
   *
   * @return the time, in working days, zero or more
   */
  @Value.Default
  public int returnWithinWorkingDays() {
    return 5;
  }

  /**
   * How much working time may pass between an event's occurrence and its recording before {@link
   * ComplianceRule#EVENT_RECORDED_LATE}; empty to use {@link RuleSet#lateRecordThreshold()} of the
   * dossier's rule set (4 hours by default, UNCONFIRMED).
   *
   * @return the threshold, if overridden
   */
  public abstract Optional<Duration> lateRecordThreshold();

  /**
   * The policy with every default.
   *
   * @return the default policy
   */
  public static CompliancePolicy defaults() {
    return builder().build();
  }

  /**
   * A builder of policies.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    requireNotNegative("supplementWindowWorkingDays", supplementWindowWorkingDays());
    requireNotNegative("maxPauseWorkingDays", maxPauseWorkingDays());
    requireNotNegative("returnWithinWorkingDays", returnWithinWorkingDays());
    if (lateRecordThreshold().isPresent() && lateRecordThreshold().get().isNegative()) {
      throw new InvalidPolicyException(
          "lateRecordThreshold", lateRecordThreshold().get().toString(), "must not be negative");
    }
  }

  private static void requireNotNegative(String field, int value) {
    if (value < 0) {
      throw new InvalidPolicyException(field, Integer.toString(value), "must not be negative");
    }
  }

  /** Builds {@link CompliancePolicy} instances; not thread-safe. */
  public static final class Builder extends ImmutableCompliancePolicy.Builder {
    Builder() {}
  }
}
