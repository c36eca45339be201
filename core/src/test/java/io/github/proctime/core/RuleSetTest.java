package io.github.proctime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleSetTest {
  @Test
  void theBuiltInSetsCarryTheDocumentedDefaults() {
    for (RuleSet r : new RuleSet[] {RuleSets.decree61(), RuleSets.decree118()}) {
      assertEquals(LocalTime.of(15, 0), r.intakeCutoff());
      assertEquals(DuePlacement.SAME_TIME_OF_DAY, r.duePlacement());
      assertTrue(r.financialObligationStopsClock());
      assertEquals(Set.of(), r.clockStoppingPauseReasons());
      assertEquals(1, r.maxSupplementRequests());
      assertEquals(1, r.maxReschedules());
      assertEquals(1, r.apologyLeadWorkingDays());
      assertEquals(1, r.dueSoonWorkingDays());
      assertEquals(VerdictRule.EARLY_BEFORE_DUE_DAY, r.verdictRule());
      assertEquals(RescheduleEffect.LEGAL_DUE_STANDS, r.rescheduleEffect());
      assertEquals(Duration.ofHours(4), r.lateRecordThreshold());
    }
    assertEquals(LocalDate.of(2018, 6, 21), RuleSets.decree61().effectiveFrom());
    assertEquals(Optional.of(LocalDate.of(2025, 6, 30)), RuleSets.decree61().effectiveUntil());
    assertEquals(LocalDate.of(2025, 7, 1), RuleSets.decree118().effectiveFrom());
    assertEquals(Optional.empty(), RuleSets.decree118().effectiveUntil());
    assertEquals("Mẫu số 06", RuleSets.decree118().controlSlipForm().formNumber());
    assertEquals("Mẫu số 05", RuleSets.decree61().controlSlipForm().formNumber());
  }

  @Test
  void anyPolicyCanBeOverriddenFromABuiltInSet() {
    RuleSet province =
        RuleSet.builder()
            .from(RuleSets.decree118())
            .id("ND118_TINH_X")
            .intakeCutoff(LocalTime.of(16, 0))
            .addClockStoppingPauseReasons("GIAM_DINH")
            .verdictRule(VerdictRule.STRICT_INSTANT)
            .build();

    assertEquals(LocalTime.of(16, 0), province.intakeCutoff());
    assertEquals(Set.of("GIAM_DINH"), province.clockStoppingPauseReasons());
    assertEquals(VerdictRule.STRICT_INSTANT, province.verdictRule());
    assertEquals(RuleSets.decree118().effectiveFrom(), province.effectiveFrom());
    assertEquals(RuleSets.decree118().controlSlipForm(), province.controlSlipForm());
  }

  @Test
  void isInForceOnItsEffectiveRangeInclusive() {
    RuleSet r = RuleSets.decree61();
    assertFalse(r.isInForceOn(LocalDate.of(2018, 6, 20)));
    assertTrue(r.isInForceOn(LocalDate.of(2018, 6, 21)));
    assertTrue(r.isInForceOn(LocalDate.of(2025, 6, 30)));
    assertFalse(r.isInForceOn(LocalDate.of(2025, 7, 1)));
  }

  @Test
  void inconsistentSetsAreRejected() {
    IllegalArgumentException until =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                RuleSet.builder()
                    .from(RuleSets.decree61())
                    .effectiveUntil(LocalDate.of(2018, 1, 1))
                    .build());
    assertTrue(until.getMessage().contains("effectiveUntil (2018-01-01)"), until.getMessage());
    IllegalArgumentException negative =
        assertThrows(
            IllegalArgumentException.class,
            () -> RuleSet.builder().from(RuleSets.decree61()).maxReschedules(-1).build());
    assertTrue(negative.getMessage().contains("maxReschedules"), negative.getMessage());
    assertTrue(negative.getMessage().contains("-1"), negative.getMessage());
  }
}
