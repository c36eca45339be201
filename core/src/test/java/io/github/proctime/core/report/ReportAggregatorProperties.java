package io.github.proctime.core.report;

import static io.github.proctime.core.report.ReportFixtures.CALENDAR;
import static io.github.proctime.core.report.ReportFixtures.MARCH;
import static io.github.proctime.core.report.ReportFixtures.P3;
import static io.github.proctime.core.report.ReportFixtures.P5;
import static io.github.proctime.core.report.ReportFixtures.TNMT;
import static io.github.proctime.core.report.ReportFixtures.TP;
import static io.github.proctime.core.report.ReportFixtures.XD;
import static io.github.proctime.core.report.ReportFixtures.at;
import static io.github.proctime.core.report.ReportFixtures.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.proctime.core.Dossier;
import io.github.proctime.core.EventType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the aggregator over generated months: dossiers from the templates of {@link
 * ReportFixtures}, received on random working days from February to April 2025, judged at the end
 * of March or at an as-of instant inside it.
 */
class ReportAggregatorProperties {
  private static final List<LocalDate> WORKING_DAYS = workingDays();
  private static final String[] UNITS = {TNMT, XD, TP};
  private static final int TEMPLATES = 18;

  private static List<LocalDate> workingDays() {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2025, 2, 3);
        d.isBefore(LocalDate.of(2025, 4, 26));
        d = d.plusDays(1)) {
      if (CALENDAR.isWorkingDay(d)) {
        days.add(d);
      }
    }
    return days;
  }

  /** One generated dossier: a template, a unit and a receipt day. */
  private static Dossier dossier(int index, int seed) {
    int template = Math.floorMod(seed, TEMPLATES);
    String unit = UNITS[Math.floorMod(seed / TEMPLATES, UNITS.length)];
    LocalDate d = WORKING_DAYS.get(Math.floorMod(seed / 54, WORKING_DAYS.size()));
    String code = unit + "-" + index;
    switch (template) {
      case 0:
        return ReportFixtures.early(code, unit, d);
      case 1:
        return ReportFixtures.onTime(code, unit, d);
      case 2:
        return ReportFixtures.lateBySpecialist(code, unit, d);
      case 3:
        return ReportFixtures.lateByLeader(code, unit, d);
      case 4:
        return ReportFixtures.lateWithApology(code, unit, d, 1);
      case 5:
        return ReportFixtures.lateWithApology(code, unit, d, 2);
      case 6:
        return ReportFixtures.open(code, unit, P3, d);
      case 7:
        return ReportFixtures.open(code, unit, P5, d);
      case 8:
        return ReportFixtures.ended(code, unit, d, EventType.REFUSED);
      case 9:
        return ReportFixtures.ended(code, unit, d, EventType.WITHDRAWN);
      case 10:
        return ReportFixtures.ended(code, unit, d, EventType.STOPPED);
      case 11:
        return ReportFixtures.oneSupplement(code, unit, d);
      case 12:
        return ReportFixtures.twoSupplements(code, unit, d);
      case 13:
        return ReportFixtures.waiting(code, unit, d, 1);
      case 14:
        return ReportFixtures.waiting(code, unit, d, 4);
      case 15:
        return ReportFixtures.recordedLate(code, unit, d);
      case 16:
        return ReportFixtures.carriedOverEarly(code, unit);
      default:
        return ReportFixtures.open(code, unit, d.getDayOfMonth() % 2 == 0 ? P3 : P5, d);
    }
  }

  /** A generated input: the aggregator's settings and its entries, evaluated once. */
  private static final class Month {
    final boolean live;
    final List<ReportEntry> entries = new ArrayList<>();
    final int seed;

    Month(List<Integer> seeds, boolean live, int seed) {
      this.live = live;
      this.seed = seed;
      ReportAggregator settings = aggregator();
      for (int i = 0; i < seeds.size(); i++) {
        Dossier d = dossier(i, seeds.get(i));
        if (!d.receivedAt().orElseThrow().isAfter(settings.judgedAt())) {
          entries.add(entry(d, settings));
        }
      }
    }

    ReportAggregator aggregator() {
      ReportAggregator.Builder b = ReportAggregator.builder().period(MARCH).dossierCodeLimit(2);
      if (live) {
        b.asOf(at("2025-03-20T12:00"));
      }
      return b.build();
    }

    PeriodReport report(List<ReportEntry> input) {
      ReportAggregator a = aggregator();
      input.forEach(a::add);
      return a.report();
    }

    @Override
    public String toString() {
      List<String> codes = new ArrayList<>();
      for (ReportEntry e : entries) {
        codes.add(e.dossierCode());
      }
      return "Month[live=" + live + ", seed=" + seed + ", " + codes + "]";
    }
  }

  private static Gen<Month> months() {
    return lists()
        .of(integers().between(0, Integer.MAX_VALUE))
        .ofSizeBetween(0, 25)
        .zip(
            integers().between(0, 1),
            integers().all(),
            (s, live, seed) -> new Month(s, live == 1, seed));
  }

  @Test
  void theReportDoesNotDependOnTheInputOrder() {
    qt().withExamples(200)
        .forAll(months())
        .checkAssert(
            m -> {
              List<ReportEntry> shuffled = new ArrayList<>(m.entries);
              Collections.shuffle(shuffled, new Random(m.seed));
              assertEquals(m.report(m.entries), m.report(shuffled));
            });
  }

  @Test
  void mergingTwoAggregatorsEqualsAggregatingTheConcatenatedInput() {
    qt().withExamples(200)
        .forAll(months())
        .checkAssert(
            m -> {
              int split = m.entries.isEmpty() ? 0 : Math.floorMod(m.seed, m.entries.size() + 1);
              ReportAggregator first = m.aggregator();
              ReportAggregator second = m.aggregator();
              m.entries.subList(0, split).forEach(first::add);
              m.entries.subList(split, m.entries.size()).forEach(second::add);
              PeriodReport secondBefore = second.report();
              assertEquals(m.report(m.entries), first.merge(second).report());
              assertEquals(secondBefore, second.report(), "the merged-in aggregator is unchanged");
            });
  }

  @Test
  void countsAddUpInEveryGroup() {
    qt().withExamples(200)
        .forAll(months())
        .checkAssert(
            m -> {
              PeriodReport r = m.report(m.entries);
              assertEquals(m.entries.size(), r.entries());
              assertEquals(
                  r.total().toProcess() + r.outsidePeriod(), r.entries(), "every entry counted");
              for (ReportDimension dimension : ReportDimension.values()) {
                long toProcess = 0;
                for (Map.Entry<String, GroupFigures> g : r.groups(dimension).entrySet()) {
                  GroupFigures f = g.getValue();
                  assertEquals(
                      f.received() + f.carriedOver(),
                      f.ended() + f.inProgress(),
                      dimension + " " + g.getKey());
                  assertTrue(f.apologyRequired() >= f.late(), "every late dossier needs one");
                  assertTrue(f.inProgressDueSoon() <= f.inProgressOnTime(), "due soon is on time");
                  assertTrue(f.waitingForApplicant() <= f.inProgress(), "waiting is in progress");
                  toProcess += f.toProcess();
                }
                if (dimension != ReportDimension.OFFICIAL) {
                  assertEquals(r.total().toProcess(), toProcess, dimension + " partitions");
                }
              }
            });
  }

  @Test
  void ratesAreBetweenZeroAndOne() {
    qt().withExamples(200)
        .forAll(months())
        .checkAssert(
            m -> {
              PeriodReport r = m.report(m.entries);
              for (ReportDimension dimension : ReportDimension.values()) {
                for (GroupFigures f : r.groups(dimension).values()) {
                  assertInUnitRange(f.onTimeRate().orElse(0));
                  assertInUnitRange(f.finishedOnTimeRate().orElse(0));
                  assertInUnitRange(f.indicator766().rate().orElse(0));
                  double score = f.indicator766().score().orElse(0);
                  assertTrue(score >= 0 && score <= 20, "score " + score);
                }
              }
            });
  }

  private static void assertInUnitRange(double rate) {
    assertTrue(rate >= 0 && rate <= 1, "rate " + rate);
  }

  @Test
  void theLateListsAddUpToTheDelayPutOnOfficials() {
    qt().withExamples(200)
        .forAll(months())
        .checkAssert(
            m -> {
              PeriodReport r = m.report(m.entries);
              Duration officials = Duration.ZERO;
              for (LateParty p : r.lateOfficials()) {
                officials = officials.plus(p.totalDelay());
                assertTrue(p.dossierCodes().size() <= 2);
                assertTrue(p.largestDelay().compareTo(p.totalDelay()) <= 0);
              }
              Duration units = Duration.ZERO;
              for (LateParty p : r.lateUnits()) {
                units = units.plus(p.totalDelay());
              }
              assertEquals(r.officialDelay(), officials);
              assertEquals(r.officialDelay(), units);
            });
  }
}
