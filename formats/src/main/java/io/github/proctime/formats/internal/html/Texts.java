package io.github.proctime.formats.internal.html;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Vietnamese wording of instants, dates and amounts of working time on the documents.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Texts {
  /** A blank to fill in by hand, as printed forms show one. */
  public static final String BLANK = "……………………";

  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

  private Texts() {}

  /**
   * An instant as the forms write it: "14 giờ 05 phút, ngày 03 tháng 03 năm 2025".
   *
   * @param instant the instant
   * @param zone the zone of the local time
   * @return the wording
   */
  public static String formInstant(Instant instant, ZoneId zone) {
    ZonedDateTime t = instant.atZone(zone);
    return String.format(
        "%02d giờ %02d phút, ngày %02d tháng %02d năm %d",
        t.getHour(), t.getMinute(), t.getDayOfMonth(), t.getMonthValue(), t.getYear());
  }

  /**
   * An instant written shortly: "14:05 03/03/2025".
   *
   * @param instant the instant
   * @param zone the zone of the local time
   * @return the wording
   */
  public static String shortInstant(Instant instant, ZoneId zone) {
    return SHORT.format(instant.atZone(zone));
  }

  /**
   * An optional instant written shortly, or a blank.
   *
   * @param instant the instant, if any
   * @param zone the zone of the local time
   * @return the wording
   */
  public static String shortInstant(Optional<Instant> instant, ZoneId zone) {
    return instant.map(i -> shortInstant(i, zone)).orElse(BLANK);
  }

  /**
   * A date: "03/03/2025".
   *
   * @param date the date
   * @return the wording
   */
  public static String date(LocalDate date) {
    return DATE.format(date);
  }

  /**
   * A date without its year: "03/03".
   *
   * @param date the date
   * @return the wording
   */
  public static String dayMonth(LocalDate date) {
    return DAY_MONTH.format(date);
  }

  /**
   * An amount of working time in hours and minutes: "3 giờ 30 phút", "45 phút", "0 phút". Working
   * time is not written in days, because the length of a working day is the calendar's.
   *
   * @param amount the amount, zero or more
   * @return the wording
   */
  public static String workingTime(Duration amount) {
    long minutes = amount.toMinutes();
    long hours = minutes / 60;
    long rest = minutes % 60;
    if (hours == 0) {
      return rest + " phút";
    }
    return rest == 0 ? hours + " giờ" : hours + " giờ " + rest + " phút";
  }
}
