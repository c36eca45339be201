package io.github.proctime.core.report;

import static io.github.proctime.core.report.ReportFixtures.AN;
import static io.github.proctime.core.report.ReportFixtures.BINH;
import static io.github.proctime.core.report.ReportFixtures.CUONG;
import static io.github.proctime.core.report.ReportFixtures.DUNG;
import static io.github.proctime.core.report.ReportFixtures.EM;
import static io.github.proctime.core.report.ReportFixtures.GIANG;
import static io.github.proctime.core.report.ReportFixtures.MARCH;
import static io.github.proctime.core.report.ReportFixtures.P3;
import static io.github.proctime.core.report.ReportFixtures.P5;
import static io.github.proctime.core.report.ReportFixtures.TNMT;
import static io.github.proctime.core.report.ReportFixtures.TP;
import static io.github.proctime.core.report.ReportFixtures.XD;
import static io.github.proctime.core.report.ReportFixtures.at;
import static io.github.proctime.core.report.ReportFixtures.date;
import static io.github.proctime.core.report.ReportFixtures.entry;
import static io.github.proctime.core.report.ReportFixtures.exampleMonth;
import static io.github.proctime.core.report.ReportFixtures.log;
import static io.github.proctime.core.report.ReportFixtures.march;
import static io.github.proctime.core.report.ReportFixtures.t;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.proctime.core.Dossier;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example month of {@link ReportFixtures}, every figure worked out by hand.
 *
 * <p>March 2025 has no public holiday; its working days are 3–7, 10–14, 17–21, 24–28 and 31, with 8
 * working hours a day (07:30–11:30, 13:00–17:00). Every dossier is received at 08:00 on a working
 * day D by its unit's specialist (step THAM_DINH) and handed to its leader (PHE_DUYET). Procedure
 * 1.000003 takes 3 working days (THAM_DINH 2, PHE_DUYET 1), due D+3 08:00; 1.000005 takes 5
 * (THAM_DINH 3, PHE_DUYET 2). The report is judged at 2025-04-01T00:00+07:00.
 *
 * <pre>
 * code     template                 D       outcome              used   paused  delay (who)
 * TNMT-01  early                    03-03   early                10h
 * TNMT-02  on time                  03-04   on time              23h45
 * TNMT-03  late by specialist       03-10   late                 26h            2h An
 * TNMT-04  late by leader           03-11   late                 32h            8h Bình
 * TNMT-05  open (P3)                03-24   in progress overdue                 23h30 An
 * TNMT-06  refused D+1 09:00        03-05   refused
 * TNMT-07  carried over (P5)        02-27   early                34h
 * TNMT-08  P5, ended 02-12          02-10   outside the period
 * TNMT-09  one supplement           03-17   early                18h    16h
 * TNMT-10  late, apology in time    03-04   late                 32h            8h Bình
 * XD-01    early                    03-03   early                10h
 * XD-02    early                    03-19   early                10h
 * XD-03    on time                  03-10   on time              23h45
 * XD-04    late by specialist       03-18   late                 26h            2h Cường
 * XD-05    open (P5)                03-27   in progress on time
 * XD-06    withdrawn D+1 09:00      03-06   withdrawn
 * XD-07    open (P5)                02-24   in progress overdue                 167h30 Cường
 * XD-08    two supplements (P5)     03-10   early                16h    2h
 * XD-09    late, apology late       03-12   late                 32h            8h Dung
 * XD-10    result recorded late     03-24   on time              23h45
 * TP-01    on time                  03-03   on time              23h45
 * TP-02    on time                  03-12   on time              23h45
 * TP-03    late by leader           03-17   late                 32h            8h Giang
 * TP-04    stopped D+1 09:00        03-11   stopped
 * TP-05    waiting since 03-21      03-20   in progress on time         55h30
 * TP-06    waiting since 03-14      03-10   in progress overdue         95h30   8h Em
 * TP-07    early                    03-25   early                10h
 * TP-08    open (P5)                03-28   in progress on time
 * TP-09    carried over (P5)        02-27   early                34h
 * TP-10    refused 03-03 09:00      02-26   refused (carried over)
 * </pre>
 *
 * <p>The 766 indicator reads the recorded timeline. Late under its rules: every late and overdue
 * dossier above; XD-08 (two supplement requests); XD-10 (recorded at 14:00 after its 08:00 due);
 * TP-10 (refused at 09:00 after its due of 03-03 08:00); TP-06 (its unanswered request, the end
 * under the method, came the day after the due). TNMT-09 ends Friday 10:00, minus its 48-hour
 * supplement wait is Wednesday 10:00, before Thursday 08:00: on time. TP-05's unanswered request
 * (03-21) is before its due (03-25).
 */
class ReportAggregatorTest {
  private static PeriodReport report;

  @BeforeAll
  static void aggregate() {
    ReportAggregator march = march();
    for (Dossier d : exampleMonth()) {
      march.add(entry(d, march));
    }
    report = march.report();
  }

  /** Counts in the order of ReportColumn: received .. inProgressOverdue. */
  private static void assertCounts(GroupFigures g, long... expected) {
    assertEquals(
        List.of(
            expected[0],
            expected[1],
            expected[2],
            expected[3],
            expected[4],
            expected[5],
            expected[6],
            expected[7],
            expected[8],
            expected[9]),
        List.of(
            g.received(),
            g.carriedOver(),
            g.finishedEarly(),
            g.finishedOnTime(),
            g.finishedLate(),
            g.refused(),
            g.withdrawn(),
            g.stopped(),
            g.inProgressOnTime(),
            g.inProgressOverdue()),
        "received, carriedOver, early, onTime, late, refused, withdrawn, stopped, in progress");
  }

  private static void assertTimes(
      GroupFigures g, long totalMinutes, long p50Minutes, long p90Minutes, long pausedMinutes) {
    assertEquals(Duration.ofMinutes(totalMinutes), g.totalProcessingTime(), "total");
    assertEquals(Optional.of(Duration.ofMinutes(p50Minutes)), g.processingTimeP50(), "p50");
    assertEquals(Optional.of(Duration.ofMinutes(p90Minutes)), g.processingTimeP90(), "p90");
    assertEquals(Duration.ofMinutes(pausedMinutes), g.totalPaused(), "paused");
    assertEquals(Duration.ZERO, g.totalInvalidlyPaused(), "invalidly paused");
  }

  private static void assertApologies(GroupFigures g, long onTime, long late, long missing) {
    assertEquals(
        List.of(onTime, late, missing),
        List.of(g.apologyOnTime(), g.apologyLate(), g.apologyMissing()),
        "apologies on time, late, missing");
  }

  private static void assert766(GroupFigures g, long denominator, long numerator, long repeated) {
    TimelinessIndicator i = g.indicator766();
    assertEquals(
        List.of(denominator, numerator, repeated),
        List.of(i.denominator(), i.numerator(), i.lateByRepeatedSupplement()),
        "766 denominator, numerator, repeated supplements");
  }

  private static void assertRate(double expected, OptionalDouble actual) {
    assertEquals(expected, actual.orElseThrow(), 1e-12);
  }

  private static long h(double hours) {
    return Math.round(hours * 60);
  }

  @Test
  void provinceTotal() {
    GroupFigures t = report.total();
    assertEquals(30, report.entries());
    assertEquals(1, report.outsidePeriod());
    assertCounts(t, 25, 4, 8, 5, 6, 2, 1, 1, 3, 3);
    assertEquals(29, t.toProcess());
    assertEquals(19, t.finished());
    assertEquals(23, t.ended());
    assertEquals(6, t.inProgress());
    assertEquals(9, t.late());
    // TP-05 and TP-06 wait for a supplement; nothing is due within a working day of 1 April.
    assertEquals(0, t.inProgressDueSoon());
    assertEquals(2, t.waitingForApplicant());
    // 19 finished: 10h x4, 16h, 18h, 23h45 x5, 26h x2, 32h x4, 34h x2; p50 is the 10th (23h45 =
    // 1425 min, in the 8-minute bucket from 1424), p90 the 18th (34h = 2040 min, exact).
    assertTimes(t, h(440.75), 1424, 2040, h(16 + 2 + 55.5 + 95.5));
    assertRate(440.75 / 19 / 8, t.averageProcessingDays());
    assertRate(1424.0 / 480, t.processingDaysP50());
    assertRate(2040.0 / 480, t.processingDaysP90());
    assertEquals(169.0 / 8, t.pausedDays(), 1e-12);
    assertApologies(t, 1, 1, 7);
    assertEquals(9, t.apologyRequired());
    assertRate(20.0 / 29, t.onTimeRate());
    assertRate(13.0 / 19, t.finishedOnTimeRate());
    assert766(t, 29, 17, 1);
    assertEquals(12, report.indicator766().late());
    assertRate(17.0 / 29, report.indicator766().rate());
    assertRate(17.0 / 29 * 20, report.indicator766().score());
  }

  @Test
  void units() {
    assertEquals(List.of(TNMT, TP, XD), List.copyOf(report.units().keySet()));

    GroupFigures tnmt = report.units().get(TNMT);
    assertCounts(tnmt, 8, 1, 3, 1, 3, 1, 0, 0, 0, 1);
    // 10, 18, 23h45, 26, 32, 32, 34: p50 the 4th (26h = 1560 min), p90 the 7th (34h).
    assertTimes(tnmt, h(175.75), 1560, 2040, h(16));
    assertApologies(tnmt, 1, 0, 3);
    assertRate(5.0 / 9, tnmt.onTimeRate());
    assertRate(4.0 / 7, tnmt.finishedOnTimeRate());
    assertRate(175.75 / 7 / 8, tnmt.averageProcessingDays());
    assert766(tnmt, 9, 5, 0);
    assertRate(5.0 / 9 * 20, tnmt.indicator766().score());

    GroupFigures xd = report.units().get(XD);
    assertCounts(xd, 9, 1, 3, 2, 2, 0, 1, 0, 1, 1);
    // 10, 10, 16, 23h45, 23h45, 26, 32: p50 the 4th (1424), p90 the 7th (32h = 1920 min).
    assertTimes(xd, h(141.5), 1424, 1920, h(2));
    assertApologies(xd, 0, 1, 2);
    assertRate(7.0 / 10, xd.onTimeRate());
    assertRate(5.0 / 7, xd.finishedOnTimeRate());
    assert766(xd, 10, 5, 1);

    GroupFigures tp = report.units().get(TP);
    assertCounts(tp, 8, 2, 2, 2, 1, 1, 0, 1, 2, 1);
    // 10, 23h45, 23h45, 32, 34: p50 the 3rd (1424), p90 the 5th (2040).
    assertTimes(tp, h(123.5), 1424, 2040, h(55.5 + 95.5));
    assertApologies(tp, 0, 0, 2);
    assertEquals(2, tp.waitingForApplicant());
    assertEquals(0, report.units().get(XD).waitingForApplicant());
    assertEquals(0, report.units().get(TNMT).waitingForApplicant());
    assertRate(8.0 / 10, tp.onTimeRate());
    assertRate(4.0 / 5, tp.finishedOnTimeRate());
    assert766(tp, 10, 7, 0);
  }

  @Test
  void procedures() {
    assertEquals(List.of(P3, P5), List.copyOf(report.procedures().keySet()));

    GroupFigures p3 = report.procedures().get(P3);
    assertCounts(p3, 22, 1, 5, 5, 6, 2, 1, 1, 1, 2);
    // 10 x4, 18, 23h45 x5, 26 x2, 32 x4: p50 the 8th (1424), p90 the 15th (1920).
    assertTimes(p3, h(356.75), 1424, 1920, h(2 * 0 + 16 + 55.5 + 95.5));
    assertApologies(p3, 1, 1, 6);
    assert766(p3, 23, 13, 0);
    assertEquals(2, p3.waitingForApplicant());

    GroupFigures p5 = report.procedures().get(P5);
    assertCounts(p5, 3, 3, 3, 0, 0, 0, 0, 0, 2, 1);
    // 16, 34, 34.
    assertTimes(p5, h(84), 2040, 2040, h(2));
    assertApologies(p5, 0, 0, 1);
    assert766(p5, 6, 4, 1);
    assertEquals(0, p5.waitingForApplicant());
    assertEquals(0, p5.inProgressDueSoon() + p3.inProgressDueSoon());
  }

  /** An official who holds two steps of a dossier counts it once, as a unit does. */
  @Test
  void anOfficialHoldingTwoStepsCountsTheDossierOnce() {
    LocalDate d = date("2025-03-03");
    Dossier backAndForth =
        log("TNMT-99", TNMT, P3)
            .received(t(d, 0, "08:00"))
            .toLeader(t(d, 1, "08:00"))
            .backToSpecialist(t(d, 1, "09:00"))
            .ready(t(d, 1, "10:00"))
            .returned(t(d, 1, "10:30"))
            .dossier();
    ReportAggregator march = march();
    march.add(entry(backAndForth, march));
    PeriodReport once = march.report();
    assertEquals(1, once.units().get(TNMT).received());
    assertEquals(1, once.officials().get(AN).received());
    assertEquals(1, once.officials().get(BINH).received());
    assertEquals(once.units().get(TNMT), once.officials().get(AN));
  }

  @Test
  void officials() {
    assertEquals(
        List.of(AN, CUONG, DUNG, BINH, EM, GIANG).stream().sorted().toList(),
        List.copyOf(report.officials().keySet()));
    // The specialists receive every dossier of their unit.
    assertEquals(report.units().get(TNMT), report.officials().get(AN));
    assertEquals(report.units().get(XD), report.officials().get(CUONG));
    assertEquals(report.units().get(TP), report.officials().get(EM));

    GroupFigures binh = report.officials().get(BINH);
    assertCounts(binh, 6, 1, 3, 1, 3, 0, 0, 0, 0, 0);
    assertTimes(binh, h(175.75), 1560, 2040, h(16));
    assertApologies(binh, 1, 0, 2);
    assertEquals(0, binh.waitingForApplicant() + binh.inProgressDueSoon());
    assert766(binh, 7, 4, 0);

    GroupFigures dung = report.officials().get(DUNG);
    assertCounts(dung, 7, 0, 3, 2, 2, 0, 0, 0, 0, 0);
    assertTimes(dung, h(141.5), 1424, 1920, h(2));
    assertApologies(dung, 0, 1, 1);
    assertEquals(0, dung.waitingForApplicant() + dung.inProgressDueSoon());
    assert766(dung, 7, 3, 1);

    GroupFigures giang = report.officials().get(GIANG);
    assertCounts(giang, 4, 1, 2, 2, 1, 0, 0, 0, 0, 0);
    assertTimes(giang, h(123.5), 1424, 2040, 0);
    assertApologies(giang, 0, 0, 1);
    assertEquals(0, giang.waitingForApplicant() + giang.inProgressDueSoon());
    assert766(giang, 5, 4, 0);
  }

  private static LateParty party(
      ReportDimension dimension,
      String name,
      String unit,
      long dossiers,
      double totalHours,
      double largestHours,
      String... codes) {
    LateParty.Builder b =
        LateParty.builder()
            .dimension(dimension)
            .name(name)
            .lateDossiers(dossiers)
            .totalDelay(Duration.ofMinutes(h(totalHours)))
            .largestDelay(Duration.ofMinutes(h(largestHours)))
            .addDossierCodes(codes);
    if (unit != null) {
      b.unit(unit);
    }
    return b.build();
  }

  @Test
  void lateOfficialsComeFromTheAttributionWorstFirst() {
    ReportDimension o = ReportDimension.OFFICIAL;
    assertEquals(
        List.of(
            party(o, CUONG, XD, 2, 169.5, 167.5, "XD-07", "XD-04"),
            party(o, AN, TNMT, 2, 25.5, 23.5, "TNMT-05", "TNMT-03"),
            party(o, BINH, TNMT, 2, 16, 8, "TNMT-04", "TNMT-10"),
            party(o, DUNG, XD, 1, 8, 8, "XD-09"),
            party(o, EM, TP, 1, 8, 8, "TP-06"),
            party(o, GIANG, TP, 1, 8, 8, "TP-03")),
        report.lateOfficials());
  }

  @Test
  void lateUnitsListAtMostThreeCodesAndCountTheRest() {
    ReportDimension u = ReportDimension.UNIT;
    assertEquals(
        List.of(
            party(u, XD, null, 3, 177.5, 167.5, "XD-07", "XD-09", "XD-04"),
            party(u, TNMT, null, 4, 41.5, 23.5, "TNMT-05", "TNMT-04", "TNMT-10"),
            party(u, TP, null, 2, 16, 8, "TP-03", "TP-06")),
        report.lateUnits());
    assertEquals(1, report.lateUnits().get(1).omittedDossierCodes());
    assertEquals(Duration.ofMinutes(h(235)), report.officialDelay());
    assertEquals(Duration.ZERO, report.applicantDelay());
    assertEquals(Duration.ZERO, report.unattributedDelay());
  }

  @Test
  void reportSettings() {
    assertEquals(MARCH, report.period());
    assertEquals(at("2025-04-01T00:00"), report.judgedAt());
    assertEquals(3, report.dossierCodeLimit());
    assertEquals(Duration.ofHours(8), report.workingDayLength());
    assertEquals(Indicator766Policy.standard(), report.indicatorPolicy());
    assertEquals(report.total(), report.groups(ReportDimension.PROVINCE).get(""));
    assertEquals(report.units(), report.groups(ReportDimension.UNIT));
  }
}
