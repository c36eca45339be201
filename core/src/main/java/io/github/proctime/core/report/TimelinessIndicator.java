package io.github.proctime.core.report;

import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The national portal's timeliness indicator 2.1 for one group (Quyết định 766/QĐ-TTg, "Tỷ lệ hồ sơ
 * xử lý trước hạn, đúng hạn", {@code shared/domain/regulations.md} §3.2): its numerator,
 * denominator, rate and score.
 *
 * <p>{@code rate = numerator / denominator}: the dossiers processed or being processed early or on
 * time in the period over the dossiers received and processed in the period, as the {@link
 * Indicator766Policy} selects and judges them. {@code score = maxPoints × min(1, rate /
 * scoreTarget)}, by default {@code rate × 20}. Both are empty when the denominator is zero (the
 * method's "N/A", §3.1); a caller that prints 0 instead decides so itself.
 *
 * <pre>{@code
 * TimelinessIndicator i = report.total().indicator766();
 * i.rate();   // OptionalDouble[0.8771]
 * i.score();  // OptionalDouble[17.54]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TimelinessIndicator {
  TimelinessIndicator() {}

  /**
   * The dossiers received and processed in the period ("tổng số hồ sơ được tiếp nhận, xử lý trong
   * kỳ").
   *
   * @return the denominator, zero or more
   */
  public abstract long denominator();

  /**
   * The dossiers processed or being processed early or on time ("số hồ sơ đã và đang xử lý đúng hạn
   * hoặc trong hạn trong kỳ").
   *
   * @return the numerator, from zero to the denominator
   */
  public abstract long numerator();

  /**
   * The dossiers of the denominator counted late because they had more than one supplement request,
   * whatever their times.
   *
   * @return the count, zero or more
   */
  public abstract long lateByRepeatedSupplement();

  /**
   * The points of the indicator, from the policy.
   *
   * @return the maximum points
   */
  public abstract double maxPoints();

  /**
   * The rate from which the full points are given, from the policy.
   *
   * @return the target, in (0, 1]
   */
  public abstract double scoreTarget();

  /**
   * The dossiers of the denominator judged late.
   *
   * @return {@code denominator - numerator}
   */
  public long late() {
    return denominator() - numerator();
  }

  /**
   * The rate of dossiers processed early or on time.
   *
   * @return {@code numerator / denominator} in [0, 1], or empty if the denominator is zero
   */
  public OptionalDouble rate() {
    return denominator() == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) numerator() / denominator());
  }

  /**
   * The score.
   *
   * @return {@code maxPoints × min(1, rate / scoreTarget)}, or empty if the denominator is zero
   */
  public OptionalDouble score() {
    OptionalDouble rate = rate();
    return rate.isPresent()
        ? OptionalDouble.of(maxPoints() * Math.min(1.0, rate.getAsDouble() / scoreTarget()))
        : OptionalDouble.empty();
  }

  /**
   * A builder, used by the aggregator.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (denominator() < 0 || numerator() < 0 || numerator() > denominator()) {
      throw new IllegalArgumentException(
          "Invalid TimelinessIndicator: numerator "
              + numerator()
              + " must be in [0, denominator "
              + denominator()
              + "]");
    }
  }

  /** Builds {@link TimelinessIndicator} instances; not thread-safe. */
  public static final class Builder extends ImmutableTimelinessIndicator.Builder {
    Builder() {}
  }
}
