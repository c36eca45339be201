package io.github.proctime.core.report;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The figures of one group of a period report (the province, a unit, an official or a procedure):
 * how many dossiers it had to process, how they ended or stand, how long they took, their pauses,
 * apologies and the 766 timeliness indicator.
 *
 * <p>The counts follow the period semantics of {@link ReportAggregator}: every dossier of the group
 * is either {@linkplain #received() received} in the period or {@linkplain #carriedOver() carried
 * over}, and either ended in the period (early, on time, late, refused, withdrawn, stopped) or in
 * progress at the judgement instant (on time or overdue), so {@code received + carriedOver ==
 * finished + refused + withdrawn + stopped + inProgress}.
 *
 * <p>Processing times are working time on the report's timeline, net of legitimate pauses ({@link
 * io.github.proctime.core.TimelineEvaluation#elapsed()}), over the dossiers finished with a result
 * in the period (early, on time or late: the 766 method's "completed dossiers", §3.2 indicator
 * 2.2). Working days are that time divided by {@link #workingDayLength()}. The percentiles come
 * from a bounded histogram of whole working minutes (seconds dropped): exact below 256 working
 * minutes, otherwise rounded down to a bucket whose width is at most 1/128 of the value (under 0.8
 * percent): a p90 of 15 working days of 8 hours (7 200 minutes) falls in a bucket 32 working
 * minutes wide and is at most that much below the true nearest-rank value.
 *
 * <pre>{@code
 * GroupFigures unit = report.groups(ReportDimension.UNIT).get("SO_TNMT");
 * unit.toProcess(); unit.late(); unit.onTimeRate(); unit.processingDaysP90();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class GroupFigures {
  GroupFigures() {}

  /**
   * Dossiers received in the period (tiếp nhận trong kỳ).
   *
   * @return the count
   */
  public abstract long received();

  /**
   * Dossiers received before the period and not ended before it started (tồn kỳ trước chuyển sang).
   *
   * @return the count
   */
  public abstract long carriedOver();

  /**
   * Dossiers finished with a result in the period, early (trước hạn).
   *
   * @return the count
   */
  public abstract long finishedEarly();

  /**
   * Dossiers finished with a result in the period, on time (đúng hạn).
   *
   * @return the count
   */
  public abstract long finishedOnTime();

  /**
   * Dossiers finished with a result in the period, late (quá hạn).
   *
   * @return the count
   */
  public abstract long finishedLate();

  /**
   * Dossiers refused in the period (từ chối).
   *
   * @return the count
   */
  public abstract long refused();

  /**
   * Dossiers withdrawn by the applicant in the period (rút hồ sơ).
   *
   * @return the count
   */
  public abstract long withdrawn();

  /**
   * Dossiers whose processing was stopped in the period (dừng xử lý).
   *
   * @return the count
   */
  public abstract long stopped();

  /**
   * Dossiers in progress at the judgement instant and not past their due time (đang xử lý trong
   * hạn), including those waiting for the applicant or paused before their due time.
   *
   * @return the count
   */
  public abstract long inProgressOnTime();

  /**
   * Dossiers in progress at the judgement instant and past their due time (đang xử lý quá hạn):
   * state {@link io.github.proctime.core.DossierState#IN_PROGRESS_OVERDUE}, or waiting or paused
   * with a negative remaining time (the pause began after the due time).
   *
   * @return the count
   */
  public abstract long inProgressOverdue();

  /**
   * Of the dossiers {@linkplain #inProgressOnTime() in progress on time}, those past their due-soon
   * instant (state {@link io.github.proctime.core.DossierState#IN_PROGRESS_DUE_SOON}, threshold
   * {@link io.github.proctime.core.RuleSet#dueSoonWorkingDays()}): Gia Lai's "sắp trễ" ({@code
   * shared/domain/regulations.md} §3.2).
   *
   * @return the count, at most {@link #inProgressOnTime()}
   */
  public abstract long inProgressDueSoon();

  /**
   * Of the dossiers {@linkplain #inProgress() in progress}, those waiting for the applicant (state
   * {@link io.github.proctime.core.DossierState#WAITING_FOR_APPLICANT}: a supplement, or a
   * financial obligation when the rule set stops the clock for it), whether on time or overdue.
   *
   * @return the count, at most {@link #inProgress()}
   */
  public abstract long waitingForApplicant();

  /**
   * The working time used by the dossiers finished with a result, net of legitimate pauses, summed.
   *
   * @return the total processing time
   */
  public abstract Duration totalProcessingTime();

  /**
   * The median processing time of the dossiers finished with a result (nearest rank, histogram
   * precision as in the class comment).
   *
   * @return the median, or empty if none finished
   */
  public abstract Optional<Duration> processingTimeP50();

  /**
   * The 90th percentile processing time of the dossiers finished with a result (nearest rank: the
   * smallest time at least 90 % of them do not exceed; histogram precision as in the class
   * comment).
   *
   * @return the 90th percentile, or empty if none finished
   */
  public abstract Optional<Duration> processingTimeP90();

  /**
   * The working time inside legitimate pauses of every dossier of the group (received or carried
   * over), up to its end or the judgement instant, summed.
   *
   * @return the paused time
   */
  public abstract Duration totalPaused();

  /**
   * The working time inside invalid pauses (pauses without an accepted reason, which kept counting)
   * of every dossier of the group, summed.
   *
   * @return the invalidly paused time
   */
  public abstract Duration totalInvalidlyPaused();

  /**
   * Dossiers that required an apology whose first apology was issued no later than the apology
   * deadline (đã xin lỗi đúng hạn).
   *
   * @return the count
   */
  public abstract long apologyOnTime();

  /**
   * Dossiers that required an apology whose first apology was issued after the apology deadline.
   *
   * @return the count
   */
  public abstract long apologyLate();

  /**
   * Dossiers that required an apology and have none (chưa xin lỗi).
   *
   * @return the count
   */
  public abstract long apologyMissing();

  /**
   * The length of a working day used to express working time in days, from the aggregator.
   *
   * @return the working-day length
   */
  public abstract Duration workingDayLength();

  /**
   * The 766 timeliness indicator 2.1 of the group.
   *
   * @return the indicator
   */
  public abstract TimelinessIndicator indicator766();

  /**
   * The dossiers the group had to process (tổng số hồ sơ phải giải quyết).
   *
   * @return {@code received + carriedOver}
   */
  public long toProcess() {
    return received() + carriedOver();
  }

  /**
   * The dossiers finished with a result in the period (đã giải quyết).
   *
   * @return {@code finishedEarly + finishedOnTime + finishedLate}
   */
  public long finished() {
    return finishedEarly() + finishedOnTime() + finishedLate();
  }

  /**
   * The dossiers that ended in the period, with or without a result.
   *
   * @return {@code finished + refused + withdrawn + stopped}
   */
  public long ended() {
    return finished() + refused() + withdrawn() + stopped();
  }

  /**
   * The dossiers in progress at the judgement instant (đang xử lý).
   *
   * @return {@code inProgressOnTime + inProgressOverdue}
   */
  public long inProgress() {
    return inProgressOnTime() + inProgressOverdue();
  }

  /**
   * The late dossiers (trễ hạn).
   *
   * @return {@code finishedLate + inProgressOverdue}
   */
  public long late() {
    return finishedLate() + inProgressOverdue();
  }

  /**
   * The dossiers that required an apology: the {@linkplain #late() late} ones (this extends {@link
   * io.github.proctime.core.TimelineEvaluation#isApologyRequired()} to dossiers waiting or paused
   * past their due time), and any other that has an apology (taken as evidence that one was
   * required, for example a dossier that met its new appointment). Compliance is judged on the
   * first apology against {@link io.github.proctime.core.TimelineEvaluation#apologyDeadline()}
   * ({@link io.github.proctime.core.ApologyRecord#isTimely()}).
   *
   * @return {@code apologyOnTime + apologyLate + apologyMissing}
   */
  public long apologyRequired() {
    return apologyOnTime() + apologyLate() + apologyMissing();
  }

  /**
   * The on-time rate as provinces print it (Gia Lai practice, {@code shared/domain/regulations.md}
   * §3.2: "Tỉ lệ đúng hạn = 100% − Tỉ lệ trễ hạn", with "Tỉ lệ trễ hạn = (late in progress + late
   * finished) / (received this month + carried over)").
   *
   * <p>{@code onTimeRate = (toProcess − finishedLate − inProgressOverdue) / toProcess}. Refused,
   * withdrawn and stopped dossiers count as not late.
   *
   * @return the rate in [0, 1], or empty if the group had nothing to process
   */
  public OptionalDouble onTimeRate() {
    return toProcess() == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) (toProcess() - late()) / toProcess());
  }

  /**
   * The on-time rate of the dossiers finished with a result.
   *
   * <p>{@code finishedOnTimeRate = (finishedEarly + finishedOnTime) / finished}.
   *
   * @return the rate in [0, 1], or empty if none finished
   */
  public OptionalDouble finishedOnTimeRate() {
    return finished() == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) (finishedEarly() + finishedOnTime()) / finished());
  }

  /**
   * The average processing time of the dossiers finished with a result, in working days.
   *
   * @return {@code totalProcessingTime / finished / workingDayLength}, or empty if none finished
   */
  public OptionalDouble averageProcessingDays() {
    return finished() == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(days(totalProcessingTime()) / finished());
  }

  /**
   * The median processing time in working days.
   *
   * @return {@link #processingTimeP50()} divided by {@link #workingDayLength()}, or empty
   */
  public OptionalDouble processingDaysP50() {
    return processingTimeP50().map(d -> OptionalDouble.of(days(d))).orElse(OptionalDouble.empty());
  }

  /**
   * The 90th percentile processing time in working days.
   *
   * @return {@link #processingTimeP90()} divided by {@link #workingDayLength()}, or empty
   */
  public OptionalDouble processingDaysP90() {
    return processingTimeP90().map(d -> OptionalDouble.of(days(d))).orElse(OptionalDouble.empty());
  }

  /**
   * The legitimately paused time in working days.
   *
   * @return {@link #totalPaused()} divided by {@link #workingDayLength()}
   */
  public double pausedDays() {
    return days(totalPaused());
  }

  private double days(Duration d) {
    return (double) d.toSeconds() / workingDayLength().toSeconds();
  }

  /**
   * A builder, used by the aggregator.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GroupFigures} instances; not thread-safe. */
  public static final class Builder extends ImmutableGroupFigures.Builder {
    Builder() {}
  }
}
