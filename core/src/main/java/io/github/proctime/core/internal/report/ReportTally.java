package io.github.proctime.core.internal.report;

import io.github.proctime.core.Attribution;
import io.github.proctime.core.DelayShare;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.StepRecord;
import io.github.proctime.core.Timeline;
import io.github.proctime.core.report.GroupFigures;
import io.github.proctime.core.report.Indicator766Policy;
import io.github.proctime.core.report.LateParty;
import io.github.proctime.core.report.PeriodReport;
import io.github.proctime.core.report.ReportDimension;
import io.github.proctime.core.report.ReportEntry;
import io.github.proctime.core.report.ReportInputException;
import io.github.proctime.core.report.ReportPeriod;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The mutable state behind {@link io.github.proctime.core.report.ReportAggregator}: one tally per
 * group and per late party, never one per dossier. Not thread-safe.
 */
public final class ReportTally {
  private static final Comparator<LateParty> WORST_FIRST =
      Comparator.comparing(LateParty::totalDelay)
          .thenComparingLong(LateParty::lateDossiers)
          .thenComparing(LateParty::largestDelay)
          .reversed()
          .thenComparing(LateParty::name)
          .thenComparing(p -> p.unit().orElse(""))
          .thenComparing(p -> p.agency().orElse(""));

  private final ReportPeriod period;
  private final Instant judgedAt;
  private final Timeline timeline;
  private final Indicator766Policy policy;
  private final int dossierCodeLimit;
  private final DossierClassifier classifier;

  private long entries;
  private long outside;
  private long officialSeconds;
  private long applicantSeconds;
  private long unattributedSeconds;
  private final GroupTally total = new GroupTally();
  private final Map<String, GroupTally> units = new HashMap<>();
  private final Map<String, GroupTally> officials = new HashMap<>();
  private final Map<String, GroupTally> procedures = new HashMap<>();
  private final Map<LatePartyTally.PartyKey, LatePartyTally> lateParties = new HashMap<>();

  /**
   * Creates an empty tally.
   *
   * @param period the period
   * @param judgedAt the judgement instant
   * @param timeline the report's timeline
   * @param policy the 766 policy
   * @param dossierCodeLimit the cap on listed dossier codes per late party
   */
  public ReportTally(
      ReportPeriod period,
      Instant judgedAt,
      Timeline timeline,
      Indicator766Policy policy,
      int dossierCodeLimit) {
    this.period = period;
    this.judgedAt = judgedAt;
    this.timeline = timeline;
    this.policy = policy;
    this.dossierCodeLimit = dossierCodeLimit;
    this.classifier = new DossierClassifier(period, judgedAt, timeline, policy);
  }

  /**
   * Adds one dossier.
   *
   * @param entry the dossier
   * @throws ReportInputException as documented on the aggregator
   */
  public void add(ReportEntry entry) {
    Evaluation e = entry.evaluation();
    if (!e.asOf().equals(judgedAt)) {
      throw new ReportInputException(
          e.dossierCode(),
          "evaluation.asOf",
          e.asOf().toString(),
          "Invalid report entry for dossier "
              + e.dossierCode()
              + ": evaluated as of "
              + e.asOf()
              + ", but the report judges dossiers at "
              + judgedAt
              + " (evaluate at ReportAggregator.judgedAt())");
    }
    DossierFacts facts = classifier.classify(e);
    Optional<Attribution> attribution = Optional.empty();
    if (facts.inReport() && facts.outcome().isLate()) {
      attribution = Optional.of(checkedAttribution(entry));
    }
    entries++;
    if (!facts.inReport()) {
      outside++;
      if (!facts.in766()) {
        return;
      }
    }
    total.add(facts);
    group(units, entry.receivingUnit()).add(facts);
    group(procedures, e.procedureCode()).add(facts);
    addToOfficials(e.on(timeline).steps(), facts);
    attribution.ifPresent(a -> addAttribution(e.dossierCode(), a));
  }

  /**
   * Counts the dossier once for each official who held a step. Found by looking back over the steps
   * (a handful) rather than with a sorted set per dossier, which allocated and compared names; the
   * groups do not depend on the order they are added in. A method of its own: the JIT compiler
   * recompiled {@link #add} whole, its largest compilation in a {@code report} run, each time this
   * loop's speculation on the number of steps failed.
   */
  private void addToOfficials(List<StepRecord> steps, DossierFacts facts) {
    for (int i = 0; i < steps.size(); i++) {
      Optional<String> holder = steps.get(i).holderOfficial();
      if (holder.isPresent() && !heldEarlier(steps, i, holder.get())) {
        group(officials, holder.get()).add(facts);
      }
    }
  }

  /**
   * Whether a step before the i-th was held by the official. Quadratic in the number of steps,
   * which is a handful in real logs (10,000 hand-overs would cost about 5·10^7 comparisons).
   */
  private static boolean heldEarlier(List<StepRecord> steps, int i, String official) {
    for (int j = 0; j < i; j++) {
      Optional<String> holder = steps.get(j).holderOfficial();
      if (holder.isPresent() && holder.get().equals(official)) {
        return true;
      }
    }
    return false;
  }

  private Attribution checkedAttribution(ReportEntry entry) {
    String code = entry.dossierCode();
    Attribution a =
        entry
            .attribution()
            .orElseThrow(
                () ->
                    new ReportInputException(
                        code,
                        "attribution",
                        "",
                        "Invalid report entry for dossier "
                            + code
                            + ": it is late in the report, and the late lists need its attribution"
                            + " (Attributor.attribute(evaluation, "
                            + timeline
                            + "))"));
    if (a.timeline() != timeline) {
      throw new ReportInputException(
          code,
          "attribution.timeline",
          a.timeline().name(),
          "Invalid report entry for dossier "
              + code
              + ": the attribution is on the "
              + a.timeline()
              + " timeline, the report on the "
              + timeline
              + " timeline");
    }
    return a;
  }

  private void addAttribution(String code, Attribution a) {
    Map<LatePartyTally.PartyKey, Duration> perParty = new TreeMap<>();
    for (DelayShare s : a.shares()) {
      long seconds = s.amount().toSeconds();
      switch (s.party()) {
        case OFFICIAL:
          officialSeconds = Math.addExact(officialSeconds, seconds);
          String unit = s.unit().orElse("");
          String agency = s.agency().orElse("");
          perParty.merge(
              new LatePartyTally.PartyKey(
                  ReportDimension.OFFICIAL, s.official().orElse(""), unit, agency),
              s.amount(),
              Duration::plus);
          perParty.merge(
              new LatePartyTally.PartyKey(ReportDimension.UNIT, unit, "", agency),
              s.amount(),
              Duration::plus);
          break;
        case APPLICANT:
          applicantSeconds = Math.addExact(applicantSeconds, seconds);
          break;
        default:
          unattributedSeconds = Math.addExact(unattributedSeconds, seconds);
          break;
      }
    }
    for (Map.Entry<LatePartyTally.PartyKey, Duration> p : perParty.entrySet()) {
      if (p.getValue().isZero()) {
        continue;
      }
      lateParties
          .computeIfAbsent(p.getKey(), k -> new LatePartyTally(k, dossierCodeLimit))
          .add(code, p.getValue());
    }
  }

  private static GroupTally group(Map<String, GroupTally> groups, String key) {
    return groups.computeIfAbsent(key, k -> new GroupTally());
  }

  /**
   * Adds another tally with the same settings.
   *
   * @param other the other tally, left unchanged
   */
  public void merge(ReportTally other) {
    entries += other.entries;
    outside += other.outside;
    officialSeconds = Math.addExact(officialSeconds, other.officialSeconds);
    applicantSeconds = Math.addExact(applicantSeconds, other.applicantSeconds);
    unattributedSeconds = Math.addExact(unattributedSeconds, other.unattributedSeconds);
    total.merge(other.total);
    mergeGroups(units, other.units);
    mergeGroups(officials, other.officials);
    mergeGroups(procedures, other.procedures);
    for (Map.Entry<LatePartyTally.PartyKey, LatePartyTally> p : other.lateParties.entrySet()) {
      lateParties
          .computeIfAbsent(p.getKey(), k -> new LatePartyTally(k, dossierCodeLimit))
          .merge(p.getValue());
    }
  }

  private static void mergeGroups(Map<String, GroupTally> into, Map<String, GroupTally> from) {
    for (Map.Entry<String, GroupTally> g : from.entrySet()) {
      group(into, g.getKey()).merge(g.getValue());
    }
  }

  /**
   * The report of what was added so far.
   *
   * @param workingDayLength the working-day length for figures in days
   * @return the report
   */
  public PeriodReport report(Duration workingDayLength) {
    List<LateParty> lateOfficials = new ArrayList<>();
    List<LateParty> lateUnits = new ArrayList<>();
    for (LatePartyTally p : lateParties.values()) {
      LateParty row = p.toLateParty();
      (row.dimension() == ReportDimension.OFFICIAL ? lateOfficials : lateUnits).add(row);
    }
    lateOfficials.sort(WORST_FIRST);
    lateUnits.sort(WORST_FIRST);
    return PeriodReport.builder()
        .period(period)
        .judgedAt(judgedAt)
        .timeline(timeline)
        .indicatorPolicy(policy)
        .workingDayLength(workingDayLength)
        .dossierCodeLimit(dossierCodeLimit)
        .entries(entries)
        .outsidePeriod(outside)
        .total(total.toFigures(workingDayLength, policy))
        .units(figures(units, workingDayLength))
        .officials(figures(officials, workingDayLength))
        .procedures(figures(procedures, workingDayLength))
        .lateOfficials(lateOfficials)
        .lateUnits(lateUnits)
        .officialDelay(Duration.ofSeconds(officialSeconds))
        .applicantDelay(Duration.ofSeconds(applicantSeconds))
        .unattributedDelay(Duration.ofSeconds(unattributedSeconds))
        .build();
  }

  private Map<String, GroupFigures> figures(Map<String, GroupTally> groups, Duration dayLength) {
    Map<String, GroupFigures> out = new TreeMap<>();
    for (Map.Entry<String, GroupTally> g : groups.entrySet()) {
      out.put(g.getKey(), g.getValue().toFigures(dayLength, policy));
    }
    return out;
  }
}
