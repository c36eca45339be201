package io.github.proctime.core;

/**
 * How an end instant is judged early, on time or late against a due instant.
 *
 * <p>No legal definition of early / on time / late was found ({@code shared/domain/regulations.md}
 * §2, "Definitions of early / on time / late", UNCONFIRMED), so the rule is a policy of the {@link
 * RuleSet}. In every variant an end after the due instant is {@link Verdict#LATE}; they differ in
 * where "early" stops.
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.builder().from(RuleSets.decree118())
 *     .verdictRule(VerdictRule.STRICT_INSTANT).build();
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum VerdictRule {
  /**
   * Early if the end falls on a day before the due instant's day; on time if it falls on the due
   * day up to and including the due instant; late after it. The default: a dossier finished on its
   * due day is "đúng hạn", as provinces print it.
   */
  EARLY_BEFORE_DUE_DAY,
  /**
   * OpenCPS's session-based rule: early if the end is before the start of the working session that
   * contains the due instant; on time from that session's start up to and including the due
   * instant; late after it ({@code regulations.md} §2).
   */
  SESSION_BASED,
  /**
   * Early strictly before the due instant, on time exactly at it, late after it (the national
   * portal's "&lt;, = ngày hẹn trả" read literally; a vendor report compares minutes the same way).
   */
  STRICT_INSTANT
}
