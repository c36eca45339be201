package io.github.proctime.formats.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Parsing and printing of the date-time notations the interchange formats use. */
public final class Times {
  /** The zone in which writers print instants unless told otherwise. */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private Times() {}

  /** Why a text is not a date-time with offset. */
  public enum Failure {
    /** A valid local date-time, but without the required offset. */
    NO_OFFSET,
    /** Not a date-time at all. */
    INVALID
  }

  /** Thrown by the parsers with the reason; callers turn it into a FormatException. */
  public static final class BadTime extends Exception {
    private static final long serialVersionUID = 1L;
    private final Failure failure;

    BadTime(Failure failure, DateTimeParseException cause) {
      super(cause.getMessage(), cause);
      this.failure = failure;
    }

    public Failure failure() {
      return failure;
    }
  }

  /**
   * Parses an ISO-8601 date-time with an offset, such as {@code 2025-03-03T08:00+07:00}.
   *
   * @param text the text
   * @return the instant
   * @throws BadTime if the text has no offset or is not a date-time
   */
  public static Instant parseOffsetDateTime(String text) throws BadTime {
    Instant fast = parseCommonForm(text);
    if (fast != null) {
      return fast;
    }
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      try {
        LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        throw new BadTime(Failure.NO_OFFSET, e);
      } catch (DateTimeParseException notLocal) {
        throw new BadTime(Failure.INVALID, e);
      }
    }
  }

  /**
   * Prints an instant as an ISO-8601 date-time with the offset of a zone.
   *
   * @param instant the instant
   * @param zone the zone whose offset is printed
   * @return the text, such as {@code 2025-03-03T08:00:00+07:00}
   */
  public static String printOffsetDateTime(Instant instant, ZoneId zone) {
    java.time.ZoneOffset offset = zone.getRules().getOffset(instant);
    long local = instant.getEpochSecond() + offset.getTotalSeconds();
    long day = Math.floorDiv(local, 86_400L);
    int second = (int) Math.floorMod(local, 86_400L);
    java.time.LocalDate date = java.time.LocalDate.ofEpochDay(day);
    if (instant.getNano() != 0 || date.getYear() < 1000 || date.getYear() > 9999) {
      return OffsetDateTime.ofInstant(instant, zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
    // The common case, written by hand because DateTimeFormatter dominated the profile of bulk
    // evaluation output; the result is identical to ISO_OFFSET_DATE_TIME for whole seconds.
    char[] c = new char[19];
    int y = date.getYear();
    c[0] = (char) ('0' + y / 1000);
    c[1] = (char) ('0' + y / 100 % 10);
    c[2] = (char) ('0' + y / 10 % 10);
    c[3] = (char) ('0' + y % 10);
    c[4] = '-';
    two(c, 5, date.getMonthValue());
    c[7] = '-';
    two(c, 8, date.getDayOfMonth());
    c[10] = 'T';
    two(c, 11, second / 3600);
    c[13] = ':';
    two(c, 14, second / 60 % 60);
    c[16] = ':';
    two(c, 17, second % 60);
    return new String(c) + offset.getId();
  }

  private static void two(char[] c, int at, int value) {
    c[at] = (char) ('0' + value / 10);
    c[at + 1] = (char) ('0' + value % 10);
  }

  private static final DateTimeFormatter PORTAL =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

  /**
   * Parses the national portal's {@code yyyyMMddHHmmss}, a local time in Asia/Ho_Chi_Minh.
   *
   * @param text fourteen digits
   * @return the instant
   * @throws BadTime if the text is not fourteen digits forming a valid date-time
   */
  public static Instant parsePortal(String text) throws BadTime {
    try {
      if (!text.matches("[0-9]{14}")) {
        throw new DateTimeParseException("expected 14 digits", text, 0);
      }
      return LocalDateTime.parse(text, PORTAL).atZone(VIETNAM).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadTime(Failure.INVALID, e);
    }
  }

  /**
   * Prints an instant as the portal's {@code yyyyMMddHHmmss} in Asia/Ho_Chi_Minh, dropping any
   * fraction of a second.
   *
   * @param instant the instant
   * @return fourteen digits
   */
  public static String printPortal(Instant instant) {
    return LocalDateTime.ofInstant(instant, VIETNAM).format(PORTAL);
  }

  /**
   * Parses an ISO-8601 date such as {@code 2025-03-03}.
   *
   * @param text the text
   * @return the date
   * @throws BadTime if the text is not a date
   */
  public static LocalDate parseDate(String text) throws BadTime {
    try {
      return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      throw new BadTime(Failure.INVALID, e);
    }
  }

  /**
   * Parses an ISO-8601 time of day such as {@code 15:00}.
   *
   * @param text the text
   * @return the time
   * @throws BadTime if the text is not a time of day
   */
  public static LocalTime parseTime(String text) throws BadTime {
    try {
      return LocalTime.parse(text, DateTimeFormatter.ISO_LOCAL_TIME);
    } catch (DateTimeParseException e) {
      throw new BadTime(Failure.INVALID, e);
    }
  }

  /**
   * Parses the common form {@code yyyy-MM-ddTHH:mm[:ss]±hh:mm} (or {@code Z}) by hand: it was half
   * of the reader's profile through DateTimeFormatter. Returns null for anything else, including
   * fractions of a second and every malformed text, so that the formatter decides (and reports).
   * Takes any character sequence so that the streaming decoder can parse a parser's buffer in place
   * (see {@link CharSlice}) with the same code as the tree path.
   */
  static Instant parseCommonForm(CharSequence t) {
    int n = t.length();
    if (n < 17
        || t.charAt(4) != '-'
        || t.charAt(7) != '-'
        || t.charAt(10) != 'T'
        || t.charAt(13) != ':') {
      return null;
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 2);
    int day = digits(t, 8, 2);
    int hour = digits(t, 11, 2);
    int minute = digits(t, 14, 2);
    int at = 16;
    int second = 0;
    if (at < n && t.charAt(at) == ':') {
      if (at + 3 > n) {
        return null;
      }
      second = digits(t, at + 1, 2);
      at += 3;
    }
    if (year < 0
        || month < 1
        || month > 12
        || day < 1
        || hour > 23
        || minute > 59
        || second > 59
        || minute < 0
        || hour < 0
        || second < 0
        || at >= n) {
      return null;
    }
    int offsetSeconds;
    char sign = t.charAt(at);
    if (sign == 'Z' && at + 1 == n) {
      offsetSeconds = 0;
    } else if ((sign == '+' || sign == '-') && at + 6 == n && t.charAt(at + 3) == ':') {
      int oh = digits(t, at + 1, 2);
      int om = digits(t, at + 4, 2);
      if (oh < 0 || om < 0 || om > 59 || oh * 60 + om > 18 * 60) {
        return null;
      }
      offsetSeconds = (sign == '-' ? -1 : 1) * (oh * 3600 + om * 60);
    } else {
      return null;
    }
    if (day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
      return null; // let the formatter report the invalid date
    }
    long epochDay = java.time.LocalDate.of(year, month, day).toEpochDay();
    return Instant.ofEpochSecond(
        epochDay * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds);
  }

  private static int digits(CharSequence t, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
