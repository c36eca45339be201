package io.github.proctime.core.report;

import static io.github.proctime.core.report.ReportFixtures.ATTRIBUTOR;
import static io.github.proctime.core.report.ReportFixtures.EVALUATOR;
import static io.github.proctime.core.report.ReportFixtures.MARCH;
import static io.github.proctime.core.report.ReportFixtures.TNMT;
import static io.github.proctime.core.report.ReportFixtures.at;
import static io.github.proctime.core.report.ReportFixtures.date;
import static io.github.proctime.core.report.ReportFixtures.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.proctime.core.Dossier;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.Timeline;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every bad input of the report API throws {@link ReportInputException} naming what is wrong. */
class ReportInputExceptionTest {
  private static final Dossier LATE =
      ReportFixtures.lateByLeader("TNMT-04", TNMT, date("2025-03-11"));
  private static final Dossier EARLY = ReportFixtures.early("TNMT-01", TNMT, date("2025-03-03"));

  private static void assertFields(
      ReportInputException e, Optional<String> dossierCode, String field, String value) {
    assertEquals(dossierCode, e.dossierCode(), "dossierCode");
    assertEquals(field, e.field(), "field");
    assertEquals(value, e.value(), "value");
  }

  @Test
  void anEvaluationAtAnotherInstantIsRefused() {
    ReportAggregator march = ReportAggregator.builder().period(MARCH).build();
    Evaluation e = EVALUATOR.evaluate(EARLY, at("2025-03-31T17:00"));
    ReportInputException x =
        assertThrows(ReportInputException.class, () -> march.add(ReportEntry.of(EARLY, e)));
    assertFields(x, Optional.of("TNMT-01"), "evaluation.asOf", at("2025-03-31T17:00").toString());
    assertEquals(0, march.report().entries());
  }

  @Test
  void aLateDossierNeedsItsAttribution() {
    ReportAggregator march = ReportAggregator.builder().period(MARCH).build();
    Evaluation e = EVALUATOR.evaluate(LATE, march.judgedAt());
    ReportInputException x =
        assertThrows(ReportInputException.class, () -> march.add(ReportEntry.of(LATE, e)));
    assertFields(x, Optional.of("TNMT-04"), "attribution", "");
    assertEquals(0, march.report().entries(), "the aggregator is unchanged");
  }

  @Test
  void anEarlyDossierNeedsNoAttribution() {
    ReportAggregator march = ReportAggregator.builder().period(MARCH).build();
    march.add(ReportEntry.of(EARLY, EVALUATOR.evaluate(EARLY, march.judgedAt())));
    assertEquals(1, march.report().total().finishedEarly());
  }

  @Test
  void theAttributionMustBeOnTheReportsTimeline() {
    ReportAggregator march = ReportAggregator.builder().period(MARCH).build();
    Evaluation e = EVALUATOR.evaluate(LATE, march.judgedAt());
    ReportEntry entry = ReportEntry.of(LATE, e, ATTRIBUTOR.attribute(e, Timeline.RECORDED));
    ReportInputException x = assertThrows(ReportInputException.class, () -> march.add(entry));
    assertFields(x, Optional.of("TNMT-04"), "attribution.timeline", "RECORDED");
  }

  @Test
  void theEvaluationMustBeOfTheDossier() {
    Evaluation e = EVALUATOR.evaluate(LATE, MARCH.endInstant());
    ReportInputException x =
        assertThrows(ReportInputException.class, () -> ReportEntry.of(EARLY, e));
    assertFields(x, Optional.of("TNMT-01"), "evaluation.dossierCode", "TNMT-04");
  }

  @Test
  void theAttributionMustBeOfTheDossier() {
    Evaluation early = EVALUATOR.evaluate(EARLY, MARCH.endInstant());
    Evaluation late = EVALUATOR.evaluate(LATE, MARCH.endInstant());
    ReportInputException x =
        assertThrows(
            ReportInputException.class,
            () -> ReportEntry.of(EARLY, early, ATTRIBUTOR.attribute(late)));
    assertFields(x, Optional.of("TNMT-01"), "attribution.dossierCode", "TNMT-04");
  }

  @Test
  void aggregatorsWithDifferentSettingsDoNotMerge() {
    ReportAggregator march = ReportAggregator.builder().period(MARCH).build();
    ReportAggregator april =
        ReportAggregator.builder()
            .period(ReportPeriod.of(date("2025-04-01"), date("2025-05-01")))
            .build();
    ReportInputException x = assertThrows(ReportInputException.class, () -> march.merge(april));
    assertFields(x, Optional.empty(), "period", april.period().toString());

    ReportAggregator live = march.toBuilder().asOf(at("2025-03-20T12:00")).build();
    x = assertThrows(ReportInputException.class, () -> march.merge(live));
    assertFields(x, Optional.empty(), "judgedAt", at("2025-03-20T12:00").toString());

    ReportAggregator recorded = march.toBuilder().timeline(Timeline.RECORDED).build();
    x = assertThrows(ReportInputException.class, () -> march.merge(recorded));
    assertFields(x, Optional.empty(), "timeline", "RECORDED");

    ReportAggregator capped = march.toBuilder().dossierCodeLimit(5).build();
    x = assertThrows(ReportInputException.class, () -> march.merge(capped));
    assertFields(x, Optional.empty(), "dossierCodeLimit", "5");

    ReportAggregator sixHours = march.toBuilder().workingDayLength(Duration.ofHours(6)).build();
    x = assertThrows(ReportInputException.class, () -> march.merge(sixHours));
    assertFields(x, Optional.empty(), "workingDayLength", "PT6H");

    Indicator766Policy occurred =
        Indicator766Policy.builder()
            .from(Indicator766Policy.standard())
            .timeline(Timeline.OCCURRED)
            .build();
    ReportAggregator other = march.toBuilder().indicatorPolicy(occurred).build();
    x = assertThrows(ReportInputException.class, () -> march.merge(other));
    assertFields(x, Optional.empty(), "indicatorPolicy", occurred.toString());

    ReportAggregator same = march.toBuilder().build();
    same.add(entry(EARLY, same));
    assertEquals(1, march.merge(same).report().entries());
  }

  @Test
  void anAsOfNotAfterThePeriodStartIsRefused() {
    ReportAggregator.Builder b =
        ReportAggregator.builder().period(MARCH).asOf(MARCH.startInstant());
    ReportInputException x = assertThrows(ReportInputException.class, b::build);
    assertFields(x, Optional.empty(), "asOf", MARCH.startInstant().toString());
  }

  @Test
  void aWorkingDayMustHaveALength() {
    ReportInputException x =
        assertThrows(
            ReportInputException.class,
            () -> ReportAggregator.builder().workingDayLength(Duration.ZERO));
    assertFields(x, Optional.empty(), "workingDayLength", "PT0S");
  }

  @Test
  void theDossierCodeLimitIsNotNegative() {
    ReportInputException x =
        assertThrows(
            ReportInputException.class, () -> ReportAggregator.builder().dossierCodeLimit(-1));
    assertFields(x, Optional.empty(), "dossierCodeLimit", "-1");
  }

  @Test
  void aPeriodEndsAfterItStarts() {
    LocalDate d = date("2025-03-01");
    ReportInputException x = assertThrows(ReportInputException.class, () -> ReportPeriod.of(d, d));
    assertFields(x, Optional.empty(), "endExclusive", "2025-03-01");
  }

  @Test
  void aQuarterIsOneToFour() {
    ReportInputException x =
        assertThrows(ReportInputException.class, () -> ReportPeriod.ofQuarter(2025, 5));
    assertFields(x, Optional.empty(), "quarter", "5");
  }

  @Test
  void thePolicyTargetIsARate() {
    Indicator766Policy.Builder b =
        Indicator766Policy.builder().from(Indicator766Policy.standard()).scoreTarget(1.5);
    ReportInputException x = assertThrows(ReportInputException.class, b::build);
    assertFields(x, Optional.empty(), "scoreTarget", "1.5");
  }

  @Test
  void thePolicyPointsArePositive() {
    Indicator766Policy.Builder b =
        Indicator766Policy.builder().from(Indicator766Policy.standard()).maxPoints(0);
    ReportInputException x = assertThrows(ReportInputException.class, b::build);
    assertFields(x, Optional.empty(), "maxPoints", "0.0");
  }
}
