package io.github.proctime.core.internal;

import java.nio.charset.StandardCharsets;
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
  private static final long SECONDS_PER_DAY = 86_400;
  private static final long DAYS_PER_ERA = 146_097; // 400 Gregorian years
  private static final long DAYS_0000_TO_1970 = 719_468; // from 0000-03-01 to 1970-01-01

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
    long local = clock.localSecond(instant);
    long epochDay = Math.floorDiv(local, SECONDS_PER_DAY);
    // The proleptic Gregorian date of an epoch day, counted in 400-year eras from 0000-03-01 so
    // that the leap day is the last day of a year (the well-known civil-from-days arithmetic):
    // the same date as LocalDate.ofEpochDay, without building it and a LocalDateTime per text.
    long z = epochDay + DAYS_0000_TO_1970;
    long era = Math.floorDiv(z, DAYS_PER_ERA);
    long dayOfEra = z - era * DAYS_PER_ERA; // [0, 146096]
    long yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365; // [0, 399]
    long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100); // [0, 365]
    long shiftedMonth = (5 * dayOfYear + 2) / 153; // [0, 11], from March
    int day = (int) (dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
    int month = (int) (shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
    long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1000 || year > 9999) {
      return of(clock.dateTime(instant));
    }
    int secondOfDay = (int) (local - epochDay * SECONDS_PER_DAY);
    return text((int) year, month, day, secondOfDay / 3600, secondOfDay / 60 % 60);
  }

  private static String of(LocalDateTime t) {
    int year = t.getYear();
    if (year < 1000 || year > 9999) {
      return AT.format(t);
    }
    return text(year, t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute());
  }

  /** The text of a four-digit year's date and a time of day. */
  private static String text(int year, int month, int day, int hour, int minute) {
    // Latin-1 bytes, which a string keeps as they are, rather than chars it would compress.
    byte[] c = new byte[16];
    digits(c, 0, year / 100);
    digits(c, 2, year % 100);
    c[4] = '-';
    digits(c, 5, month);
    c[7] = '-';
    digits(c, 8, day);
    c[10] = ' ';
    digits(c, 11, hour);
    c[13] = ':';
    digits(c, 14, minute);
    return new String(c, StandardCharsets.ISO_8859_1);
  }

  private static void digits(byte[] c, int at, int twoDigits) {
    c[at] = (byte) ('0' + twoDigits / 10);
    c[at + 1] = (byte) ('0' + twoDigits % 10);
  }
}
