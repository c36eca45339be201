package io.github.proctime.core;

import static io.github.proctime.core.TestDossiers.CALENDAR;
import static io.github.proctime.core.TestDossiers.CATALOGUE;
import static io.github.proctime.core.TestDossiers.DESK_UNIT;
import static io.github.proctime.core.TestDossiers.INVALID_PAUSE_REASON;
import static io.github.proctime.core.TestDossiers.LEADER;
import static io.github.proctime.core.TestDossiers.LEADER_UNIT;
import static io.github.proctime.core.TestDossiers.SPECIALIST;
import static io.github.proctime.core.TestDossiers.SPECIALIST_UNIT;
import static io.github.proctime.core.TestDossiers.THREE_DAYS;
import static io.github.proctime.core.TestDossiers.VALID_PAUSE_REASON;
import static io.github.proctime.core.TestDossiers.at;
import static io.github.proctime.core.TestDossiers.evaluator;
import static io.github.proctime.core.TestDossiers.log;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ComplianceCheckTest {
  private static final Evaluator STRICT = evaluator(EvaluationMode.STRICT);
  private static final Evaluator LENIENT = evaluator(EvaluationMode.LENIENT);
  private static final ComplianceCheck CHECK = ComplianceCheck.of(CALENDAR);

  private static List<Finding> check(Evaluator evaluator, Dossier d, String asOf) {
    return CHECK.check(d, evaluator.evaluate(d, at(asOf)));
  }

  private static List<Finding> only(List<Finding> findings, ComplianceRule rule) {
    return findings.stream().filter(f -> f.code().equals(rule.code())).collect(Collectors.toList());
  }

  private static Finding single(List<Finding> findings, ComplianceRule rule) {
    List<Finding> found = only(findings, rule);
    assertEquals(1, found.size(), () -> rule + " in " + findings);
    Finding f = found.get(0);
    assertEquals(rule.code(), f.code());
    assertEquals(rule.severity(), f.severity());
    assertEquals(rule.description(), f.rule());
    assertEquals(rule.source(), f.source());
    assertEquals("H40-TEST-0001", f.dossierCode());
    return f;
  }

  private static TestDossiers.Log specialistHolds() {
    return log().received("2025-03-03T08:00").toSpecialist("2025-03-03T08:00");
  }

  @Test
  void aLateDossierWithoutAnApologyIsFoundOnTheHolderAtTheApologyDeadline() {
    Dossier d =
        specialistHolds()
            .toLeader("2025-03-07T08:00")
            .byHolder(EventType.RESULT_READY, "2025-03-07T10:00")
            .dossier(THREE_DAYS);

    Finding f = single(check(STRICT, d, "2025-03-07T12:00"), ComplianceRule.APOLOGY_MISSING);

    assertEquals(OptionalInt.empty(), f.eventIndex());
    assertEquals(Optional.empty(), f.timeline());
    assertEquals(Optional.of(SPECIALIST), f.official());
    assertEquals(Optional.of(SPECIALIST_UNIT), f.unit());
    assertTrue(f.evidence().contains("apologyDeadline=2025-03-05 08:00"), f.evidence());
    assertTrue(f.message().contains("FINISHED_LATE"), f.message());
  }

  @Test
  void aDossierLateOnlyOnRecordMissesItsApologyOnTheRecordedTimelineOnly() {
    Dossier d =
        specialistHolds()
            .toLeader("2025-03-05T08:00")
            .recordedAt("2025-03-07T08:00")
            .byHolder(EventType.RESULT_READY, "2025-03-05T10:00")
            .recordedAt("2025-03-07T10:00")
            .dossier(THREE_DAYS);

    Finding f = single(check(STRICT, d, "2025-03-07T12:00"), ComplianceRule.APOLOGY_MISSING);

    assertEquals(Optional.of(Timeline.RECORDED), f.timeline());
    assertEquals(Optional.of(SPECIALIST), f.official());
  }

  @Test
  void anApologyAfterTheDeadlineIsLate() {
    Dossier d =
        specialistHolds().apology("2025-03-06T07:45", "2025-03-10T08:00").dossier(THREE_DAYS);

    List<Finding> findings = check(STRICT, d, "2025-03-06T09:00");
    Finding f = single(findings, ComplianceRule.APOLOGY_LATE);

    assertEquals(OptionalInt.of(2), f.eventIndex());
    assertEquals(Optional.empty(), f.timeline());
    assertEquals(Optional.of(SPECIALIST), f.official());
    assertEquals(Optional.of(SPECIALIST_UNIT), f.unit());
    assertTrue(f.evidence().contains("issuedAt=2025-03-06 07:45"), f.evidence());
    assertTrue(f.evidence().contains("apologyDeadline=2025-03-05 08:00"), f.evidence());
    assertEquals(List.of(), only(findings, ComplianceRule.APOLOGY_MISSING));
  }

  @Test
  void anApologyWithoutANewAppointmentIsFoundAndTheLogAnomalyPassedThrough() {
    Dossier d =
        specialistHolds()
            .add(
                DossierEvent.builder()
                    .type(EventType.APOLOGY_ISSUED)
                    .occurredAt(at("2025-03-04T08:00"))
                    .recordedAt(at("2025-03-04T08:00"))
                    .official(SPECIALIST)
                    .unit(SPECIALIST_UNIT)
                    .reason("QUA_TAI"))
            .dossier(THREE_DAYS);

    List<Finding> findings = check(LENIENT, d, "2025-03-04T09:00");
    Finding f = single(findings, ComplianceRule.APOLOGY_WITHOUT_NEW_APPOINTMENT);

    assertEquals(OptionalInt.of(2), f.eventIndex());
    assertEquals(Optional.of(SPECIALIST), f.official());
    assertTrue(f.evidence().contains("reason=QUA_TAI"), f.evidence());
    Finding last = findings.get(findings.size() - 1);
    assertEquals(LogRule.REQUIRED_FIELD_MISSING.code(), last.code());
    assertEquals(OptionalInt.of(2), last.eventIndex());
  }

  @Test
  void aSecondRescheduleIsFound() {
    Dossier d =
        specialistHolds()
            .apology("2025-03-04T08:00", "2025-03-10T08:00")
            .apology("2025-03-04T09:00", "2025-03-12T08:00")
            .dossier(THREE_DAYS);

    Finding f = single(check(LENIENT, d, "2025-03-04T10:00"), ComplianceRule.RESCHEDULE_REPEATED);

    assertEquals(OptionalInt.of(3), f.eventIndex());
    assertEquals(Optional.of(SPECIALIST), f.official());
    assertEquals(Optional.of(SPECIALIST_UNIT), f.unit());
    assertTrue(f.evidence().contains("maxReschedules=1"), f.evidence());
    assertTrue(f.evidence().contains("newAppointment=2025-03-12 08:00"), f.evidence());
  }

  @Test
  void aMissedNewAppointmentIsFoundOnTheHolderWhenItPassed() {
    Dossier d =
        specialistHolds()
            .apology("2025-03-04T08:00", "2025-03-07T08:00")
            .toLeader("2025-03-06T08:00")
            .byHolder(EventType.RESULT_READY, "2025-03-10T08:00")
            .dossier(THREE_DAYS);

    Finding f =
        single(check(STRICT, d, "2025-03-10T09:00"), ComplianceRule.RESCHEDULED_APPOINTMENT_MISSED);

    assertEquals(OptionalInt.of(2), f.eventIndex());
    assertEquals(Optional.of(LEADER), f.official());
    assertEquals(Optional.of(LEADER_UNIT), f.unit());
    assertTrue(f.evidence().contains("rescheduledAppointment=2025-03-07 08:00"), f.evidence());
  }

  @Test
  void aSecondSupplementRequestIsFound() {
    Dossier d =
        specialistHolds()
            .byHolder(EventType.SUPPLEMENT_REQUESTED, "2025-03-04T08:00")
            .byHolder(EventType.SUPPLEMENT_RECEIVED, "2025-03-05T08:00")
            .byHolder(EventType.SUPPLEMENT_REQUESTED, "2025-03-06T08:00")
            .dossier(THREE_DAYS);

    List<Finding> findings = check(STRICT, d, "2025-03-06T09:00");
    Finding f = single(findings, ComplianceRule.SUPPLEMENT_REPEATED);

    assertEquals(OptionalInt.of(4), f.eventIndex());
    assertEquals(Optional.empty(), f.timeline());
    assertEquals(Optional.of(SPECIALIST), f.official());
    assertTrue(f.evidence().contains("maxSupplementRequests=1"), f.evidence());
    assertEquals(List.of(), only(findings, ComplianceRule.SUPPLEMENT_AFTER_WINDOW));
  }

  @Test
  void aSupplementRequestedAfterTheWindowIsFound() {
    Dossier d =
        specialistHolds()
            .byHolder(EventType.SUPPLEMENT_REQUESTED, "2025-03-07T08:00")
            .dossier(THREE_DAYS);

    Finding f =
        single(check(STRICT, d, "2025-03-07T09:00"), ComplianceRule.SUPPLEMENT_AFTER_WINDOW);

    assertEquals(OptionalInt.of(2), f.eventIndex());
    assertEquals(Optional.of(SPECIALIST), f.official());
    assertEquals(Optional.of(SPECIALIST_UNIT), f.unit());
    assertTrue(f.evidence().contains("windowEnd=2025-03-06 17:00"), f.evidence());
    assertTrue(f.evidence().contains("supplementWindowWorkingDays=3"), f.evidence());
  }

  @Test
  void theSupplementWindowIsAPolicy() {
    Dossier d =
        specialistHolds()
            .byHolder(EventType.SUPPLEMENT_REQUESTED, "2025-03-07T08:00")
            .dossier(THREE_DAYS);
    ComplianceCheck wide =
        ComplianceCheck.of(
            CALENDAR, CompliancePolicy.builder().supplementWindowWorkingDays(4).build());

    List<Finding> findings = wide.check(d, STRICT.evaluate(d, at("2025-03-07T09:00")));

    assertEquals(List.of(), only(findings, ComplianceRule.SUPPLEMENT_AFTER_WINDOW));
    assertEquals(4, wide.policy().supplementWindowWorkingDays());
  }

  @Test
  void aPauseWithAReasonTheRuleSetDoesNotAcceptIsFound() {
    Dossier d =
        specialistHolds()
            .paused("2025-03-04T08:00", INVALID_PAUSE_REASON)
            .byHolder(EventType.RESUMED, "2025-03-04T10:00")
            .dossier(THREE_DAYS);

    Finding f = single(check(STRICT, d, "2025-03-04T11:00"), ComplianceRule.PAUSE_INVALID_REASON);

    assertEquals(OptionalInt.of(2), f.eventIndex());
    assertEquals(Optional.of(SPECIALIST), f.official());
    assertEquals(Optional.of(SPECIALIST_UNIT), f.unit());
    assertTrue(f.evidence().contains("reason=" + INVALID_PAUSE_REASON), f.evidence());
    assertTrue(f.message().contains("2 h"), f.message());
  }

  @Test
  void aPauseLongerThanThePolicyAllowsIsFound() {
    Evaluator evaluator = evaluatorWithAPauseReason();
    Dossier d =
        specialistHolds()
            .paused("2025-03-04T08:00", VALID_PAUSE_REASON)
            .byHolder(EventType.RESUMED, "2025-03-07T08:00")
            .dossier(THREE_DAYS);
    ComplianceCheck strictPauses =
        ComplianceCheck.of(CALENDAR, CompliancePolicy.builder().maxPauseWorkingDays(2).build());

    List<Finding> findings = strictPauses.check(d, evaluator.evaluate(d, at("2025-03-07T09:00")));
    Finding f = single(findings, ComplianceRule.PAUSE_TOO_LONG);

    assertEquals(OptionalInt.of(2), f.eventIndex());
    assertEquals(Optional.of(SPECIALIST), f.official());
    assertTrue(f.evidence().contains("workingDays=3"), f.evidence());
    assertTrue(f.evidence().contains("maxPauseWorkingDays=2"), f.evidence());
    assertEquals(List.of(), only(findings, ComplianceRule.PAUSE_INVALID_REASON));
    assertEquals(
        List.of(),
        only(
            CHECK.check(d, evaluator.evaluate(d, at("2025-03-07T09:00"))),
            ComplianceRule.PAUSE_TOO_LONG));
  }

  @Test
  void aFindingOnlyOnTheOccurredTimelineSaysSo() {
    Evaluator evaluator = evaluatorWithAPauseReason();
    // The pause is recorded two days after it began: on the recorded timeline it lasts one
    // working day, on the occurred one three.
    Dossier d =
        specialistHolds()
            .paused("2025-03-04T08:00", VALID_PAUSE_REASON)
            .recordedAt("2025-03-06T08:00")
            .byHolder(EventType.RESUMED, "2025-03-07T08:00")
            .dossier(THREE_DAYS);
    ComplianceCheck strictPauses =
        ComplianceCheck.of(CALENDAR, CompliancePolicy.builder().maxPauseWorkingDays(2).build());

    List<Finding> findings = strictPauses.check(d, evaluator.evaluate(d, at("2025-03-07T09:00")));
    Finding f = single(findings, ComplianceRule.PAUSE_TOO_LONG);

    assertEquals(Optional.of(Timeline.OCCURRED), f.timeline());
    assertEquals(OptionalInt.of(2), f.eventIndex());
    assertEquals(Optional.of(SPECIALIST), f.official());
    assertEquals(Optional.of(SPECIALIST_UNIT), f.unit());
    assertTrue(f.message().contains("lasted 3 working days"), f.message());
    assertTrue(f.evidence().contains("workingDays=3"), f.evidence());
    ComplianceCheckTest.assertInRuleThenEventOrder(findings);
  }

  @Test
  void aReadyResultNotReturnedInTimeIsFound() {
    Dossier d =
        specialistHolds()
            .toLeader("2025-03-04T08:00")
            .byHolder(EventType.RESULT_READY, "2025-03-04T10:00")
            .dossier(THREE_DAYS);

    assertEquals(
        List.of(), only(check(STRICT, d, "2025-03-11T16:00"), ComplianceRule.RESULT_NOT_RETURNED));
    Finding f = single(check(STRICT, d, "2025-03-12T08:00"), ComplianceRule.RESULT_NOT_RETURNED);

    assertEquals(OptionalInt.of(3), f.eventIndex());
    assertEquals(Optional.empty(), f.timeline());
    assertEquals(Optional.of(LEADER), f.official());
    assertEquals(Optional.of(LEADER_UNIT), f.unit());
    assertTrue(f.evidence().contains("limit=2025-03-11 17:00"), f.evidence());
    assertEquals(
        "The result was ready at 2025-03-04 10:00 (event 3) and is still not returned at"
            + " 2025-03-12 08:00.",
        f.message());
  }

  @Test
  void aResultReturnedWithoutAReadyRecordIsFound() {
    Dossier d =
        specialistHolds()
            .toLeader("2025-03-04T08:00")
            .byHolder(EventType.RESULT_RETURNED, "2025-03-04T10:00")
            .dossier(THREE_DAYS);

    Finding f =
        single(check(STRICT, d, "2025-03-04T11:00"), ComplianceRule.RESULT_RETURNED_WITHOUT_READY);

    assertEquals(OptionalInt.of(3), f.eventIndex());
    assertEquals(Optional.of(LEADER), f.official());
    assertEquals(Optional.of(LEADER_UNIT), f.unit());
  }

  @Test
  void anEventRecordedLateIsFoundOnWhoeverPerformedIt() {
    Dossier d =
        specialistHolds()
            .toLeader("2025-03-05T08:00")
            .recordedAt("2025-03-07T08:00")
            .byHolder(EventType.RESULT_READY, "2025-03-07T10:00")
            .recordedAt("2025-03-07T11:00")
            .dossier(THREE_DAYS);

    Finding f = single(check(STRICT, d, "2025-03-07T12:00"), ComplianceRule.EVENT_RECORDED_LATE);

    assertEquals(OptionalInt.of(2), f.eventIndex());
    assertEquals(Optional.of(SPECIALIST), f.official());
    assertEquals(Optional.of(SPECIALIST_UNIT), f.unit());
    assertTrue(f.evidence().contains("lag=PT16H"), f.evidence());
    assertTrue(f.evidence().contains("threshold=PT4H"), f.evidence());
  }

  @Test
  void theRecordingThresholdIsAPolicy() {
    Dossier d =
        specialistHolds()
            .toLeader("2025-03-05T08:00")
            .recordedAt("2025-03-05T11:00")
            .dossier(THREE_DAYS);
    ComplianceCheck tight =
        ComplianceCheck.of(
            CALENDAR, CompliancePolicy.builder().lateRecordThreshold(Duration.ofHours(2)).build());

    Evaluation e = STRICT.evaluate(d, at("2025-03-05T12:00"));

    assertEquals(List.of(), only(CHECK.check(d, e), ComplianceRule.EVENT_RECORDED_LATE));
    assertEquals(1, only(tight.check(d, e), ComplianceRule.EVENT_RECORDED_LATE).size());
  }

  @Test
  void manyFindingsOnBothTimelinesAreEachMadeOnceInRuleThenEventOrder() {
    String[] days = {
      "03-04", "03-05", "03-06", "03-07", "03-10", "03-11", "03-12", "03-13", "03-14", "03-17",
      "03-18", "03-19", "03-20", "03-21", "03-24", "03-25", "03-26", "03-27", "03-28", "03-31"
    };
    TestDossiers.Log log = specialistHolds();
    for (String day : days) {
      log.paused("2025-" + day + "T08:00", INVALID_PAUSE_REASON)
          .byHolder(EventType.RESUMED, "2025-" + day + "T10:00");
    }
    // The last resumption is recorded three working days late: only on the recorded timeline
    // does its pause last too long.
    Dossier d = log.recordedAt("2025-04-03T10:00").dossier(THREE_DAYS);
    ComplianceCheck strictPauses =
        ComplianceCheck.of(CALENDAR, CompliancePolicy.builder().maxPauseWorkingDays(2).build());

    List<Finding> findings = strictPauses.check(d, STRICT.evaluate(d, at("2025-04-10T12:00")));

    List<Finding> invalid = only(findings, ComplianceRule.PAUSE_INVALID_REASON);
    assertEquals(days.length, invalid.size(), findings::toString);
    for (int i = 0; i < days.length; i++) {
      assertEquals(OptionalInt.of(2 + 2 * i), invalid.get(i).eventIndex());
      assertEquals(Optional.empty(), invalid.get(i).timeline(), invalid.get(i)::toString);
    }
    Finding tooLong = single(findings, ComplianceRule.PAUSE_TOO_LONG);
    assertEquals(OptionalInt.of(2 * days.length), tooLong.eventIndex());
    assertEquals(Optional.of(Timeline.RECORDED), tooLong.timeline());
    Finding recordedLate = single(findings, ComplianceRule.EVENT_RECORDED_LATE);
    assertEquals(OptionalInt.of(2 * days.length + 1), recordedLate.eventIndex());
    assertEquals(Optional.empty(), recordedLate.timeline());
    assertInRuleThenEventOrder(findings);
  }

  /** Asserts that no compliance rule is found twice for an event, and the order of the rules. */
  static void assertInRuleThenEventOrder(List<Finding> findings) {
    int lastRule = -1;
    int lastEvent = Integer.MIN_VALUE;
    for (Finding f : findings) {
      if (!f.code().startsWith("COMPLIANCE_")) {
        continue;
      }
      int rule = ComplianceRule.valueOf(f.code().substring("COMPLIANCE_".length())).ordinal();
      int event = f.eventIndex().orElse(-1);
      assertTrue(rule > lastRule || (rule == lastRule && event > lastEvent), findings::toString);
      lastRule = rule;
      lastEvent = event;
    }
  }

  @Test
  void aCompliantDossierHasNoFindings() {
    Dossier d =
        specialistHolds()
            .toLeader("2025-03-04T08:00")
            .byHolder(EventType.RESULT_READY, "2025-03-04T10:00")
            .byHolder(EventType.RESULT_RETURNED, "2025-03-04T11:00")
            .dossier(THREE_DAYS);

    assertEquals(List.of(), check(STRICT, d, "2025-03-04T12:00"));
  }

  @Test
  void anEvaluationOfAnotherDossierIsRefused() {
    Dossier d = specialistHolds().dossier(THREE_DAYS);
    Dossier other = Dossier.builder().from(d).code("H40-OTHER").build();
    Evaluation e = STRICT.evaluate(other, at("2025-03-03T09:00"));

    EvaluationMismatchException x =
        assertThrows(EvaluationMismatchException.class, () -> CHECK.check(d, e));

    assertEquals("H40-TEST-0001", x.dossierCode());
    assertEquals("H40-OTHER", x.evaluationDossierCode());
    assertEquals(DESK_UNIT, d.receivingUnit());
  }

  @Test
  void aNegativeThresholdIsRefused() {
    InvalidPolicyException x =
        assertThrows(
            InvalidPolicyException.class,
            () -> CompliancePolicy.builder().maxPauseWorkingDays(-1).build());

    assertEquals("maxPauseWorkingDays", x.field());
    assertEquals("-1", x.value());
    assertEquals("must not be negative", x.rule());
    InvalidPolicyException y =
        assertThrows(
            InvalidPolicyException.class,
            () -> CompliancePolicy.builder().lateRecordThreshold(Duration.ofMinutes(-5)).build());
    assertEquals("lateRecordThreshold", y.field());
    assertEquals("PT-5M", y.value());
  }

  /**
   * An evaluator whose rule set names {@code VALID_PAUSE_REASON} as a ground for stopping the
   * clock.
   */
  private static Evaluator evaluatorWithAPauseReason() {
    return Evaluator.builder()
        .calendar(CALENDAR)
        .procedures(CATALOGUE)
        .ruleBook(TestDossiers.BOOK_WITH_PAUSE_REASON)
        .build();
  }
}
