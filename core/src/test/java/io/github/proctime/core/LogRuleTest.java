package io.github.proctime.core;

import static io.github.proctime.core.TestDossiers.DESK;
import static io.github.proctime.core.TestDossiers.DESK_UNIT;
import static io.github.proctime.core.TestDossiers.LEADER;
import static io.github.proctime.core.TestDossiers.LEADER_UNIT;
import static io.github.proctime.core.TestDossiers.SPECIALIST;
import static io.github.proctime.core.TestDossiers.THREE_DAYS;
import static io.github.proctime.core.TestDossiers.at;
import static io.github.proctime.core.TestDossiers.evaluator;
import static io.github.proctime.core.TestDossiers.log;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LogRuleTest {
  private static final Evaluator STRICT = evaluator(EvaluationMode.STRICT);
  private static final Evaluator LENIENT = evaluator(EvaluationMode.LENIENT);
  private static final Instant AS_OF = at("2025-03-10T08:00");

  private static DossierEvent.Builder event(EventType type, String at) {
    return DossierEvent.builder().type(type).occurredAt(at(at)).recordedAt(at(at));
  }

  private static TestDossiers.Log started() {
    return log().received("2025-03-03T08:00");
  }

  /** Dossiers that each break one non-fatal rule once: rule, dossier, index, field, value. */
  static Stream<Arguments> brokenRules() {
    return Stream.of(
        Arguments.of(
            LogRule.FIRST_EVENT_NOT_RECEIVED,
            log()
                .add(
                    event(EventType.HANDED_OVER, "2025-03-03T08:00")
                        .official(DESK)
                        .toOfficial(SPECIALIST)
                        .toUnit("PHONG_TNMT"))
                .received("2025-03-03T08:00")
                .dossier(THREE_DAYS),
            0,
            "type",
            "HANDED_OVER",
            Optional.of(DESK)),
        Arguments.of(
            LogRule.DUPLICATE_RECEIPT,
            started().received("2025-03-03T09:00").dossier(THREE_DAYS),
            1,
            "type",
            "RECEIVED",
            Optional.of(DESK)),
        Arguments.of(
            LogRule.REQUIRED_FIELD_MISSING,
            started()
                .add(
                    event(EventType.HANDED_OVER, "2025-03-03T09:00")
                        .official(DESK)
                        .toUnit("PHONG_TNMT")
                        .step("THAM_DINH"))
                .dossier(THREE_DAYS),
            1,
            "toOfficial",
            "",
            Optional.of(DESK)),
        Arguments.of(
            LogRule.REQUIRED_FIELD_MISSING,
            started()
                .add(event(EventType.PAUSED, "2025-03-03T09:00").official(DESK))
                .dossier(THREE_DAYS),
            1,
            "reason",
            "",
            Optional.of(DESK)),
        Arguments.of(
            LogRule.REQUIRED_FIELD_MISSING,
            started()
                .add(event(EventType.APOLOGY_ISSUED, "2025-03-05T07:00").official(DESK).reason("X"))
                .dossier(THREE_DAYS),
            1,
            "newAppointment",
            "",
            Optional.of(DESK)),
        Arguments.of(
            LogRule.RECORDED_BEFORE_OCCURRED,
            started()
                .toSpecialist("2025-03-03T10:00")
                .recordedAt("2025-03-03T09:00")
                .dossier(THREE_DAYS),
            1,
            "recordedAt",
            at("2025-03-03T09:00").toString(),
            Optional.of(DESK)),
        Arguments.of(
            LogRule.OCCURRED_OUT_OF_ORDER,
            started()
                .toSpecialist("2025-03-03T10:00")
                .toLeader("2025-03-03T09:00")
                .recordedAt("2025-03-03T11:00")
                .dossier(THREE_DAYS),
            2,
            "occurredAt",
            at("2025-03-03T09:00").toString(),
            Optional.of(SPECIALIST)),
        Arguments.of(
            LogRule.RECORDED_OUT_OF_ORDER,
            started()
                .toSpecialist("2025-03-03T09:00")
                .recordedAt("2025-03-03T12:00")
                .toLeader("2025-03-03T10:00")
                .recordedAt("2025-03-03T11:00")
                .dossier(THREE_DAYS),
            2,
            "recordedAt",
            at("2025-03-03T11:00").toString(),
            Optional.of(SPECIALIST)),
        Arguments.of(
            LogRule.EVENT_AFTER_TERMINAL,
            started()
                .byHolder(EventType.RESULT_RETURNED, "2025-03-04T08:00")
                .toSpecialist("2025-03-04T09:00")
                .dossier(THREE_DAYS),
            2,
            "type",
            "HANDED_OVER",
            Optional.of(DESK)),
        Arguments.of(
            LogRule.HAND_OVER_FROM_NON_HOLDER,
            started()
                .toSpecialist("2025-03-03T09:00")
                .add(
                    event(EventType.HANDED_OVER, "2025-03-03T10:00")
                        .official(DESK)
                        .unit(DESK_UNIT)
                        .toOfficial(LEADER)
                        .toUnit(LEADER_UNIT)
                        .step("PHE_DUYET"))
                .dossier(THREE_DAYS),
            2,
            "official",
            DESK,
            Optional.of(DESK)),
        Arguments.of(
            LogRule.UNKNOWN_STEP,
            started()
                .handOver("2025-03-03T09:00", SPECIALIST, "PHONG_TNMT", "XYZ")
                .dossier(THREE_DAYS),
            1,
            "step",
            "XYZ",
            Optional.of(DESK)),
        Arguments.of(
            LogRule.RESUME_WITHOUT_PAUSE,
            started().byHolder(EventType.RESUMED, "2025-03-03T09:00").dossier(THREE_DAYS),
            1,
            "type",
            "RESUMED",
            Optional.of(DESK)),
        Arguments.of(
            LogRule.SUPPLEMENT_WITHOUT_REQUEST,
            started()
                .byHolder(EventType.SUPPLEMENT_RECEIVED, "2025-03-03T09:00")
                .dossier(THREE_DAYS),
            1,
            "type",
            "SUPPLEMENT_RECEIVED",
            Optional.of(DESK)),
        Arguments.of(
            LogRule.FULFILMENT_WITHOUT_REQUEST,
            started()
                .byHolder(EventType.FINANCIAL_OBLIGATION_FULFILLED, "2025-03-03T09:00")
                .dossier(THREE_DAYS),
            1,
            "type",
            "FINANCIAL_OBLIGATION_FULFILLED",
            Optional.of(DESK)),
        Arguments.of(
            LogRule.PAUSE_ALREADY_OPEN,
            started()
                .byHolder(EventType.SUPPLEMENT_REQUESTED, "2025-03-03T09:00")
                .byHolder(EventType.SUPPLEMENT_REQUESTED, "2025-03-03T10:00")
                .dossier(THREE_DAYS),
            2,
            "type",
            "SUPPLEMENT_REQUESTED",
            Optional.of(DESK)));
  }

  @ParameterizedTest
  @MethodSource("brokenRules")
  void strictModeThrowsNamingTheDossierEventFieldValueAndRule(
      LogRule rule,
      Dossier dossier,
      int index,
      String field,
      String value,
      Optional<String> official) {
    InvalidDossierException e =
        assertThrows(InvalidDossierException.class, () -> STRICT.evaluate(dossier, AS_OF));

    assertEquals(rule, e.rule());
    assertEquals("H40-TEST-0001", e.dossierCode());
    assertEquals(OptionalInt.of(index), e.eventIndex());
    assertEquals(field, e.field());
    assertEquals(value, e.value());
    assertTrue(e.getMessage().contains("Event " + index), e.getMessage());
  }

  @ParameterizedTest
  @MethodSource("brokenRules")
  void lenientModeEvaluatesAndReportsTheAnomalyAsAFinding(
      LogRule rule,
      Dossier dossier,
      int index,
      String field,
      String value,
      Optional<String> official) {
    Evaluation e = LENIENT.evaluate(dossier, AS_OF);

    List<Finding> matching =
        e.findings().stream()
            .filter(f -> f.code().equals(rule.code()))
            .collect(Collectors.toList());
    assertEquals(1, matching.size(), e.findings().toString());
    Finding f = matching.get(0);
    assertEquals("H40-TEST-0001", f.dossierCode());
    assertEquals(OptionalInt.of(index), f.eventIndex());
    assertEquals(rule.description(), f.rule());
    assertEquals(official, f.official());
    assertTrue(f.evidence().contains("field " + field + "="), f.evidence());
    assertTrue(
        f.message().contains("kept in") || f.message().contains("applied"),
        "the finding says what was done with the event: " + f.message());
    assertEquals(EvaluationMode.LENIENT, e.mode());
  }

  @Test
  void everyNonFatalRuleHasAWorkedCase() {
    Set<LogRule> covered = brokenRules().map(a -> (LogRule) a.get()[0]).collect(Collectors.toSet());
    Set<LogRule> nonFatal = EnumSet.noneOf(LogRule.class);
    for (LogRule r : LogRule.values()) {
      if (!r.isFatal()) {
        nonFatal.add(r);
      }
    }
    assertEquals(nonFatal, covered);
  }

  static Stream<Arguments> fatalRules() {
    return Stream.of(
        Arguments.of(
            LogRule.RECEIPT_MISSING,
            log().toSpecialist("2025-03-03T08:00").dossier(THREE_DAYS),
            AS_OF,
            -1,
            "events",
            ""),
        Arguments.of(
            LogRule.UNKNOWN_PROCEDURE,
            Dossier.builder().from(started().dossier(THREE_DAYS)).procedureCode("9.999999").build(),
            AS_OF,
            -1,
            "procedureCode",
            "9.999999"),
        Arguments.of(
            LogRule.NO_VERSION_IN_FORCE,
            log().received("2017-12-29T08:00").dossier(THREE_DAYS),
            AS_OF,
            0,
            "occurredAt",
            at("2017-12-29T08:00").toString()),
        Arguments.of(
            LogRule.NO_RULE_SET_IN_FORCE,
            log().received("2018-03-01T08:00").dossier(THREE_DAYS),
            AS_OF,
            0,
            "occurredAt",
            at("2018-03-01T08:00").toString()),
        Arguments.of(
            LogRule.AS_OF_BEFORE_RECEIPT,
            started().dossier(THREE_DAYS),
            at("2025-03-03T07:00"),
            0,
            "asOf",
            at("2025-03-03T07:00").toString()));
  }

  @ParameterizedTest
  @MethodSource("fatalRules")
  void aFatalRuleThrowsInBothModes(
      LogRule rule, Dossier dossier, Instant asOf, int index, String field, String value) {
    for (Evaluator evaluator : List.of(STRICT, LENIENT)) {
      InvalidDossierException e =
          assertThrows(InvalidDossierException.class, () -> evaluator.evaluate(dossier, asOf));
      assertEquals(rule, e.rule());
      assertTrue(rule.isFatal());
      assertEquals("H40-TEST-0001", e.dossierCode());
      assertEquals(index < 0 ? OptionalInt.empty() : OptionalInt.of(index), e.eventIndex());
      assertEquals(field, e.field());
      assertEquals(value, e.value());
    }
  }

  @Test
  void aHandOverFromANonHolderIsAppliedAsRecorded() {
    Dossier d = (Dossier) brokenRules().skip(9).findFirst().orElseThrow().get()[1];

    Evaluation e = LENIENT.evaluate(d, AS_OF);

    List<StepRecord> steps = e.steps();
    assertEquals(3, steps.size());
    assertEquals(Optional.of(LEADER), steps.get(2).holderOfficial());
    assertEquals(Optional.of(DESK), steps.get(2).handedOverBy());
    assertEquals(Optional.of(at("2025-03-03T10:00")), steps.get(1).heldUntil());
  }

  @Test
  void anEventThatOccurredOutOfOrderKeepsItsPlaceAndTakesThePreviousInstant() {
    Dossier d = (Dossier) brokenRules().skip(6).findFirst().orElseThrow().get()[1];

    Evaluation e = LENIENT.evaluate(d, AS_OF);

    assertEquals(at("2025-03-03T10:00"), e.occurred().steps().get(2).startedAt());
    assertEquals(at("2025-03-03T11:00"), e.recorded().steps().get(2).startedAt());
    assertEquals(
        Optional.of(Timeline.OCCURRED),
        e.findings().stream()
            .filter(f -> f.code().equals(LogRule.OCCURRED_OUT_OF_ORDER.code()))
            .findFirst()
            .orElseThrow()
            .timeline());
  }

  @Test
  void anEventRecordedBeforeItOccurredIsTakenAsRecordedWhenItOccurred() {
    Dossier d = (Dossier) brokenRules().skip(5).findFirst().orElseThrow().get()[1];

    Evaluation e = LENIENT.evaluate(d, AS_OF);

    assertEquals(at("2025-03-03T10:00"), e.recorded().steps().get(1).startedAt());
    assertEquals(Severity.ERROR, e.findings().get(0).severity());
    assertEquals(Optional.of(Timeline.RECORDED), e.findings().get(0).timeline());
  }

  @Test
  void anEventAfterTheTerminalOneIsReportedNotApplied() {
    Dossier d = (Dossier) brokenRules().skip(8).findFirst().orElseThrow().get()[1];

    Evaluation e = LENIENT.evaluate(d, AS_OF);

    assertEquals(DossierState.FINISHED_EARLY, e.state());
    assertEquals(1, e.steps().size());
    assertEquals(1, e.findings().size());
  }

  @Test
  void aPauseWithoutAReasonIsInvalidInLenientMode() {
    Dossier d =
        started()
            .add(event(EventType.PAUSED, "2025-03-03T09:00").official(DESK))
            .add(event(EventType.RESUMED, "2025-03-03T10:00").official(DESK))
            .dossier(THREE_DAYS);

    Evaluation e = LENIENT.evaluate(d, AS_OF);

    assertTrue(e.occurred().pauses().get(0).isInvalid());
    assertEquals(java.time.Duration.ofHours(1), e.occurred().invalidlyPaused());
  }
}
