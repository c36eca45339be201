package io.github.proctime.core;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The regulatory parameters a dossier is evaluated under, in force from one date: a decree's
 * reading of the one-stop rules, with every point the sources leave open as a named policy.
 *
 * <p>A dossier uses the rule set in force on its receipt date ({@link RuleBook}). The built-in sets
 * are {@link RuleSets#decree61()} and {@link RuleSets#decree118()}; any policy can be overridden by
 * building a new set from one of them. The defaults and their sources (all in {@code
 * shared/domain/regulations.md}):
 *
 * <ul>
 *   <li>{@link #intakeCutoff()} 15:00 — §1.6 (hand-over rule, UNCONFIRMED) and §1.7 (sector rules);
 *       {@link ProcedureVersion#intakeCutoff()} overrides it for one procedure.
 *   <li>{@link #duePlacement()} {@link DuePlacement#SAME_TIME_OF_DAY} — Mẫu 01 prints the
 *       appointment to the minute (§2).
 *   <li>supplement waits always stop the clock (§1.8, §3.2); {@link
 *       #financialObligationStopsClock()} true (§6, UNCONFIRMED); {@link
 *       #clockStoppingPauseReasons()} empty (§6: no rule found that pauses the clock for any other
 *       reason).
 *   <li>{@link #maxSupplementRequests()} 1 (§1.9, UNCONFIRMED as a general rule), {@link
 *       #maxReschedules()} 1 (§1.3).
 *   <li>{@link #apologyLeadWorkingDays()} 1 (§1.2), {@link #dueSoonWorkingDays()} 1 (UNCONFIRMED:
 *       provinces report "sắp trễ" without a published threshold, §3.2).
 *   <li>{@link #verdictRule()} {@link VerdictRule#EARLY_BEFORE_DUE_DAY} (§2, UNCONFIRMED).
 *   <li>{@link #rescheduleEffect()} {@link RescheduleEffect#LEGAL_DUE_STANDS} (UNCONFIRMED).
 *   <li>{@link #lateRecordThreshold()} 4 hours of working time (UNCONFIRMED: no source sets one).
 * </ul>
 *
 * <pre>{@code
 * RuleSet province = RuleSet.builder().from(RuleSets.decree118())
 *     .id("ND118_2025_TINH_X").intakeCutoff(LocalTime.of(16, 0))
 *     .addClockStoppingPauseReasons("GIAM_DINH")
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RuleSet {
  RuleSet() {}

  /**
   * A short identifier, such as {@code ND61_2018}.
   *
   * @return the identifier
   */
  public abstract String id();

  /**
   * The legal basis in words, such as "Nghị định 61/2018/NĐ-CP, sửa đổi bởi Nghị định
   * 107/2021/NĐ-CP".
   *
   * @return the legal basis
   */
  @Value.Default
  public String legalBasis() {
    return "";
  }

  /**
   * The first receipt date this rule set applies to.
   *
   * @return the effective date
   */
  public abstract LocalDate effectiveFrom();

  /**
   * The last receipt date this rule set applies to, inclusive, if it has been replaced.
   *
   * @return the last date, or empty if open-ended
   */
  public abstract Optional<LocalDate> effectiveUntil();

  /**
   * The intake cut-off: a dossier received after this time of day counts from the start of the next
   * working day. Default 15:00 ({@code shared/domain/regulations.md} §1.6–1.7, UNCONFIRMED); a
   * procedure's own {@link ProcedureVersion#intakeCutoff()} takes precedence.
   *
   * @return the cut-off time of day, in the calendar's zone
   */
  @Value.Default
  public LocalTime intakeCutoff() {
    return LocalTime.of(15, 0);
  }

  /**
   * How the due instant is placed on its last day. Default {@link DuePlacement#SAME_TIME_OF_DAY}.
   *
   * @return the placement
   */
  @Value.Default
  public DuePlacement duePlacement() {
    return DuePlacement.SAME_TIME_OF_DAY;
  }

  /**
   * Whether waiting for the applicant to fulfil a financial obligation (tax, fees) stops the clock.
   * Default true: vendors treat it as a pause, but no legal basis was found ({@code
   * shared/domain/regulations.md} §6, UNCONFIRMED; the 766 method subtracts only supplement waits,
   * §3.2).
   *
   * @return true if the wait stops the clock
   */
  @Value.Default
  public boolean financialObligationStopsClock() {
    return true;
  }

  /**
   * The reason codes for which {@link EventType#PAUSED} stops the clock. A pause with another
   * reason is invalid and the clock keeps running. Default empty: no source makes any other reason
   * a pause ({@code shared/domain/regulations.md} §6).
   *
   * @return the reason codes that stop the clock
   */
  public abstract Set<String> clockStoppingPauseReasons();

  /**
   * How many supplement requests are allowed. Default 1 ({@code shared/domain/regulations.md} §1.9:
   * the 766 method counts a dossier with more than one as late; general rule UNCONFIRMED). The
   * evaluator counts requests; every supplement wait still stops the clock.
   *
   * @return the maximum number of supplement requests
   */
  @Value.Default
  public int maxSupplementRequests() {
    return 1;
  }

  /**
   * How many times the return date may be reset. Default 1 ({@code shared/domain/regulations.md}
   * §1.3).
   *
   * @return the maximum number of reschedules
   */
  @Value.Default
  public int maxReschedules() {
    return 1;
  }

  /**
   * How many working days before the due date the apology is due. Default 1 ("chậm nhất một ngày
   * trước ngày hết hạn", {@code shared/domain/regulations.md} §1.2; the article is UNCONFIRMED).
   *
   * @return the lead time in working days
   */
  @Value.Default
  public int apologyLeadWorkingDays() {
    return 1;
  }

  /**
   * How many working days before the due instant a dossier in progress counts as due soon. Default
   * 1 (UNCONFIRMED: no published threshold).
   *
   * @return the threshold in working days
   */
  @Value.Default
  public int dueSoonWorkingDays() {
    return 1;
  }

  /**
   * How early, on time and late are told apart. Default {@link VerdictRule#EARLY_BEFORE_DUE_DAY}.
   *
   * @return the verdict rule
   */
  @Value.Default
  public VerdictRule verdictRule() {
    return VerdictRule.EARLY_BEFORE_DUE_DAY;
  }

  /**
   * What a rescheduled appointment does to the due time. Default {@link
   * RescheduleEffect#LEGAL_DUE_STANDS}.
   *
   * @return the reschedule effect
   */
  @Value.Default
  public RescheduleEffect rescheduleEffect() {
    return RescheduleEffect.LEGAL_DUE_STANDS;
  }

  /**
   * How much working time may pass between an event's occurrence and its recording before the
   * recording counts as late ("quên thao tác"). Default 4 hours of working time (UNCONFIRMED: no
   * source sets a threshold). The evaluator reports both timelines whatever the delay; this
   * threshold is for compliance analysis built on the evaluation.
   *
   * @return the threshold, in working time
   */
  @Value.Default
  public Duration lateRecordThreshold() {
    return Duration.ofHours(4);
  }

  /**
   * The process-control slip form in force.
   *
   * @return the form
   */
  public abstract ControlSlipForm controlSlipForm();

  /**
   * Tells whether this rule set applies to a dossier received on a date.
   *
   * @param receiptDate the receipt date
   * @return true if the date is within the effective range
   */
  public boolean isInForceOn(LocalDate receiptDate) {
    if (receiptDate.isBefore(effectiveFrom())) {
      return false;
    }
    Optional<LocalDate> until = effectiveUntil();
    return until.isEmpty() || !receiptDate.isAfter(until.get());
  }

  /**
   * A builder of rule sets; start from a built-in set with {@code from(RuleSets.decree118())}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("Invalid value for RuleSet.id (must not be blank)");
    }
    if (effectiveUntil().isPresent() && effectiveUntil().get().isBefore(effectiveFrom())) {
      throw new IllegalArgumentException(
          "Invalid RuleSet "
              + id()
              + ": effectiveUntil ("
              + effectiveUntil().get()
              + ") is before effectiveFrom ("
              + effectiveFrom()
              + ")");
    }
    requireNonNegative("maxSupplementRequests", maxSupplementRequests());
    requireNonNegative("maxReschedules", maxReschedules());
    requireNonNegative("apologyLeadWorkingDays", apologyLeadWorkingDays());
    requireNonNegative("dueSoonWorkingDays", dueSoonWorkingDays());
    if (lateRecordThreshold().isNegative()) {
      throw new IllegalArgumentException(
          "Invalid value for RuleSet.lateRecordThreshold (must not be negative): "
              + lateRecordThreshold());
    }
  }

  private void requireNonNegative(String field, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(
          "Invalid value for RuleSet." + field + " (valid values 0 or more): " + value);
    }
  }

  /** Builds {@link RuleSet} instances; not thread-safe. */
  public static final class Builder extends ImmutableRuleSet.Builder {
    Builder() {}
  }
}
