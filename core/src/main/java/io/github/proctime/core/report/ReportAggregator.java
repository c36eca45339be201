package io.github.proctime.core.report;

import io.github.proctime.core.Timeline;
import io.github.proctime.core.internal.report.ReportTally;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Aggregates evaluated dossiers, one at a time, into a {@link PeriodReport} for one period: the
 * streaming heart of the monthly, quarterly and yearly reports.
 *
 * <h2>Contract</h2>
 *
 * <p>The caller evaluates each dossier at {@link #judgedAt()} (the end of the period, or the as-of
 * instant of a live dashboard when earlier), attributes the delay of late ones on {@link
 * #timeline()}, and feeds each dossier once with {@link #add(ReportEntry)}. An evaluation read at
 * another instant is refused, so that events after the period never leak into it. The caller may
 * feed every dossier it has: those outside the period are counted in {@link
 * PeriodReport#outsidePeriod()} and otherwise ignored. Feeding the same dossier twice counts it
 * twice (the aggregator keeps no per-dossier state).
 *
 * <h2>Period semantics</h2>
 *
 * <p>With the period {@code [S, E)} and the judgement instant {@code J = min(E, asOf)}, on the
 * report's timeline:
 *
 * <ul>
 *   <li><b>received in the period</b> (tiếp nhận trong kỳ): received at or after {@code S} and
 *       before {@code E}, not after {@code J};
 *   <li><b>carried over</b> (tồn kỳ trước chuyển sang): received before {@code S} and not ended
 *       before {@code S};
 *   <li>anything else (ended before {@code S}, received at or after {@code E} or after {@code J})
 *       is outside the period;
 *   <li><b>ended in the period</b>: a dossier of the period with an end event by {@code J} (result
 *       ready before returned, then refused, stopped or withdrawn: {@link
 *       io.github.proctime.core.TimelineEvaluation#endedAt()}), classified by its state: finished
 *       early, on time or late, refused, withdrawn, stopped;
 *   <li><b>in progress</b>: no end event by {@code J}; judged at {@code J}: overdue if past its due
 *       time ({@link io.github.proctime.core.DossierState#IN_PROGRESS_OVERDUE}, or waiting or
 *       paused with a negative remaining time), otherwise on time.
 * </ul>
 *
 * <p>So for every group {@code received + carriedOver == ended + inProgress}. This is how Gia Lai's
 * one-stop portal counts ({@code shared/domain/regulations.md} §3.2, last paragraph): dossiers to
 * process = received this month + carried over; late = late in progress + late finished; on-time
 * rate = 100% − late rate ({@link GroupFigures#onTimeRate()}). The 766 indicator 2.1 is computed
 * beside these figures under its own {@link Indicator766Policy}, on its own timeline.
 *
 * <h2>Memory and merging</h2>
 *
 * <p>The aggregator keeps one tally per group (the province, each receiving unit, each official,
 * each procedure) and per late official and unit, never one per dossier: each tally is a fixed set
 * of counters plus a processing-time histogram of at most a few thousand counters (see {@link
 * GroupFigures}) and, for a late party, at most {@link #dossierCodeLimit()} dossier codes. Ten
 * million dossiers aggregate in the memory of their groups. {@link #merge(ReportAggregator)} adds
 * an aggregator fed with other dossiers, so the work can be split across threads or machines; the
 * report does not depend on the order of the input or of the merges.
 *
 * <pre>{@code
 * ReportAggregator march = ReportAggregator.builder()
 *     .period(ReportPeriod.ofMonth(YearMonth.of(2025, 3)))
 *     .build();
 * for (Dossier d : dossiers) {
 *   Evaluation e = evaluator.evaluate(d, march.judgedAt());
 *   march.add(ReportEntry.of(d, e, attributor.attribute(e)));
 * }
 * PeriodReport report = march.report();
 * }</pre>
 *
 * <p>This class is mutable and not thread-safe: use one aggregator per thread and merge them.
 */
public final class ReportAggregator {
  private final ReportPeriod period;
  private final Optional<Instant> asOf;
  private final Instant judgedAt;
  private final Timeline timeline;
  private final Duration workingDayLength;
  private final Indicator766Policy indicatorPolicy;
  private final int dossierCodeLimit;
  private final ReportTally tally;

  private ReportAggregator(Builder b) {
    this.period = Objects.requireNonNull(b.period, "period");
    this.asOf = Optional.ofNullable(b.asOf);
    Instant end = period.endInstant();
    if (b.asOf != null && !b.asOf.isAfter(period.startInstant())) {
      throw new ReportInputException(
          null,
          "asOf",
          b.asOf.toString(),
          "Invalid ReportAggregator: asOf ("
              + b.asOf
              + ") must be after the start of the period "
              + period
              + " ("
              + period.startInstant()
              + ")");
    }
    this.judgedAt = b.asOf != null && b.asOf.isBefore(end) ? b.asOf : end;
    this.timeline = b.timeline;
    this.workingDayLength = b.workingDayLength;
    this.indicatorPolicy = b.indicatorPolicy;
    this.dossierCodeLimit = b.dossierCodeLimit;
    this.tally = new ReportTally(period, judgedAt, timeline, indicatorPolicy, dossierCodeLimit);
  }

  /**
   * A builder; the period is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder with the same settings, for an aggregator to merge with this one.
   *
   * @return a new builder initialised from this aggregator's settings
   */
  public Builder toBuilder() {
    Builder b =
        new Builder()
            .period(period)
            .timeline(timeline)
            .workingDayLength(workingDayLength)
            .indicatorPolicy(indicatorPolicy)
            .dossierCodeLimit(dossierCodeLimit);
    asOf.ifPresent(b::asOf);
    return b;
  }

  /**
   * Adds one evaluated dossier.
   *
   * @param entry the dossier's evaluation at {@link #judgedAt()}, its receiving unit and, if it is
   *     late, its attribution
   * @return this aggregator
   * @throws ReportInputException if the evaluation is not as of {@link #judgedAt()} (field {@code
   *     evaluation.asOf}); if the dossier is late in the report and has no attribution (field
   *     {@code attribution}) or one on another timeline (field {@code attribution.timeline}). The
   *     aggregator is unchanged when it throws.
   */
  public ReportAggregator add(ReportEntry entry) {
    tally.add(Objects.requireNonNull(entry, "entry"));
    return this;
  }

  /**
   * Adds the dossiers of another aggregator with the same settings, fed with other dossiers.
   *
   * @param other the other aggregator, left unchanged
   * @return this aggregator
   * @throws ReportInputException if a setting differs (the field names it: {@code period}, {@code
   *     judgedAt}, {@code timeline}, {@code workingDayLength}, {@code indicatorPolicy} or {@code
   *     dossierCodeLimit})
   */
  public ReportAggregator merge(ReportAggregator other) {
    Objects.requireNonNull(other, "other");
    requireSame("period", period, other.period);
    requireSame("judgedAt", judgedAt, other.judgedAt);
    requireSame("timeline", timeline, other.timeline);
    requireSame("workingDayLength", workingDayLength, other.workingDayLength);
    requireSame("indicatorPolicy", indicatorPolicy, other.indicatorPolicy);
    requireSame("dossierCodeLimit", dossierCodeLimit, other.dossierCodeLimit);
    tally.merge(other.tally);
    return this;
  }

  private static void requireSame(String field, Object mine, Object theirs) {
    if (!mine.equals(theirs)) {
      throw new ReportInputException(
          null,
          field,
          String.valueOf(theirs),
          "Cannot merge report aggregators with different "
              + field
              + ": "
              + mine
              + " and "
              + theirs);
    }
  }

  /**
   * The report of the dossiers added so far; the aggregator can go on.
   *
   * @return the report
   */
  public PeriodReport report() {
    return tally.report(workingDayLength);
  }

  /**
   * The period.
   *
   * @return the period
   */
  public ReportPeriod period() {
    return period;
  }

  /**
   * The as-of instant of a live report.
   *
   * @return the as-of instant, or empty for a report at the end of the period
   */
  public Optional<Instant> asOf() {
    return asOf;
  }

  /**
   * The instant at which every dossier must be evaluated and in-progress dossiers are judged: the
   * end of the period, or the as-of instant if earlier.
   *
   * @return the judgement instant
   */
  public Instant judgedAt() {
    return judgedAt;
  }

  /**
   * The timeline the figures and late lists read.
   *
   * @return the timeline
   */
  public Timeline timeline() {
    return timeline;
  }

  /**
   * The length of a working day used to express working time in days.
   *
   * @return the working-day length
   */
  public Duration workingDayLength() {
    return workingDayLength;
  }

  /**
   * The policy of the 766 indicator.
   *
   * @return the policy
   */
  public Indicator766Policy indicatorPolicy() {
    return indicatorPolicy;
  }

  /**
   * How many dossier codes a late party lists at most.
   *
   * @return the limit
   */
  public int dossierCodeLimit() {
    return dossierCodeLimit;
  }

  /** Builds {@link ReportAggregator} instances; not thread-safe. */
  public static final class Builder {
    private ReportPeriod period;
    private Instant asOf;
    private Timeline timeline = Timeline.OCCURRED;
    private Duration workingDayLength = Duration.ofHours(8);
    private Indicator766Policy indicatorPolicy = Indicator766Policy.standard();
    private int dossierCodeLimit = 20;

    private Builder() {}

    /**
     * Sets the period (required).
     *
     * @param period the period
     * @return this builder
     */
    public Builder period(ReportPeriod period) {
      this.period = Objects.requireNonNull(period, "period");
      return this;
    }

    /**
     * Sets the as-of instant of a live report: dossiers in progress are judged then instead of at
     * the end of the period. An instant at or after the end of the period changes nothing.
     *
     * @param asOf the as-of instant, after the start of the period
     * @return this builder
     */
    public Builder asOf(Instant asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      return this;
    }

    /**
     * Sets the timeline the figures and the late lists read; default {@link Timeline#OCCURRED}.
     *
     * @param timeline the timeline
     * @return this builder
     */
    public Builder timeline(Timeline timeline) {
      this.timeline = Objects.requireNonNull(timeline, "timeline");
      return this;
    }

    /**
     * Sets the working time counted as one working day when figures are given in days; default 8
     * hours, the national civil-service working day (sessions 07:30–11:30 and 13:00–17:00, {@link
     * io.github.proctime.calendar.WorkingCalendars#defaultSessions()}; vendors use the same 8
     * hours, {@code shared/domain/regulations.md} §8). Deadlines never use it: they are counted on
     * the calendar.
     *
     * @param workingDayLength the length, more than zero
     * @return this builder
     * @throws ReportInputException if the length is not positive
     */
    public Builder workingDayLength(Duration workingDayLength) {
      Objects.requireNonNull(workingDayLength, "workingDayLength");
      if (workingDayLength.isNegative() || workingDayLength.isZero()) {
        throw new ReportInputException(
            null,
            "workingDayLength",
            workingDayLength.toString(),
            "Invalid value for workingDayLength (must be more than zero): " + workingDayLength);
      }
      this.workingDayLength = workingDayLength;
      return this;
    }

    /**
     * Sets the policy of the 766 indicator; default {@link Indicator766Policy#standard()}.
     *
     * @param indicatorPolicy the policy
     * @return this builder
     */
    public Builder indicatorPolicy(Indicator766Policy indicatorPolicy) {
      this.indicatorPolicy = Objects.requireNonNull(indicatorPolicy, "indicatorPolicy");
      return this;
    }

    /**
     * Sets how many dossier codes each late official or unit lists at most; default 20. The codes
     * kept are those of the dossiers with the largest delay for that party; the others are counted
     * in {@link LateParty#omittedDossierCodes()}.
     *
     * @param dossierCodeLimit the limit, zero or more
     * @return this builder
     * @throws ReportInputException if the limit is negative
     */
    public Builder dossierCodeLimit(int dossierCodeLimit) {
      if (dossierCodeLimit < 0) {
        throw new ReportInputException(
            null,
            "dossierCodeLimit",
            Integer.toString(dossierCodeLimit),
            "Invalid value for dossierCodeLimit (valid values 0 or more): " + dossierCodeLimit);
      }
      this.dossierCodeLimit = dossierCodeLimit;
      return this;
    }

    /**
     * Builds the aggregator.
     *
     * @return a new, empty aggregator
     * @throws NullPointerException if the period was not set
     * @throws ReportInputException if the as-of instant is not after the start of the period
     */
    public ReportAggregator build() {
      return new ReportAggregator(this);
    }
  }
}
