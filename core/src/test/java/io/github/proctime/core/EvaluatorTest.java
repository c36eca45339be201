package io.github.proctime.core;

import static io.github.proctime.core.TestDossiers.CALENDAR;
import static io.github.proctime.core.TestDossiers.CATALOGUE;
import static io.github.proctime.core.TestDossiers.DESK;
import static io.github.proctime.core.TestDossiers.FIFTEEN_CALENDAR_DAYS;
import static io.github.proctime.core.TestDossiers.FIVE_DAYS;
import static io.github.proctime.core.TestDossiers.FOUR_HOURS;
import static io.github.proctime.core.TestDossiers.LEADER;
import static io.github.proctime.core.TestDossiers.LEADER_UNIT;
import static io.github.proctime.core.TestDossiers.SPECIALIST;
import static io.github.proctime.core.TestDossiers.SPECIALIST_UNIT;
import static io.github.proctime.core.TestDossiers.THREE_DAYS;
import static io.github.proctime.core.TestDossiers.at;
import static io.github.proctime.core.TestDossiers.evaluator;
import static io.github.proctime.core.TestDossiers.log;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.proctime.calendar.DayKind;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EvaluatorTest {
  private static final Evaluator STRICT = evaluator(EvaluationMode.STRICT);

  private static List<LocalDate> skippedDays(TimelineEvaluation t) {
    return t.explanation().stream()
        .filter(e -> e.kind() == ExplanationKind.NON_WORKING_DAY_SKIPPED)
        .map(e -> e.calendarDay().orElseThrow().date())
        .collect(Collectors.toList());
  }

  private static Optional<ExplanationEntry> entry(Evaluation e, ExplanationKind kind) {
    return e.explanation().stream().filter(x -> x.kind() == kind).findFirst();
  }

  @Test
  void receivedAfterTheCutOffOnTheFridayBeforeTetCountsFromTheFirstWorkingDayAfterTet() {
    Dossier d = log().received("2025-01-24T16:00").dossier(THREE_DAYS);

    Evaluation e = STRICT.evaluate(d, at("2025-02-05T09:00"));

    assertEquals(at("2025-02-03T07:30"), e.clockStart());
    assertEquals(at("2025-02-06T07:30"), e.statutoryDue());
    assertEquals(at("2025-02-06T07:30"), e.dueAt());
    assertEquals(DossierState.IN_PROGRESS_DUE_SOON, e.state());
    assertEquals(Duration.ofMinutes(17 * 60 + 30), e.elapsed());
    assertEquals(Duration.ofMinutes(6 * 60 + 30), e.remaining());
    assertEquals(Duration.ofHours(24), e.occurred().allotted());
    assertEquals("ND61_2018", e.ruleSetId());
    assertTrue(entry(e, ExplanationKind.AFTER_CUT_OFF).orElseThrow().text().contains("15:00"));
    assertEquals(
        List.of(
            LocalDate.of(2025, 1, 25),
            LocalDate.of(2025, 1, 26),
            LocalDate.of(2025, 1, 27),
            LocalDate.of(2025, 1, 28),
            LocalDate.of(2025, 1, 29),
            LocalDate.of(2025, 1, 30),
            LocalDate.of(2025, 1, 31),
            LocalDate.of(2025, 2, 1),
            LocalDate.of(2025, 2, 2)),
        skippedDays(e.occurred()));
    ExplanationEntry tet =
        e.explanation().stream()
            .filter(x -> x.calendarDay().map(c -> c.date().getDayOfMonth() == 27).orElse(false))
            .findFirst()
            .orElseThrow();
    assertEquals("Tết Nguyên đán", tet.calendarDay().orElseThrow().name());
    assertTrue(tet.text().contains("Tết Nguyên đán"), tet.text());
    assertEquals(ExplanationKind.STATE, e.explanation().get(e.explanation().size() - 1).kind());
    List<ExplanationEntry> facts = e.explanation().subList(0, e.explanation().size() - 1);
    for (int i = 1; i < facts.size(); i++) {
      assertTrue(!facts.get(i).at().isBefore(facts.get(i - 1).at()), "in order: " + facts);
    }
    assertEquals(
        "Skipped 2025-01-27 Monday (Ngày lễ, tết: Tết Nguyên đán, CV 8726/VPCP-KGVX;"
            + " TB 6150/TB-BLĐTBXH)",
        tet.text());
  }

  @Test
  void receivedJustBeforeTheCutOffCountsFromTheReceiptItself() {
    Dossier d = log().received("2025-01-24T14:59").dossier(THREE_DAYS);

    Evaluation e = STRICT.evaluate(d, at("2025-01-24T15:00"));

    assertEquals(at("2025-01-24T14:59"), e.clockStart());
    assertEquals(at("2025-02-05T14:59"), e.dueAt());
    assertEquals(DossierState.IN_PROGRESS_ON_TRACK, e.state());
    assertTrue(entry(e, ExplanationKind.AFTER_CUT_OFF).isEmpty());
  }

  @Test
  void aProcedureCutOffOverridesTheRuleSets() {
    Procedure early =
        Procedure.builder()
            .code("2.000635")
            .name("Cấp bản sao trích lục")
            .addVersions(
                ProcedureVersion.builder()
                    .effectiveFrom(LocalDate.of(2018, 1, 1))
                    .processingTime(ProcessingTime.workingDays(1))
                    .intakeCutoff(LocalTime.of(11, 0))
                    .build())
            .build();
    Evaluator evaluator =
        Evaluator.builder().calendar(CALENDAR).procedures(ProcedureCatalogue.of(early)).build();
    Dossier d = log().received("2025-03-03T11:05").dossier(early);

    Evaluation e = evaluator.evaluate(d, at("2025-03-03T12:00"));

    assertEquals(at("2025-03-04T07:30"), e.clockStart());
    assertEquals(at("2025-03-05T07:30"), e.dueAt());
    assertTrue(
        entry(e, ExplanationKind.AFTER_CUT_OFF).orElseThrow().text().contains("procedure's own"));
  }

  @Test
  void aSupplementWaitAcrossTheMayHolidaysMovesTheDueTimeByItsWorkingTimeOnly() {
    TestDossiers.Log log =
        log()
            .received("2025-04-21T09:00")
            .toSpecialist("2025-04-21T09:00")
            .byHolder(EventType.SUPPLEMENT_REQUESTED, "2025-04-24T10:00");
    Evaluation waiting = STRICT.evaluate(log.dossier(FIVE_DAYS), at("2025-05-05T09:00"));
    assertEquals(DossierState.WAITING_FOR_APPLICANT, waiting.state());
    assertEquals(1, waiting.occurred().supplementRequests());
    assertTrue(waiting.occurred().pauses().get(0).isOpen());

    Dossier d =
        log.byHolder(EventType.SUPPLEMENT_RECEIVED, "2025-05-05T10:00")
            .byHolder(EventType.RESULT_READY, "2025-05-07T08:30")
            .dossier(FIVE_DAYS);
    Evaluation e = STRICT.evaluate(d, at("2025-05-08T09:00"));

    // Saturday 26/4/2025 is a make-up working day.
    assertEquals(at("2025-04-26T09:00"), e.statutoryDue());
    assertEquals(Duration.ofHours(40), e.occurred().legitimatelyPaused());
    assertEquals(at("2025-05-07T09:00"), e.dueAt());
    assertEquals(DossierState.FINISHED_ON_TIME, e.state());
    PauseRecord pause = e.occurred().pauses().get(0);
    assertEquals(PauseKind.SUPPLEMENT, pause.kind());
    assertTrue(pause.isClockStopped());
    assertFalse(pause.isInvalid());
    assertEquals(Duration.ofHours(40), pause.workingTime());
    assertEquals(Optional.of(SPECIALIST), pause.official());
    assertTrue(
        skippedDays(e.occurred())
            .containsAll(
                List.of(
                    LocalDate.of(2025, 4, 30),
                    LocalDate.of(2025, 5, 1),
                    LocalDate.of(2025, 5, 2))));
    assertTrue(entry(e, ExplanationKind.DUE_EXTENDED).orElseThrow().text().contains("40h00m"));
  }

  private static TestDossiers.Log apologyLog() {
    return log()
        .received("2025-03-03T08:00")
        .toSpecialist("2025-03-03T08:00")
        .apology("2025-03-05T07:45", "2025-03-10T10:00");
  }

  @Test
  void anApologyWithANewAppointmentDoesNotMoveTheLegalDueTimeByDefault() {
    Dossier d =
        apologyLog().byHolder(EventType.RESULT_READY, "2025-03-07T15:00").dossier(THREE_DAYS);

    Evaluation e = STRICT.evaluate(d, at("2025-03-07T16:00"));

    assertEquals(at("2025-03-06T08:00"), e.dueAt());
    assertEquals(at("2025-03-05T08:00"), e.occurred().apologyDeadline());
    assertEquals(Optional.of(at("2025-03-10T10:00")), e.rescheduledAppointment());
    assertEquals(DossierState.FINISHED_LATE, e.state());
    assertEquals(1, e.occurred().reschedules());
    ApologyRecord apology = e.occurred().apologies().get(0);
    assertTrue(apology.isTimely());
    assertEquals(Optional.of(SPECIALIST), apology.official());
    assertEquals(2, apology.eventIndex());
    assertFalse(e.occurred().isRescheduledAppointmentMissed());
    assertTrue(e.occurred().isApologyRequired());
    // Thursday 08:00-17:00 (7h30) and Friday 07:30-15:00 (6h) past the due time.
    assertEquals(Duration.ofMinutes(13 * 60 + 30), e.occurred().delay());
  }

  @Test
  void underTheNewAppointmentPolicyTheRescheduledAppointmentIsTheDueTime() {
    Dossier d =
        apologyLog().byHolder(EventType.RESULT_READY, "2025-03-07T15:00").dossier(THREE_DAYS);
    Evaluator evaluator =
        TestDossiers.evaluator(
            RuleSet.builder()
                .from(RuleSets.decree61())
                .rescheduleEffect(RescheduleEffect.NEW_APPOINTMENT_IS_DUE)
                .build());

    Evaluation e = evaluator.evaluate(d, at("2025-03-07T16:00"));

    assertEquals(at("2025-03-10T10:00"), e.dueAt());
    assertEquals(DossierState.FINISHED_EARLY, e.state());
  }

  @Test
  void aMissedRescheduledAppointmentIsReported() {
    Dossier d =
        apologyLog().byHolder(EventType.RESULT_READY, "2025-03-11T09:00").dossier(THREE_DAYS);

    Evaluation e = STRICT.evaluate(d, at("2025-03-11T10:00"));

    assertTrue(e.occurred().isRescheduledAppointmentMissed());
    assertEquals(DossierState.FINISHED_LATE, e.state());
  }

  @Test
  void aLateApologyIsNotTimely() {
    Dossier d =
        log()
            .received("2025-03-03T08:00")
            .toSpecialist("2025-03-03T08:00")
            .apology("2025-03-05T09:00", "2025-03-10T10:00")
            .dossier(THREE_DAYS);

    Evaluation e = STRICT.evaluate(d, at("2025-03-05T10:00"));

    assertFalse(e.occurred().apologies().get(0).isTimely());
  }

  @Test
  void aStepOverrunIsVisibleEvenWhenAnEarlyLaterStepHidesItFromTheDossier() {
    Dossier d =
        log()
            .received("2025-03-03T08:00")
            .toSpecialist("2025-03-03T08:00")
            .toLeader("2025-03-05T14:00")
            .byHolder(EventType.RESULT_READY, "2025-03-05T16:00")
            .byHolder(EventType.RESULT_RETURNED, "2025-03-06T09:00")
            .dossier(THREE_DAYS);

    Evaluation e = STRICT.evaluate(d, at("2025-03-06T10:00"));

    assertEquals(DossierState.FINISHED_EARLY, e.state());
    assertFalse(e.occurred().isApologyRequired());
    assertEquals(Optional.of(at("2025-03-05T16:00")), e.occurred().endedAt());
    List<StepRecord> steps = e.steps();
    assertEquals(3, steps.size());

    StepRecord desk = steps.get(0);
    assertEquals(Optional.of(DESK), desk.holderOfficial());
    assertEquals(Optional.empty(), desk.allotment());
    assertEquals(Optional.empty(), desk.verdict());

    StepRecord appraisal = steps.get(1);
    assertEquals(Optional.of(SPECIALIST), appraisal.holderOfficial());
    assertEquals(Optional.of(SPECIALIST_UNIT), appraisal.holderUnit());
    assertEquals(Optional.of(DESK), appraisal.handedOverBy());
    assertEquals(Optional.of("THAM_DINH"), appraisal.stepId());
    assertEquals(Optional.of("Thẩm định hồ sơ"), appraisal.stepName());
    assertEquals(Optional.of(ProcessingTime.workingDays(2)), appraisal.allotment());
    assertEquals(Optional.of(Duration.ofHours(16)), appraisal.allottedTime());
    assertEquals(Optional.of(at("2025-03-05T08:00")), appraisal.dueAt());
    assertEquals(1, appraisal.startEventIndex());
    assertEquals(java.util.OptionalInt.of(2), appraisal.endEventIndex());
    assertEquals(Duration.ofMinutes(20 * 60 + 30), appraisal.timeUsed());
    assertEquals(Duration.ofMinutes(4 * 60 + 30), appraisal.overrun());
    assertEquals(Optional.of(Verdict.LATE), appraisal.verdict());
    assertEquals("Quá hạn", appraisal.verdict().orElseThrow().vietnameseLabel());

    StepRecord approval = steps.get(2);
    assertEquals(Optional.of(LEADER), approval.holderOfficial());
    assertEquals(Optional.of(LEADER_UNIT), approval.holderUnit());
    assertEquals(Optional.of(SPECIALIST), approval.handedOverBy());
    assertEquals(Optional.of(at("2025-03-06T14:00")), approval.dueAt());
    assertEquals(Duration.ofHours(2), approval.timeUsed());
    assertEquals(Duration.ZERO, approval.overrun());
    assertEquals(Optional.of(Verdict.EARLY), approval.verdict());
    assertEquals(Optional.of(at("2025-03-05T16:00")), approval.endedAt());
    assertEquals(Optional.of(at("2025-03-06T09:00")), approval.heldUntil());
    // The clock stopped at the result (Wednesday 16:00): the holdings share its 22h30m.
    assertEquals(Duration.ZERO, desk.clockTimeHeld());
    assertEquals(Duration.ofMinutes(20 * 60 + 30), appraisal.clockTimeHeld());
    assertEquals(Duration.ofHours(2), approval.clockTimeHeld());
    assertEquals(Duration.ofMinutes(22 * 60 + 30), e.elapsed());
  }

  private static Dossier lateRecordedDossier() {
    return log()
        .received("2025-03-03T08:00")
        .toSpecialist("2025-03-03T08:00")
        .toLeader("2025-03-04T10:00")
        .recordedAt("2025-03-05T09:00")
        .byHolder(EventType.RESULT_READY, "2025-03-05T16:00")
        .recordedAt("2025-03-07T09:00")
        .dossier(THREE_DAYS);
  }

  @Test
  void anOnTimeStepRecordedLateIsLateOnlyOnTheRecordedTimeline() {
    Evaluation e = STRICT.evaluate(lateRecordedDossier(), at("2025-03-06T12:00"));

    assertEquals(Optional.of(Verdict.EARLY), e.occurred().steps().get(1).verdict());
    assertEquals(Optional.of(Verdict.LATE), e.recorded().steps().get(1).verdict());
    assertEquals(Duration.ofHours(1), e.recorded().steps().get(1).overrun());
    assertEquals(DossierState.FINISHED_EARLY, e.occurred().state());
    assertEquals(DossierState.IN_PROGRESS_OVERDUE, e.recorded().state());
    assertTrue(e.isOverdueOnlyOnRecord());
    assertTrue(e.isLateOnlyOnRecord());
    assertTrue(e.isStateDifferentOnRecord());
    assertEquals(Duration.ofMinutes(3 * 60 + 30), e.recorded().delay());
    assertEquals(Duration.ZERO, e.occurred().delay());
  }

  @Test
  void aDossierFinishedOnTimeButRecordedLateIsLateOnlyOnRecord() {
    Evaluation e = STRICT.evaluate(lateRecordedDossier(), at("2025-03-10T09:00"));

    assertEquals(DossierState.FINISHED_EARLY, e.occurred().state());
    assertEquals(DossierState.FINISHED_LATE, e.recorded().state());
    assertTrue(e.isLateOnlyOnRecord());
    assertFalse(e.isOverdueOnlyOnRecord());
  }

  @Test
  void aCalendarDayPeriodWhoseLastDayIsAHolidayEndsOnTheNextWorkingDay() {
    Dossier d = log().received("2025-04-15T09:00").dossier(FIFTEEN_CALENDAR_DAYS);

    Evaluation e = STRICT.evaluate(d, at("2025-04-16T09:00"));

    assertEquals(at("2025-05-05T09:00"), e.statutoryDue());
    ExplanationEntry art148 =
        e.explanation().stream()
            .filter(x -> x.text().contains("Art. 148"))
            .findFirst()
            .orElseThrow();
    assertEquals(LocalDate.of(2025, 4, 30), art148.calendarDay().orElseThrow().date());
    assertEquals(DayKind.PUBLIC_HOLIDAY, art148.calendarDay().orElseThrow().kind());

    Evaluation endOfDay =
        TestDossiers.evaluator(
                RuleSet.builder()
                    .from(RuleSets.decree61())
                    .duePlacement(DuePlacement.END_OF_DAY)
                    .build())
            .evaluate(d, at("2025-04-16T09:00"));
    assertEquals(at("2025-05-05T17:00"), endOfDay.statutoryDue());
  }

  @Test
  void aWorkingHourLimitSkipsTheNight() {
    Dossier d = log().received("2025-03-03T15:00").dossier(FOUR_HOURS);

    Evaluation e = STRICT.evaluate(d, at("2025-03-03T15:30"));

    assertEquals(at("2025-03-03T15:00"), e.clockStart());
    assertEquals(at("2025-03-04T09:30"), e.dueAt());
  }

  @Test
  void endOfDayPlacementPutsTheDueTimeAtTheCloseOfTheLastDay() {
    Dossier d = log().received("2025-03-03T09:10").dossier(THREE_DAYS);
    Evaluator endOfDay =
        TestDossiers.evaluator(
            RuleSet.builder()
                .from(RuleSets.decree61())
                .duePlacement(DuePlacement.END_OF_DAY)
                .build());

    assertEquals(at("2025-03-06T09:10"), STRICT.evaluate(d, at("2025-03-03T10:00")).dueAt());
    assertEquals(at("2025-03-06T17:00"), endOfDay.evaluate(d, at("2025-03-03T10:00")).dueAt());
  }

  private static final String INVALID = TestDossiers.INVALID_PAUSE_REASON;

  @Test
  void aPauseWithoutAValidReasonKeepsCountingAndNamesWhoPressedIt() {
    Dossier d =
        log()
            .received("2025-03-03T08:00")
            .toSpecialist("2025-03-03T08:00")
            .paused("2025-03-03T13:00", INVALID)
            .byHolder(EventType.RESUMED, "2025-03-04T13:00")
            .dossier(THREE_DAYS);

    Evaluation e = STRICT.evaluate(d, at("2025-03-05T09:00"));

    assertEquals(at("2025-03-06T08:00"), e.dueAt());
    assertEquals(Duration.ZERO, e.occurred().legitimatelyPaused());
    assertEquals(Duration.ofHours(8), e.occurred().invalidlyPaused());
    PauseRecord pause = e.occurred().pauses().get(0);
    assertTrue(pause.isInvalid());
    assertFalse(pause.isClockStopped());
    assertEquals(Optional.of(SPECIALIST), pause.official());
    assertEquals(Optional.of(INVALID), pause.reason());
    assertEquals(Duration.ofHours(8), e.steps().get(1).invalidlyPaused());
    assertEquals(DossierState.IN_PROGRESS_DUE_SOON, e.state());
    assertTrue(
        e.explanation().stream().anyMatch(x -> x.text().contains("invalid pause")),
        e.explanation().toString());
  }

  @Test
  void aPauseWithAReasonTheRuleSetAcceptsStopsTheClock() {
    Dossier d =
        log()
            .received("2025-03-03T08:00")
            .toSpecialist("2025-03-03T08:00")
            .paused("2025-03-03T13:00", TestDossiers.VALID_PAUSE_REASON)
            .byHolder(EventType.RESUMED, "2025-03-04T13:00")
            .dossier(THREE_DAYS);
    Evaluator evaluator =
        Evaluator.builder()
            .calendar(CALENDAR)
            .procedures(CATALOGUE)
            .ruleBook(TestDossiers.BOOK_WITH_PAUSE_REASON)
            .build();

    Evaluation e = evaluator.evaluate(d, at("2025-03-05T09:00"));

    assertEquals(at("2025-03-07T08:00"), e.dueAt());
    assertEquals(Optional.of(at("2025-03-06T08:00")), e.steps().get(1).dueAt());
    assertEquals(Duration.ofHours(8), e.steps().get(1).legitimatelyPaused());
    assertEquals(DossierState.IN_PROGRESS_ON_TRACK, e.state());
    Evaluation during = evaluator.evaluate(d, at("2025-03-04T09:00"));
    assertEquals(DossierState.PAUSED, during.state());
  }

  @Test
  void aFinancialObligationWaitStopsTheClockUnlessTheRuleSetSaysOtherwise() {
    Dossier d =
        log()
            .received("2025-03-03T08:00")
            .byHolder(EventType.FINANCIAL_OBLIGATION_REQUESTED, "2025-03-03T09:00")
            .dossier(THREE_DAYS);

    Evaluation byDefault = STRICT.evaluate(d, at("2025-03-10T09:00"));
    assertEquals(DossierState.WAITING_FOR_APPLICANT, byDefault.state());
    assertTrue(byDefault.occurred().pauses().get(0).isClockStopped());

    Evaluation counting =
        TestDossiers.evaluator(
                RuleSet.builder()
                    .from(RuleSets.decree61())
                    .financialObligationStopsClock(false)
                    .build())
            .evaluate(d, at("2025-03-10T09:00"));
    assertEquals(DossierState.IN_PROGRESS_OVERDUE, counting.state());
    assertEquals(at("2025-03-06T08:00"), counting.dueAt());
    assertFalse(counting.occurred().pauses().get(0).isInvalid());
    assertEquals(Duration.ZERO, counting.occurred().invalidlyPaused());
  }

  @Test
  void aPrintedAppointmentIsAuthoritative() {
    Dossier d =
        Dossier.builder()
            .from(log().received("2025-03-03T08:00").dossier(THREE_DAYS))
            .printedAppointment(at("2025-03-07T10:00"))
            .build();

    Evaluation e = STRICT.evaluate(d, at("2025-03-06T10:30"));

    assertEquals(at("2025-03-06T08:00"), e.statutoryDue());
    assertEquals(Optional.of(at("2025-03-07T10:00")), e.printedAppointment());
    assertEquals(at("2025-03-07T10:00"), e.dueAt());
    assertEquals(DossierState.IN_PROGRESS_DUE_SOON, e.state());
  }

  @Test
  void refusedStoppedAndWithdrawnEndTheClockWithoutAVerdict() {
    for (EventType type : List.of(EventType.REFUSED, EventType.STOPPED, EventType.WITHDRAWN)) {
      Dossier d =
          log().received("2025-03-03T08:00").byHolder(type, "2025-03-04T08:00").dossier(THREE_DAYS);
      Evaluation e = STRICT.evaluate(d, at("2025-03-20T08:00"));
      assertEquals(DossierState.valueOf(type.name()), e.state());
      assertEquals(Duration.ofHours(8), e.elapsed());
      assertEquals(Optional.of(at("2025-03-04T08:00")), e.occurred().endedAt());
    }
  }

  @Test
  void resultReadyTakesPrecedenceOverResultReturned() {
    Dossier d =
        log()
            .received("2025-03-03T08:00")
            .byHolder(EventType.RESULT_READY, "2025-03-06T08:00")
            .byHolder(EventType.RESULT_RETURNED, "2025-03-10T08:00")
            .dossier(THREE_DAYS);

    Evaluation e = STRICT.evaluate(d, at("2025-03-20T08:00"));

    assertEquals(DossierState.FINISHED_ON_TIME, e.state());
    assertEquals(java.util.OptionalInt.of(1), e.occurred().endEventIndex());
  }

  @Test
  void theRuleSetInForceOnTheReceiptDateApplies() {
    Evaluation before =
        STRICT.evaluate(
            log().received("2025-06-30T08:00").dossier(THREE_DAYS), at("2025-07-01T08:00"));
    Evaluation after =
        STRICT.evaluate(
            log().received("2025-07-01T08:00").dossier(THREE_DAYS), at("2025-07-01T09:00"));

    assertEquals("ND61_2018", before.ruleSetId());
    assertEquals(ControlSlipForm.TT01_2018_FORM_05, before.ruleSet().controlSlipForm());
    assertEquals("ND118_2025", after.ruleSetId());
    assertEquals(ControlSlipForm.TT03_2025_FORM_06, after.ruleSet().controlSlipForm());
  }

  static Stream<Arguments> verdicts() {
    return Stream.of(
        Arguments.of("2025-03-05T16:00", Verdict.EARLY, Verdict.EARLY, Verdict.EARLY),
        Arguments.of("2025-03-06T07:00", Verdict.ON_TIME, Verdict.EARLY, Verdict.EARLY),
        Arguments.of("2025-03-06T07:45", Verdict.ON_TIME, Verdict.ON_TIME, Verdict.EARLY),
        Arguments.of("2025-03-06T08:00", Verdict.ON_TIME, Verdict.ON_TIME, Verdict.ON_TIME),
        Arguments.of("2025-03-06T08:01", Verdict.LATE, Verdict.LATE, Verdict.LATE));
  }

  @ParameterizedTest
  @MethodSource("verdicts")
  void theVerdictRulesDifferOnlyInWhereEarlyStops(
      String finished, Verdict beforeDueDay, Verdict sessionBased, Verdict strictInstant) {
    Dossier d =
        log()
            .received("2025-03-03T08:00")
            .byHolder(EventType.RESULT_READY, finished)
            .dossier(THREE_DAYS);
    List<Verdict> found =
        Stream.of(
                VerdictRule.EARLY_BEFORE_DUE_DAY,
                VerdictRule.SESSION_BASED,
                VerdictRule.STRICT_INSTANT)
            .map(
                rule ->
                    TestDossiers.evaluator(
                            RuleSet.builder().from(RuleSets.decree61()).verdictRule(rule).build())
                        .evaluate(d, at("2025-03-20T08:00"))
                        .state()
                        .verdict()
                        .orElseThrow())
            .collect(Collectors.toList());

    assertEquals(List.of(beforeDueDay, sessionBased, strictInstant), found);
  }

  @Test
  void evaluationIsDeterministicAndLeavesTheDossierUntouched() {
    Dossier d = lateRecordedDossier();
    Dossier copy = Dossier.builder().from(d).build();

    Evaluation first = STRICT.evaluate(d, at("2025-03-06T12:00"));
    Evaluation second = STRICT.evaluate(d, at("2025-03-06T12:00"));

    assertEquals(first, second);
    assertEquals(copy, d);
  }

  @Test
  void aStepAtAnotherAgencyCarriesTheAgencyIntoTheLedger() {
    Step tax =
        Step.builder()
            .id("XAC_DINH_THUE")
            .name("Xác định nghĩa vụ thuế")
            .ownerUnit("CHI_CUC_THUE")
            .agency("Chi cục Thuế khu vực")
            .allotment(ProcessingTime.workingHours(4))
            .build();
    Procedure land =
        Procedure.builder()
            .code("1.004227")
            .name("Đăng ký biến động đất đai")
            .addVersions(
                ProcedureVersion.builder()
                    .effectiveFrom(LocalDate.of(2018, 1, 1))
                    .processingTime(ProcessingTime.workingDays(3))
                    .addSteps(TestDossiers.THAM_DINH, tax)
                    .build())
            .build();
    Evaluator evaluator =
        Evaluator.builder().calendar(CALENDAR).procedures(ProcedureCatalogue.of(land)).build();
    Dossier d =
        log()
            .received("2025-03-03T08:00")
            .handOver("2025-03-03T08:30", "Phạm Thu Hà", "CHI_CUC_THUE", "XAC_DINH_THUE")
            .byHolder(EventType.STEP_COMPLETED, "2025-03-03T15:00")
            .dossier(land);

    Evaluation e = evaluator.evaluate(d, at("2025-03-04T08:00"));

    StepRecord row = e.steps().get(1);
    assertEquals(Optional.of("Chi cục Thuế khu vực"), row.agency());
    assertEquals(Optional.of("CHI_CUC_THUE"), row.holderUnit());
    assertEquals(Optional.of(at("2025-03-03T14:00")), row.dueAt());
    assertEquals(Duration.ofHours(5), row.timeUsed());
    assertEquals(Duration.ofHours(1), row.overrun());
    assertEquals(Optional.of(Verdict.LATE), row.verdict());
    assertTrue(row.heldUntil().isEmpty());
  }

  @Test
  void everySupplementRequestIsCountedAndEveryWaitStopsTheClock() {
    Dossier d =
        log()
            .received("2025-03-03T08:00")
            .byHolder(EventType.SUPPLEMENT_REQUESTED, "2025-03-03T09:00")
            .byHolder(EventType.SUPPLEMENT_RECEIVED, "2025-03-03T10:00")
            .byHolder(EventType.SUPPLEMENT_REQUESTED, "2025-03-03T13:00")
            .byHolder(EventType.SUPPLEMENT_RECEIVED, "2025-03-03T15:00")
            .dossier(THREE_DAYS);

    Evaluation e = STRICT.evaluate(d, at("2025-03-04T08:00"));

    assertEquals(2, e.occurred().supplementRequests());
    assertEquals(Duration.ofHours(3), e.occurred().legitimatelyPaused());
    assertEquals(at("2025-03-06T11:00"), e.dueAt());
    assertEquals(e.occurred(), e.on(Timeline.OCCURRED));
    assertEquals(e.recorded(), e.on(Timeline.RECORDED));
  }
}
