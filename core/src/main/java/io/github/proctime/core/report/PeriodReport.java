package io.github.proctime.core.report;

import io.github.proctime.core.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * A period report (báo cáo kỳ): the figures of the province, of each receiving unit, each official
 * and each procedure for one period, the 766 timeliness indicator 2.1, and the lists of late
 * officials and late units, as read from a {@link ReportAggregator}.
 *
 * <p>The period semantics are those of {@link ReportAggregator}. Groups are sorted by key. The late
 * lists are sorted worst first: by total delay, then number of late dossiers, then largest delay,
 * descending, then by name, unit and agency. {@link #officialDelay()}, {@link #applicantDelay()}
 * and {@link #unattributedDelay()} add up to the delay of all late dossiers of the report, so the
 * part put on nobody is visible beside the lists.
 *
 * <pre>{@code
 * PeriodReport r = aggregator.report();
 * r.total().toProcess();
 * r.indicator766().score();
 * r.lateOfficials().get(0).name();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PeriodReport {
  PeriodReport() {}

  /**
   * The period.
   *
   * @return the period
   */
  public abstract ReportPeriod period();

  /**
   * The instant dossiers in progress are judged at: the end of the period, or the as-of instant of
   * a live report if earlier.
   *
   * @return the judgement instant
   */
  public abstract Instant judgedAt();

  /**
   * The timeline the figures and the late lists read ({@link Indicator766Policy#timeline()} for the
   * indicator).
   *
   * @return the timeline
   */
  public abstract Timeline timeline();

  /**
   * The 766 indicator's policy.
   *
   * @return the policy
   */
  public abstract Indicator766Policy indicatorPolicy();

  /**
   * The length of a working day used for figures in days.
   *
   * @return the working-day length
   */
  public abstract Duration workingDayLength();

  /**
   * How many dossier codes a late party lists at most.
   *
   * @return the limit
   */
  public abstract int dossierCodeLimit();

  /**
   * The number of entries fed to the aggregator.
   *
   * @return the count
   */
  public abstract long entries();

  /**
   * The entries not counted in the figures because they are not in the period on the report's
   * timeline: ended before the period started, or received after it (or after the as-of instant).
   * They may still count in the 766 indicator when its timeline puts them in the period.
   *
   * @return the count
   */
  public abstract long outsidePeriod();

  /**
   * The figures of all the dossiers.
   *
   * @return the province figures
   */
  public abstract GroupFigures total();

  /**
   * The figures per receiving unit.
   *
   * @return the unit groups, by unit
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, GroupFigures> units();

  /**
   * The figures per official who held the dossiers (see {@link ReportDimension#OFFICIAL}).
   *
   * @return the official groups, by official
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, GroupFigures> officials();

  /**
   * The figures per procedure.
   *
   * @return the procedure groups, by national code
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, GroupFigures> procedures();

  /**
   * The officials with delay attributed to them, worst first.
   *
   * @return the late officials
   */
  public abstract List<LateParty> lateOfficials();

  /**
   * The units with delay attributed to their officials, worst first.
   *
   * @return the late units
   */
  public abstract List<LateParty> lateUnits();

  /**
   * The delay of the late dossiers put on officials.
   *
   * @return the working time
   */
  public abstract Duration officialDelay();

  /**
   * The delay of the late dossiers put on applicants.
   *
   * @return the working time
   */
  public abstract Duration applicantDelay();

  /**
   * The delay of the late dossiers put on nobody.
   *
   * @return the working time
   */
  public abstract Duration unattributedDelay();

  /**
   * The groups of a dimension.
   *
   * @param dimension the dimension
   * @return the groups by key; for {@link ReportDimension#PROVINCE} a single group with the empty
   *     key
   */
  public Map<String, GroupFigures> groups(ReportDimension dimension) {
    switch (dimension) {
      case PROVINCE:
        return Map.of("", total());
      case UNIT:
        return units();
      case OFFICIAL:
        return officials();
      case PROCEDURE:
        return procedures();
      default:
        throw new AssertionError(dimension);
    }
  }

  /**
   * The 766 timeliness indicator 2.1 of all the dossiers.
   *
   * @return {@code total().indicator766()}
   */
  public TimelinessIndicator indicator766() {
    return total().indicator766();
  }

  /**
   * A builder, used by the aggregator.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PeriodReport} instances; not thread-safe. */
  public static final class Builder extends ImmutablePeriodReport.Builder {
    Builder() {}
  }
}
