package io.github.proctime.core;

/**
 * How the due instant of a working-day or calendar-day time limit is placed on its last day.
 *
 * <p>The appointment on the receipt (Mẫu 01 of TT 01/2018/TT-VPCP) is printed to the minute ({@code
 * shared/domain/regulations.md} §2), which supports {@link #SAME_TIME_OF_DAY}; the Civil Code 2015
 * Art. 147–148 ends a period in days at the end of its last day, which supports {@link
 * #END_OF_DAY}. Neither is confirmed for administrative procedures, so this is a policy of the
 * {@link RuleSet}. Limits in working hours ignore it: they end after exactly that much working
 * time.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DuePlacement {
  /**
   * The same time of day as the clock start, N working days later (capped at the end of that day's
   * last working session). Received Monday 09:10 with 3 working days: due Thursday 09:10. The
   * default of both built-in rule sets.
   */
  SAME_TIME_OF_DAY,
  /**
   * The end of the last working session of the N-th working day after the clock start date (Civil
   * Code 2015 Art. 147: the starting day is not counted; Art. 148: the period ends at the end of
   * its last day). Received Monday 09:10 with 3 working days: due Thursday 17:00.
   */
  END_OF_DAY
}
