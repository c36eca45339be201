package io.github.proctime.core.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Writes an instant as {@code yyyy-MM-dd HH:mm} local time, the form of every instant in
 * explanations, delay shares and findings.
 *
 * <p>The same text as {@code DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")}, written by hand for
 * four-digit years because the formatter's generic printer was a tenth of the cost of a bulk
 * evaluation with attribution and findings (see {@code BENCHMARKS.md}); other years go through the
 * formatter.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MinuteText {
  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private MinuteText() {}

  /**
   * The local date and time of an instant, to the minute.
   *
   * @param instant the instant
   * @param zone the zone whose local time is written
   * @return the text, for example {@code 2025-01-14 14:03}
   */
  public static String of(Instant instant, ZoneId zone) {
    return of(LocalDateTime.ofInstant(instant, zone));
  }

  /**
   * The local date and time of an instant, to the minute, converted by a clock.
   *
   * @param instant the instant
   * @param clock the clock of the zone whose local time is written
   * @return the text, for example {@code 2025-01-14 14:03}
   */
  public static String of(Instant instant, LocalClock clock) {
    return of(clock.dateTime(instant));
  }

  private static String of(LocalDateTime t) {
    int year = t.getYear();
    if (year < 1000 || year > 9999) {
      return AT.format(t);
    }
    char[] c = new char[16];
    digits(c, 0, year / 100);
    digits(c, 2, year % 100);
    c[4] = '-';
    digits(c, 5, t.getMonthValue());
    c[7] = '-';
    digits(c, 8, t.getDayOfMonth());
    c[10] = ' ';
    digits(c, 11, t.getHour());
    c[13] = ':';
    digits(c, 14, t.getMinute());
    return new String(c);
  }

  private static void digits(char[] c, int at, int twoDigits) {
    c[at] = (char) ('0' + twoDigits / 10);
    c[at + 1] = (char) ('0' + twoDigits % 10);
  }
}
