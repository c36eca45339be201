package io.github.proctime.core;

import static io.github.proctime.core.TestDossiers.CALENDAR;
import static io.github.proctime.core.TestDossiers.INVALID_PAUSE_REASON;
import static io.github.proctime.core.TestDossiers.LEADER;
import static io.github.proctime.core.TestDossiers.LEADER_UNIT;
import static io.github.proctime.core.TestDossiers.PHE_DUYET;
import static io.github.proctime.core.TestDossiers.SPECIALIST;
import static io.github.proctime.core.TestDossiers.SPECIALIST_UNIT;
import static io.github.proctime.core.TestDossiers.THAM_DINH;
import static io.github.proctime.core.TestDossiers.THREE_DAYS;
import static io.github.proctime.core.TestDossiers.at;
import static io.github.proctime.core.TestDossiers.evaluator;
import static io.github.proctime.core.TestDossiers.log;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.proctime.calendar.CalendarDay;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AttributorTest {
  private static final Evaluator STRICT = evaluator(EvaluationMode.STRICT);
  private static final Attributor DEFAULT = Attributor.of(CALENDAR);
  private static final Attributor HOLDER_AT_DUE =
      Attributor.of(CALENDAR, AttributionMethod.HOLDER_AT_DUE);

  static final String TAX_OFFICIAL = "Phạm Thị Dung";
  static final String TAX_UNIT = "DOI_TRUOC_BA";
  static final String TAX_AGENCY = "Chi cục Thuế khu vực Hải Châu";
  static final Step XAC_DINH_THUE =
      Step.builder()
          .id("XAC_DINH_THUE")
          .name("Xác định nghĩa vụ tài chính")
          .ownerUnit(TAX_UNIT)
          .allotment(ProcessingTime.workingDays(1))
          .agency(TAX_AGENCY)
          .build();

  /** 3 working days: appraisal 1 day, tax office 1 day, approval 1 day. */
  static final Procedure LAND =
      procedure(
          "1.000046",
          ProcessingTime.workingDays(3),
          List.of(
              Step.builder().from(THAM_DINH).allotment(ProcessingTime.workingDays(1)).build(),
              XAC_DINH_THUE,
              PHE_DUYET));

  /** 2 working days, but the steps are allotted 2 + 1. */
  static final Procedure OVER_ALLOTTED =
      procedure("1.000002", ProcessingTime.workingDays(2), List.of(THAM_DINH, PHE_DUYET));

  static Procedure procedure(String code, ProcessingTime time, List<Step> steps) {
    return Procedure.builder()
        .code(code)
        .name("Thủ tục thử " + code)
        .addVersions(
            ProcedureVersion.builder()
                .effectiveFrom(LocalDate.of(2018, 1, 1))
                .processingTime(time)
                .steps(steps)
                .build())
        .build();
  }

  static Evaluator evaluatorOf(Procedure... procedures) {
    return Evaluator.builder()
        .calendar(CALENDAR)
        .procedures(ProcedureCatalogue.of(procedures))
        .build();
  }

  private static Duration hours(long h) {
    return Duration.ofHours(h);
  }

  private static List<LocalDate> dates(List<CalendarDay> days) {
    return days.stream().map(CalendarDay::date).collect(Collectors.toList());
  }

  /** Monday 3 March 2025: specialist overran by 2 days, leader was early. */
  static Dossier specialistOverran() {
    return log()
        .received("2025-03-03T08:00")
        .toSpecialist("2025-03-03T08:00")
        .toLeader("2025-03-07T08:00")
        .byHolder(EventType.RESULT_READY, "2025-03-07T10:00")
        .dossier(THREE_DAYS);
  }

  @Test
  void theSpecialistWhoOverranCarriesTheDelayAndTheEarlyLeaderNone() {
    Evaluation e = STRICT.evaluate(specialistOverran(), at("2025-03-07T12:00"));
    assertEquals(at("2025-03-06T08:00"), e.dueAt());

    Attribution a = DEFAULT.attribute(e);

    assertEquals("H40-TEST-0001", a.dossierCode());
    assertEquals(Timeline.OCCURRED, a.timeline());
    assertEquals(AttributionMethod.STEP_OVERRUN_IN_HANDOVER_ORDER, a.method());
    assertEquals(hours(10), a.delay());
    assertFalse(a.isLateOnlyOnRecord());
    assertEquals(1, a.shares().size());
    DelayShare s = a.shares().get(0);
    assertEquals(PartyKind.OFFICIAL, s.party());
    assertEquals(DelayCause.STEP_OVERRUN, s.cause());
    assertEquals(hours(10), s.amount());
    assertEquals(Optional.of(SPECIALIST), s.official());
    assertEquals(Optional.of(SPECIALIST_UNIT), s.unit());
    assertEquals(Optional.empty(), s.agency());
    assertEquals(Optional.of("THAM_DINH"), s.stepId());
    assertEquals(Optional.of("Thẩm định hồ sơ"), s.stepName());
    assertEquals(OptionalInt.of(1), s.startEventIndex());
    assertEquals(OptionalInt.of(2), s.endEventIndex());
    assertEquals(Optional.of(ProcessingTime.workingDays(2)), s.allotment());
    assertEquals(Optional.of(hours(16)), s.allottedTime());
    assertEquals(Optional.of(hours(32)), s.timeUsed());
    assertEquals(at("2025-03-05T08:00"), s.intervalStart());
    assertEquals(at("2025-03-07T08:00"), s.intervalEnd());
    assertEquals(List.of(), s.skippedDays());
    assertTrue(s.explanation().contains(SPECIALIST), s.explanation());
    assertTrue(s.explanation().contains("10 h"), s.explanation());
    assertEquals(Duration.ZERO, a.shareOf(LEADER));
    assertEquals(hours(10), a.attributed());
    assertEquals(Duration.ZERO, a.unattributed());
  }

  @Test
  void holderAtDuePutsTheDelayOnWhoeverHeldTheDossierWhenItWentOverdue() {
    Evaluation e = STRICT.evaluate(specialistOverran(), at("2025-03-07T12:00"));

    Attribution a = HOLDER_AT_DUE.attribute(e);

    assertEquals(AttributionMethod.HOLDER_AT_DUE, a.method());
    assertEquals(2, a.shares().size());
    DelayShare first = a.shares().get(0);
    assertEquals(DelayCause.HELD_AT_DUE, first.cause());
    assertEquals(Optional.of(SPECIALIST), first.official());
    assertEquals(hours(8), first.amount());
    assertEquals(at("2025-03-06T08:00"), first.intervalStart());
    assertEquals(at("2025-03-07T08:00"), first.intervalEnd());
    DelayShare second = a.shares().get(1);
    assertEquals(Optional.of(LEADER), second.official());
    assertEquals(Optional.of(LEADER_UNIT), second.unit());
    assertEquals(hours(2), second.amount());
    assertEquals(OptionalInt.of(2), second.startEventIndex());
    assertEquals(OptionalInt.of(3), second.endEventIndex());
    assertTrue(second.explanation().contains("already overdue"), second.explanation());
  }

  @Test
  void aDelayFromAnInvalidPauseGoesToTheOfficialWhoPressedIt() {
    Dossier d =
        log()
            .received("2025-03-03T08:00")
            .toSpecialist("2025-03-03T08:00")
            .paused("2025-03-04T08:00", INVALID_PAUSE_REASON)
            .byHolder(EventType.RESUMED, "2025-03-06T08:00")
            .toLeader("2025-03-07T08:00")
            .byHolder(EventType.RESULT_READY, "2025-03-07T10:00")
            .dossier(THREE_DAYS);
    Evaluation e = STRICT.evaluate(d, at("2025-03-07T12:00"));
    assertEquals(at("2025-03-06T08:00"), e.dueAt());

    Attribution a = DEFAULT.attribute(e);

    assertEquals(hours(10), a.delay());
    assertEquals(1, a.shares().size());
    DelayShare s = a.shares().get(0);
    assertEquals(DelayCause.INVALID_PAUSE, s.cause());
    assertEquals(Optional.of(SPECIALIST), s.official());
    assertEquals(hours(10), s.amount());
    assertEquals(OptionalInt.of(2), s.startEventIndex());
    assertEquals(OptionalInt.of(3), s.endEventIndex());
    assertEquals(at("2025-03-04T08:00"), s.intervalStart());
    assertEquals(at("2025-03-06T08:00"), s.intervalEnd());
    assertTrue(s.explanation().contains(INVALID_PAUSE_REASON), s.explanation());
  }

  /** The shares of an attribution, one line each: cause, official, amount, start event. */
  private static List<String> summary(Attribution a) {
    return a.shares().stream()
        .map(
            s ->
                s.cause()
                    + " "
                    + s.official().orElse("-")
                    + " "
                    + s.amount()
                    + " "
                    + s.startEventIndex())
        .collect(Collectors.toList());
  }

  @Test
  void eachOfManyInvalidPausesInAnOverrunStepIsChargedToItsPresserInTurn() {
    TestDossiers.Log log = log().received("2025-03-03T08:00").toSpecialist("2025-03-03T08:00");
    String[][] pauses = {
      {"2025-03-04T08:00", "2025-03-04T09:00"},
      {"2025-03-04T10:00", "2025-03-04T11:00"},
      {"2025-03-04T14:00", "2025-03-04T15:00"},
      {"2025-03-05T08:00", "2025-03-05T09:00"},
      {"2025-03-05T10:00", "2025-03-05T11:00"},
    };
    for (String[] pause : pauses) {
      log.paused(pause[0], INVALID_PAUSE_REASON).byHolder(EventType.RESUMED, pause[1]);
    }
    Dossier d =
        log.toLeader("2025-03-07T08:00")
            .byHolder(EventType.RESULT_READY, "2025-03-07T10:00")
            .dossier(THREE_DAYS);

    Attribution a = DEFAULT.attribute(STRICT.evaluate(d, at("2025-03-07T12:00")));

    // 10 h late; the appraisal overran by 16 h, 5 h of it paused without a valid reason.
    assertEquals(
        List.of(
            "INVALID_PAUSE " + SPECIALIST + " PT1H OptionalInt[2]",
            "INVALID_PAUSE " + SPECIALIST + " PT1H OptionalInt[4]",
            "INVALID_PAUSE " + SPECIALIST + " PT1H OptionalInt[6]",
            "INVALID_PAUSE " + SPECIALIST + " PT1H OptionalInt[8]",
            "INVALID_PAUSE " + SPECIALIST + " PT1H OptionalInt[10]",
            "STEP_OVERRUN " + SPECIALIST + " PT5H OptionalInt[1]"),
        summary(a));
  }

  @Test
  void anOfficialWhoHeldTwoStepsAnswersForUpToTheTimeOfBoth() {
    Dossier d =
        log()
            .received("2025-03-03T08:00")
            .toSpecialist("2025-03-03T08:00")
            .toLeader("2025-03-06T08:00")
            .toSpecialist("2025-03-06T09:00")
            .paused("2025-03-06T09:00", INVALID_PAUSE_REASON)
            .toLeader("2025-03-06T10:00")
            .byHolder(EventType.RESULT_READY, "2025-03-10T10:00")
            .dossier(THREE_DAYS);

    Attribution a = DEFAULT.attribute(STRICT.evaluate(d, at("2025-03-10T12:00")));

    // The specialist held the dossier 24 h, then 1 h in which they paused it without a valid
    // reason; the pause ran on through the leader's overrun. They answer for 16 h in all: more
    // than they held it the second time, within what they held it in both.
    assertEquals(
        List.of(
            "STEP_OVERRUN " + SPECIALIST + " PT8H OptionalInt[1]",
            "INVALID_PAUSE " + SPECIALIST + " PT8H OptionalInt[4]",
            "UNATTRIBUTED - PT2H OptionalInt.empty"),
        summary(a));
  }

  /** The specialist finished on time but recorded the hand-over two days late. */
  static Dossier recordedLate() {
    return log()
        .received("2025-03-03T08:00")
        .toSpecialist("2025-03-03T08:00")
        .toLeader("2025-03-05T08:00")
        .recordedAt("2025-03-07T08:00")
        .byHolder(EventType.RESULT_READY, "2025-03-05T10:00")
        .recordedAt("2025-03-07T10:00")
        .dossier(THREE_DAYS);
  }

  @Test
  void aDossierOverdueOnlyOnRecordIsPutOnWhoRecordedLate() {
    Evaluation e = STRICT.evaluate(recordedLate(), at("2025-03-07T12:00"));
    assertTrue(e.isLateOnlyOnRecord());

    Attribution occurred = DEFAULT.attribute(e);
    Attribution recorded = DEFAULT.attribute(e, Timeline.RECORDED);

    assertEquals(Duration.ZERO, occurred.delay());
    assertEquals(List.of(), occurred.shares());
    assertTrue(occurred.isLateOnlyOnRecord());
    assertEquals(Timeline.RECORDED, recorded.timeline());
    assertTrue(recorded.isLateOnlyOnRecord());
    assertEquals(hours(10), recorded.delay());
    assertEquals(1, recorded.shares().size());
    DelayShare s = recorded.shares().get(0);
    assertEquals(DelayCause.LATE_RECORDING, s.cause());
    assertEquals(Optional.of(SPECIALIST), s.official());
    assertEquals(hours(10), s.amount());
    assertEquals(OptionalInt.of(2), s.endEventIndex());
    assertTrue(s.explanation().contains("recorded late"), s.explanation());
  }

  @Test
  void aResultRecordedLateIsPutOnTheHolderWhoRecordedIt() {
    Dossier d =
        log()
            .received("2025-03-03T08:00")
            .toSpecialist("2025-03-03T08:00")
            .toLeader("2025-03-05T08:00")
            .byHolder(EventType.RESULT_READY, "2025-03-05T10:00")
            .recordedAt("2025-03-07T10:00")
            .dossier(THREE_DAYS);
    Evaluation e = STRICT.evaluate(d, at("2025-03-07T12:00"));

    Attribution a = DEFAULT.attribute(e, Timeline.RECORDED);

    assertEquals(hours(10), a.delay());
    assertEquals(1, a.shares().size());
    DelayShare s = a.shares().get(0);
    assertEquals(DelayCause.LATE_RECORDING, s.cause());
    assertEquals(Optional.of(LEADER), s.official());
    assertEquals(OptionalInt.of(3), s.endEventIndex());
    assertEquals(Optional.of("PHE_DUYET"), s.stepId());
  }

  @Test
  void aPresserAnswersForAnInvalidPauseOnlyUpToTheTimeTheyHeldTheDossier() {
    Dossier d =
        log()
            .received("2025-03-03T08:00")
            .toSpecialist("2025-03-03T08:00")
            .paused("2025-03-03T09:00", INVALID_PAUSE_REASON)
            .toLeader("2025-03-03T10:00")
            .byHolder(EventType.RESULT_READY, "2025-03-07T10:00")
            .dossier(THREE_DAYS);
    Evaluation e = STRICT.evaluate(d, at("2025-03-07T12:00"));

    Attribution a = DEFAULT.attribute(e);

    assertEquals(hours(10), a.delay());
    assertEquals(2, a.shares().size());
    DelayShare pause = a.shares().get(0);
    assertEquals(DelayCause.INVALID_PAUSE, pause.cause());
    assertEquals(Optional.of(SPECIALIST), pause.official());
    assertEquals(hours(2), pause.amount());
    assertEquals(OptionalInt.of(2), pause.startEventIndex());
    DelayShare overrun = a.shares().get(1);
    assertEquals(DelayCause.STEP_OVERRUN, overrun.cause());
    assertEquals(Optional.of(LEADER), overrun.official());
    assertEquals(hours(8), overrun.amount());
  }

  @Test
  void anOverdueDossierStillInProgressIsPutOnItsCurrentHolder() {
    Dossier d =
        log()
            .received("2025-03-03T08:00")
            .toSpecialist("2025-03-03T08:00")
            .toLeader("2025-03-04T08:00")
            .dossier(THREE_DAYS);
    Evaluation e = STRICT.evaluate(d, at("2025-03-06T10:00"));
    assertEquals(DossierState.IN_PROGRESS_OVERDUE, e.state());

    for (Attributor attributor : List.of(DEFAULT, HOLDER_AT_DUE)) {
      Attribution a = attributor.attribute(e);
      assertEquals(hours(2), a.delay());
      assertEquals(1, a.shares().size());
      DelayShare s = a.shares().get(0);
      assertEquals(Optional.of(LEADER), s.official());
      assertEquals(hours(2), s.amount());
      assertEquals(OptionalInt.empty(), s.endEventIndex());
      assertEquals(at("2025-03-06T10:00"), s.intervalEnd());
    }
  }

  @Test
  void anInterAgencyStepIsPutOnTheTaxOfficeAndItsOfficial() {
    Dossier d =
        log()
            .received("2025-03-03T08:00")
            .toSpecialist("2025-03-03T08:00")
            .handOver("2025-03-04T08:00", TAX_OFFICIAL, TAX_UNIT, "XAC_DINH_THUE")
            .toLeader("2025-03-07T08:00")
            .byHolder(EventType.RESULT_READY, "2025-03-07T10:00")
            .dossier(LAND);
    Evaluation e = evaluatorOf(LAND).evaluate(d, at("2025-03-07T12:00"));

    Attribution a = DEFAULT.attribute(e);

    assertEquals(hours(10), a.delay());
    assertEquals(1, a.shares().size());
    DelayShare s = a.shares().get(0);
    assertEquals(PartyKind.OFFICIAL, s.party());
    assertEquals(DelayCause.STEP_OVERRUN, s.cause());
    assertEquals(Optional.of(TAX_OFFICIAL), s.official());
    assertEquals(Optional.of(TAX_UNIT), s.unit());
    assertEquals(Optional.of(TAX_AGENCY), s.agency());
    assertEquals(Optional.of("XAC_DINH_THUE"), s.stepId());
    assertEquals(Optional.of(hours(24)), s.timeUsed());
    assertTrue(s.explanation().contains(TAX_AGENCY), s.explanation());
  }

  @Test
  void allotmentsLargerThanTheLegalTimeLeaveTheDelayUnattributed() {
    Dossier d =
        log()
            .received("2025-03-03T08:00")
            .toSpecialist("2025-03-03T08:00")
            .toLeader("2025-03-05T08:00")
            .byHolder(EventType.RESULT_READY, "2025-03-05T11:00")
            .dossier(OVER_ALLOTTED);
    Evaluation e = evaluatorOf(OVER_ALLOTTED).evaluate(d, at("2025-03-05T14:00"));

    Attribution a = DEFAULT.attribute(e);

    assertEquals(hours(3), a.delay());
    assertEquals(1, a.shares().size());
    DelayShare s = a.shares().get(0);
    assertEquals(PartyKind.UNATTRIBUTED, s.party());
    assertEquals(DelayCause.UNATTRIBUTED, s.cause());
    assertEquals(Optional.empty(), s.official());
    assertEquals(OptionalInt.empty(), s.ledgerRow());
    assertEquals(hours(3), s.amount());
    assertEquals(at("2025-03-05T08:00"), s.intervalStart());
    assertEquals(at("2025-03-05T11:00"), s.intervalEnd());
    assertEquals(hours(3), a.unattributed());
    assertTrue(s.explanation().contains("unattributed"), s.explanation());
    assertEquals(Duration.ZERO, a.attributed());
  }

  @Test
  void aWaitForTheApplicantThatDoesNotStopTheClockIsTheApplicantsNotAnOfficials() {
    RuleSet noStop =
        RuleSet.builder().from(RuleSets.decree61()).financialObligationStopsClock(false).build();
    Dossier d =
        log()
            .received("2025-03-03T08:00")
            .toSpecialist("2025-03-03T08:00")
            .byHolder(EventType.FINANCIAL_OBLIGATION_REQUESTED, "2025-03-04T08:00")
            .byHolder(EventType.FINANCIAL_OBLIGATION_FULFILLED, "2025-03-06T08:00")
            .toLeader("2025-03-07T08:00")
            .byHolder(EventType.RESULT_READY, "2025-03-07T10:00")
            .dossier(THREE_DAYS);
    Evaluation e = evaluator(noStop).evaluate(d, at("2025-03-07T12:00"));

    Attribution a = DEFAULT.attribute(e);

    assertEquals(hours(10), a.delay());
    assertEquals(1, a.shares().size());
    DelayShare s = a.shares().get(0);
    assertEquals(PartyKind.APPLICANT, s.party());
    assertEquals(DelayCause.APPLICANT_WAIT, s.cause());
    assertEquals(Optional.empty(), s.official());
    assertEquals(OptionalInt.of(2), s.startEventIndex());
    assertEquals(hours(10), a.applicant());
  }

  @Test
  void theSkippedDaysOfAShareNameTheHolidaysAndKeepTheMakeUpSaturday() {
    Dossier d =
        log()
            .received("2025-04-23T08:00")
            .toSpecialist("2025-04-23T08:00")
            .toLeader("2025-05-06T08:00")
            .byHolder(EventType.RESULT_READY, "2025-05-06T10:00")
            .dossier(THREE_DAYS);
    Evaluation e = STRICT.evaluate(d, at("2025-05-06T12:00"));
    assertEquals(at("2025-04-26T08:00"), e.dueAt());

    Attribution a = DEFAULT.attribute(e);

    assertEquals(1, a.shares().size());
    DelayShare s = a.shares().get(0);
    assertEquals(Optional.of(SPECIALIST), s.official());
    assertEquals(hours(34), s.amount());
    assertEquals(at("2025-04-25T08:00"), s.intervalStart());
    List<CalendarDay> skipped = s.skippedDays();
    assertEquals(
        List.of(
            LocalDate.of(2025, 4, 27),
            LocalDate.of(2025, 4, 30),
            LocalDate.of(2025, 5, 1),
            LocalDate.of(2025, 5, 2),
            LocalDate.of(2025, 5, 3),
            LocalDate.of(2025, 5, 4)),
        dates(skipped));
    assertEquals("Ngày Chiến thắng", skipped.get(1).name());
  }

  @Test
  void anOnTimeDossierHasNoShares() {
    Dossier d =
        log()
            .received("2025-03-03T08:00")
            .toSpecialist("2025-03-03T08:00")
            .toLeader("2025-03-04T08:00")
            .byHolder(EventType.RESULT_READY, "2025-03-04T10:00")
            .dossier(THREE_DAYS);
    Evaluation e = STRICT.evaluate(d, at("2025-03-04T12:00"));

    assertEquals(
        Attribution.none("H40-TEST-0001", Timeline.OCCURRED, AttributionMethod.HOLDER_AT_DUE),
        HOLDER_AT_DUE.attribute(e));
    assertFalse(DEFAULT.attribute(e).isLate());
  }

  @Test
  void anAttributionWhoseSharesDoNotAddUpIsRefused() {
    IllegalArgumentException x =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Attribution.builder()
                    .from(
                        Attribution.none(
                            "H40-1", Timeline.OCCURRED, AttributionMethod.HOLDER_AT_DUE))
                    .delay(hours(1))
                    .build());
    assertTrue(x.getMessage().contains("add up"), x.getMessage());
  }
}
