package io.github.proctime.core.report;

import io.github.proctime.core.Timeline;
import org.immutables.value.Value;

/**
 * The choices proctime makes where the national portal's method for the timeliness indicator 2.1
 * (Quyết định 766/QĐ-TTg, "Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn") is ambiguous or silent, each a
 * named, overridable policy ({@code shared/domain/regulations.md} §3.2).
 *
 * <ul>
 *   <li>{@link #timeline()}: default {@link Timeline#RECORDED}. The portal computes from the synced
 *       fields, which carry the times entered in the system, so a step recorded late ("quên thao
 *       tác") counts against the score as it does on the portal. Choose {@link Timeline#OCCURRED}
 *       to score what really happened.
 *   <li>{@link #denominator()}: default {@link Indicator766Denominator#RECEIVED_OR_CARRIED_OVER}
 *       (UNCONFIRMED).
 *   <li>{@link #appointment()}: default {@link Indicator766Appointment#ORIGINAL} (UNCONFIRMED).
 *   <li>{@link #maxPoints()} 20 and {@link #scoreTarget()} 1.0: score = {@code maxPoints × min(1,
 *       rate / scoreTarget)}. With the defaults this is {@code rate × 20}, the conversion the
 *       portal's dashboard is observed to use (314 557 / 358 643 × 20 = 17.54); the method document
 *       does not state it (flagged in the source, UNCONFIRMED). A target below 1 gives the
 *       conversion the method states for indicators that have a target (§3.1: full points from the
 *       target up, proportional below it).
 * </ul>
 *
 * <p>What is not a policy because the method states it: the end-event priority (đã xử lý xong
 * before đã trả kết quả before dừng xử lý / từ chối / rút hồ sơ, as {@link
 * io.github.proctime.core.TimelineEvaluation#endedAt()} applies it); the supplement wait subtracted
 * from the end as elapsed time (completion of the supplement minus its request); more than one
 * supplement request counts as late; a dossier waiting for a supplement with no reply ends at the
 * request; a dossier with no end is judged at the report's judgement instant (24:00 of the period's
 * last day, or the as-of instant of a live report); on time when the adjusted end is not after the
 * appointment ("NgayKetThucXuLy ≤ NgayHenTra", compared to the second as the synced fields are).
 *
 * <pre>{@code
 * Indicator766Policy occurred = Indicator766Policy.builder()
 *     .from(Indicator766Policy.standard()).timeline(Timeline.OCCURRED).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Indicator766Policy {
  Indicator766Policy() {}

  /**
   * The defaults described in the class comment.
   *
   * @return the standard policy
   */
  public static Indicator766Policy standard() {
    return builder().build();
  }

  /**
   * Which timeline the indicator reads. Default {@link Timeline#RECORDED}.
   *
   * @return the timeline
   */
  @Value.Default
  public Timeline timeline() {
    return Timeline.RECORDED;
  }

  /**
   * Which dossiers enter the denominator. Default {@link
   * Indicator766Denominator#RECEIVED_OR_CARRIED_OVER}.
   *
   * @return the denominator policy
   */
  @Value.Default
  public Indicator766Denominator denominator() {
    return Indicator766Denominator.RECEIVED_OR_CARRIED_OVER;
  }

  /**
   * Which appointment the end is compared with. Default {@link Indicator766Appointment#ORIGINAL}.
   *
   * @return the appointment policy
   */
  @Value.Default
  public Indicator766Appointment appointment() {
    return Indicator766Appointment.ORIGINAL;
  }

  /**
   * The points of the indicator. Default 20 (group 2 of the 766 index, §3.1).
   *
   * @return the maximum points, more than zero
   */
  @Value.Default
  public double maxPoints() {
    return 20.0;
  }

  /**
   * The rate from which the full points are given. Default 1.0, which makes the score proportional
   * to the rate.
   *
   * @return the target, in (0, 1]
   */
  @Value.Default
  public double scoreTarget() {
    return 1.0;
  }

  /**
   * A builder; start from {@link #standard()} with {@code from(...)}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (!(maxPoints() > 0) || Double.isInfinite(maxPoints())) {
      throw new ReportInputException(
          null,
          "maxPoints",
          Double.toString(maxPoints()),
          "Invalid value for Indicator766Policy.maxPoints (must be finite and more than 0): "
              + maxPoints());
    }
    if (!(scoreTarget() > 0 && scoreTarget() <= 1)) {
      throw new ReportInputException(
          null,
          "scoreTarget",
          Double.toString(scoreTarget()),
          "Invalid value for Indicator766Policy.scoreTarget (valid values (0, 1]): "
              + scoreTarget());
    }
  }

  /** Builds {@link Indicator766Policy} instances; not thread-safe. */
  public static final class Builder extends ImmutableIndicator766Policy.Builder {
    Builder() {}
  }
}
