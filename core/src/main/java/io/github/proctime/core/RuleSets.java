package io.github.proctime.core;

import java.time.LocalDate;

/**
 * The built-in rule sets: Decree 61/2018 (with 107/2021) and Decree 118/2025.
 *
 * <p>Both use the defaults documented on {@link RuleSet}; they differ in their effective dates and
 * the control-slip form. Whether NĐ 118/2025 replaces NĐ 61/2018 is UNCONFIRMED ({@code
 * shared/domain/regulations.md}, "Version risk"); the built-in book treats 2025-07-01 as the
 * switch.
 *
 * <pre>{@code
 * RuleBook book = RuleBook.of(RuleSets.decree61(), RuleSets.decree118());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleSets {
  private static final RuleSet DECREE_61 =
      RuleSet.builder()
          .id("ND61_2018")
          .legalBasis("Nghị định 61/2018/NĐ-CP, sửa đổi bởi Nghị định 107/2021/NĐ-CP")
          .effectiveFrom(LocalDate.of(2018, 6, 21))
          .effectiveUntil(LocalDate.of(2025, 6, 30))
          .controlSlipForm(ControlSlipForm.TT01_2018_FORM_05)
          .build();

  private static final RuleSet DECREE_118 =
      RuleSet.builder()
          .id("ND118_2025")
          .legalBasis("Nghị định 118/2025/NĐ-CP")
          .effectiveFrom(LocalDate.of(2025, 7, 1))
          .controlSlipForm(ControlSlipForm.TT03_2025_FORM_06)
          .build();

  private RuleSets() {}

  /**
   * Decree 61/2018/NĐ-CP as amended by Decree 107/2021/NĐ-CP, for dossiers received from 2018-06-21
   * (its entry into force, {@code shared/domain/regulations.md} §1.1) to 2025-06-30.
   *
   * @return the rule set
   */
  public static RuleSet decree61() {
    return DECREE_61;
  }

  /**
   * Decree 118/2025/NĐ-CP, for dossiers received from 2025-07-01 ({@code
   * shared/domain/regulations.md}, header).
   *
   * @return the rule set
   */
  public static RuleSet decree118() {
    return DECREE_118;
  }
}
