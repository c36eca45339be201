package io.github.proctime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleBookTest {
  @Test
  void aDossierGetsTheRuleSetInForceOnItsReceiptDate() {
    RuleBook book = RuleBook.standard();

    assertEquals(Optional.empty(), book.ruleSetOn(LocalDate.of(2018, 6, 20)));
    assertEquals(Optional.of(RuleSets.decree61()), book.ruleSetOn(LocalDate.of(2018, 6, 21)));
    assertEquals(Optional.of(RuleSets.decree61()), book.ruleSetOn(LocalDate.of(2025, 6, 30)));
    assertEquals(Optional.of(RuleSets.decree118()), book.ruleSetOn(LocalDate.of(2025, 7, 1)));
    assertEquals(Optional.of(RuleSets.decree118()), book.ruleSetOn(LocalDate.of(2040, 1, 1)));
  }

  @Test
  void ruleSetsAreKeptInOrderOfEffectiveDate() {
    RuleBook book = RuleBook.of(RuleSets.decree118(), RuleSets.decree61());

    assertEquals(List.of(RuleSets.decree61(), RuleSets.decree118()), book.ruleSets());
    assertEquals(RuleBook.standard(), book);
  }

  @Test
  void overlappingRuleSetsAreRejected() {
    RuleSet open61 =
        RuleSet.builder().from(RuleSets.decree61()).effectiveUntil(Optional.empty()).build();

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> RuleBook.of(open61, RuleSets.decree118()));
    assertTrue(e.getMessage().contains("ND61_2018 and ND118_2025"), e.getMessage());
    assertTrue(e.getMessage().contains("2025-07-01"), e.getMessage());
  }
}
