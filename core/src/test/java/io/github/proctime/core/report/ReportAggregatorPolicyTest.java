package io.github.proctime.core.report;

import static io.github.proctime.core.report.ReportFixtures.GIANG;
import static io.github.proctime.core.report.ReportFixtures.MARCH;
import static io.github.proctime.core.report.ReportFixtures.P3;
import static io.github.proctime.core.report.ReportFixtures.TP;
import static io.github.proctime.core.report.ReportFixtures.XD;
import static io.github.proctime.core.report.ReportFixtures.at;
import static io.github.proctime.core.report.ReportFixtures.date;
import static io.github.proctime.core.report.ReportFixtures.entry;
import static io.github.proctime.core.report.ReportFixtures.exampleMonth;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.proctime.core.Dossier;
import io.github.proctime.core.Timeline;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The 766 policies and the live (as-of) report, on the example month of {@link ReportFixtures}. */
class ReportAggregatorPolicyTest {

  private static PeriodReport marchWith(Indicator766Policy policy) {
    ReportAggregator a = ReportAggregator.builder().period(MARCH).indicatorPolicy(policy).build();
    for (Dossier d : exampleMonth()) {
      a.add(entry(d, a));
    }
    return a.report();
  }

  private static Indicator766Policy.Builder standard() {
    return Indicator766Policy.builder().from(Indicator766Policy.standard());
  }

  static Stream<Arguments> policies() {
    return Stream.of(
        // The default: 29 dossiers, 12 late (see ReportAggregatorTest).
        Arguments.of(standard().build(), 29, 17, 17.0 / 29 * 20),
        // Only the 25 received in March; TP-10 and XD-07 were the late carried-over ones.
        Arguments.of(
            standard().denominator(Indicator766Denominator.RECEIVED_IN_PERIOD).build(),
            25,
            15,
            15.0 / 25 * 20),
        // TNMT-10 and XD-09 were ready exactly at the new appointment of their apology.
        Arguments.of(
            standard().appointment(Indicator766Appointment.RESCHEDULED).build(),
            29,
            19,
            19.0 / 29 * 20),
        // On the occurred timeline XD-10 was on time.
        Arguments.of(standard().timeline(Timeline.OCCURRED).build(), 29, 18, 18.0 / 29 * 20),
        // A target of 50 % reached: full points.
        Arguments.of(standard().scoreTarget(0.5).build(), 29, 17, 20.0),
        // A target of 80 % not reached: proportional to the target.
        Arguments.of(
            standard().scoreTarget(0.8).maxPoints(10).build(), 29, 17, 17.0 / 29 / 0.8 * 10));
  }

  @ParameterizedTest
  @MethodSource("policies")
  void indicator766UnderEachPolicy(
      Indicator766Policy policy, long denominator, long numerator, double score) {
    TimelinessIndicator i = marchWith(policy).indicator766();
    assertEquals(denominator, i.denominator());
    assertEquals(numerator, i.numerator());
    assertEquals(score, i.score().orElseThrow(), 1e-12);
  }

  @Test
  void theDefaultScoreIsTheRateTimesTwentyAsTheDashboardShows() {
    TimelinessIndicator i =
        TimelinessIndicator.builder()
            .denominator(358_643)
            .numerator(314_557)
            .lateByRepeatedSupplement(0)
            .maxPoints(Indicator766Policy.standard().maxPoints())
            .scoreTarget(Indicator766Policy.standard().scoreTarget())
            .build();
    assertEquals(17.54, i.score().orElseThrow(), 0.005);
  }

  @Test
  void anEmptyGroupHasNoRateAndNoScore() {
    ReportAggregator a = ReportAggregator.builder().period(MARCH).build();
    PeriodReport r = a.report();
    assertEquals(0, r.total().toProcess());
    assertEquals(true, r.total().onTimeRate().isEmpty());
    assertEquals(true, r.total().averageProcessingDays().isEmpty());
    assertEquals(true, r.total().processingTimeP50().isEmpty());
    assertEquals(true, r.indicator766().rate().isEmpty());
    assertEquals(true, r.indicator766().score().isEmpty());
    assertEquals(List.of(), r.lateOfficials());
  }

  /**
   * A live dashboard on Thursday 20 March at 12:00: TP-03 (received Monday 17, due Thursday 08:00,
   * with the leader since Tuesday 08:00) is overdue by 3 h 30 (27 h 30 used against 24 h), all of
   * it the leader's; TP-02 finished on time on Monday 17; XD-02 (received Wednesday 19) finished
   * early at 10:00 today; TP-05 (received today 08:00) is on time; TP-11 (received Tuesday 18, due
   * Friday 08:00) is due soon; XD-12 (received Monday 17) has waited for a supplement since
   * Wednesday 08:00, after 16 of its 24 working hours. Under 766 only TP-03 is late.
   */
  @Test
  void aLiveReportJudgesDossiersInProgressAtItsAsOfInstant() {
    ReportAggregator live =
        ReportAggregator.builder().period(MARCH).asOf(at("2025-03-20T12:00")).build();
    assertEquals(at("2025-03-20T12:00"), live.judgedAt());
    live.add(entry(ReportFixtures.lateByLeader("TP-03", TP, date("2025-03-17")), live));
    live.add(entry(ReportFixtures.onTime("TP-02", TP, date("2025-03-12")), live));
    live.add(entry(ReportFixtures.early("XD-02", XD, date("2025-03-19")), live));
    live.add(entry(ReportFixtures.waiting("TP-05", TP, date("2025-03-20"), 1), live));
    live.add(entry(ReportFixtures.open("TP-11", TP, P3, date("2025-03-18")), live));
    live.add(entry(ReportFixtures.waiting("XD-12", XD, date("2025-03-17"), 2), live));
    PeriodReport r = live.report();

    GroupFigures t = r.total();
    assertEquals(List.of(6L, 0L, 1L, 1L, 0L, 3L, 1L, 1L, 1L), counts(t));
    assertEquals(List.of(GIANG), r.lateOfficials().stream().map(LateParty::name).toList());
    assertEquals(Duration.ofMinutes(210), r.lateOfficials().get(0).totalDelay());
    assertEquals(List.of("TP-03"), r.lateOfficials().get(0).dossierCodes());
    assertEquals(5, t.indicator766().numerator());
    assertEquals(6, t.indicator766().denominator());
  }

  private static List<Long> counts(GroupFigures g) {
    return List.of(
        g.received(),
        g.carriedOver(),
        g.finishedEarly(),
        g.finishedOnTime(),
        g.finishedLate(),
        g.inProgressOnTime(),
        g.inProgressOverdue(),
        g.inProgressDueSoon(),
        g.waitingForApplicant());
  }

  @Test
  void anAsOfAfterThePeriodJudgesAtItsEnd() {
    ReportAggregator a =
        ReportAggregator.builder().period(MARCH).asOf(at("2025-05-01T00:00")).build();
    assertEquals(MARCH.endInstant(), a.judgedAt());
    assertEquals(java.util.Optional.of(at("2025-05-01T00:00")), a.asOf());
  }
}
