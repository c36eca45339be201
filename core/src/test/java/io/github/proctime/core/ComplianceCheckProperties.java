package io.github.proctime.core;

import static io.github.proctime.core.TestDossiers.CALENDAR;
import static io.github.proctime.core.TestDossiers.CATALOGUE;
import static io.github.proctime.core.TestDossiers.asOf;
import static io.github.proctime.core.TestDossiers.dossier;
import static io.github.proctime.core.TestDossiers.scripts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComplianceCheckProperties {
  private static final int EXAMPLES = 200;
  private static final Evaluator STRICT =
      Evaluator.builder()
          .calendar(CALENDAR)
          .procedures(CATALOGUE)
          .ruleBook(TestDossiers.BOOK_WITH_PAUSE_REASON)
          .build();
  private static final ComplianceCheck CHECK = ComplianceCheck.of(CALENDAR);
  private static final ComplianceCheck TIGHT =
      ComplianceCheck.of(
          CALENDAR,
          CompliancePolicy.builder()
              .supplementWindowWorkingDays(1)
              .maxPauseWorkingDays(1)
              .returnWithinWorkingDays(1)
              .lateRecordThreshold(Duration.ofMinutes(1))
              .build());

  @Test
  void everyFindingNamesItsRuleAnEventOfTheLogAndAnOfficialOfTheLog() {
    qt().withExamples(EXAMPLES)
        .forAll(scripts())
        .checkAssert(
            script -> {
              Dossier d = dossier(script);
              Instant asOf = asOf(d, script);
              Set<String> codes = new HashSet<>();
              for (ComplianceRule r : ComplianceRule.values()) {
                codes.add(r.code());
              }
              Set<String> officials = new HashSet<>();
              for (DossierEvent e : d.events()) {
                e.official().ifPresent(officials::add);
                e.toOfficial().ifPresent(officials::add);
              }
              for (Finding f : CHECK.check(d, STRICT.evaluate(d, asOf))) {
                assertTrue(codes.contains(f.code()), f.code());
                assertEquals(d.code(), f.dossierCode());
                f.eventIndex().ifPresent(i -> assertTrue(i >= 0 && i < d.events().size()));
                f.official().ifPresent(o -> assertTrue(officials.contains(o), o));
                assertTrue(!f.message().isEmpty() && !f.evidence().isEmpty(), f.toString());
              }
            });
  }

  @Test
  void eachRuleIsFoundAtMostOnceForAnEventAndTheRulesComeInOrder() {
    qt().withExamples(EXAMPLES)
        .forAll(scripts())
        .checkAssert(
            script -> {
              Dossier d = dossier(script);
              Evaluation e = STRICT.evaluate(d, asOf(d, script));
              ComplianceCheckTest.assertInRuleThenEventOrder(CHECK.check(d, e));
              ComplianceCheckTest.assertInRuleThenEventOrder(TIGHT.check(d, e));
            });
  }

  @Test
  void aLogWithoutPausesApologiesOrRecordingDelaysHasNoPauseApologyOrRecordingFindings() {
    Set<TestDossiers.Op> excluded =
        EnumSet.of(
            TestDossiers.Op.SUPPLEMENT_TOGGLE,
            TestDossiers.Op.VALID_PAUSE_TOGGLE,
            TestDossiers.Op.INVALID_PAUSE_TOGGLE,
            TestDossiers.Op.APOLOGY);
    Set<String> impossible =
        Set.of(
            ComplianceRule.APOLOGY_LATE.code(),
            ComplianceRule.APOLOGY_WITHOUT_NEW_APPOINTMENT.code(),
            ComplianceRule.RESCHEDULE_REPEATED.code(),
            ComplianceRule.RESCHEDULED_APPOINTMENT_MISSED.code(),
            ComplianceRule.SUPPLEMENT_REPEATED.code(),
            ComplianceRule.SUPPLEMENT_AFTER_WINDOW.code(),
            ComplianceRule.PAUSE_INVALID_REASON.code(),
            ComplianceRule.PAUSE_TOO_LONG.code(),
            ComplianceRule.EVENT_RECORDED_LATE.code());
    qt().withExamples(EXAMPLES)
        .forAll(scripts())
        .checkAssert(
            script -> {
              Dossier d = dossier(script, excluded, false);
              Evaluation e = STRICT.evaluate(d, asOf(d, script));
              List<Finding> findings = CHECK.check(d, e);
              for (Finding f : findings) {
                assertTrue(!impossible.contains(f.code()), f.toString());
              }
              boolean missing =
                  findings.stream()
                      .anyMatch(f -> f.code().equals(ComplianceRule.APOLOGY_MISSING.code()));
              assertEquals(e.occurred().state().isLate(), missing);
            });
  }
}
