package io.github.proctime.formats.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/** Parsing and printing of the date-time notations the interchange formats use. */
public final class Times {
  /** The zone in which writers print instants unless told otherwise. */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  /** The room {@link #printOffsetDateTime(Instant, ZoneId, byte[])} needs. */
  public static final int PRINTED_BYTES = 28;

  // VIETNAM's offset since its last transition, and the text of that offset.
  private static final long VIETNAM_FIXED_FROM = fixedFrom(VIETNAM);
  private static final ZoneOffset VIETNAM_OFFSET =
      VIETNAM_FIXED_FROM == Long.MAX_VALUE // never used then: no instant is that late
          ? ZoneOffset.UTC
          : VIETNAM.getRules().getOffset(Instant.ofEpochSecond(VIETNAM_FIXED_FROM));
  private static final byte[] VIETNAM_OFFSET_ID =
      VIETNAM_OFFSET.getId().getBytes(StandardCharsets.US_ASCII);

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
    byte[] b = new byte[PRINTED_BYTES];
    int n = printOffsetDateTime(instant, zone, b);
    return n < 0
        ? OffsetDateTime.ofInstant(instant, zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
        : new String(b, 0, n, StandardCharsets.ISO_8859_1);
  }

  /**
   * Prints an instant as {@link #printOffsetDateTime(Instant, ZoneId)} does, as ASCII bytes, for
   * writers that hand them to Jackson without making a {@code String} of each instant.
   *
   * @param instant the instant
   * @param zone the zone whose offset is printed
   * @param b at least {@link #PRINTED_BYTES} bytes
   * @return the number of bytes written, or -1 if the instant is not in the common form (fractions
   *     of a second, a year outside 1000-9999): the caller then uses the other method
   */
  public static int printOffsetDateTime(Instant instant, ZoneId zone, byte[] b) {
    ZoneOffset offset;
    byte[] id;
    if ((zone == VIETNAM || VIETNAM.equals(zone))
        && instant.getEpochSecond() >= VIETNAM_FIXED_FROM) {
      // Writers print in VIETNAM unless told otherwise, and its offset has not changed since
      // 1975: the zone rules' search and the offset's text were a tenth of rendering a line.
      offset = VIETNAM_OFFSET;
      id = VIETNAM_OFFSET_ID;
    } else {
      offset = zone.getRules().getOffset(instant);
      id = offset.getId().getBytes(StandardCharsets.US_ASCII); // Z, +hh:mm or +hh:mm:ss
    }
    long local = instant.getEpochSecond() + offset.getTotalSeconds();
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(local, 86_400L));
    int second = (int) Math.floorMod(local, 86_400L);
    int y = date.getYear();
    if (instant.getNano() != 0 || y < 1000 || y > 9999) {
      return -1;
    }
    // The common case, written by hand because DateTimeFormatter dominated the profile of bulk
    // evaluation output; the result is identical to ISO_OFFSET_DATE_TIME for whole seconds.
    b[0] = (byte) ('0' + y / 1000);
    b[1] = (byte) ('0' + y / 100 % 10);
    b[2] = (byte) ('0' + y / 10 % 10);
    b[3] = (byte) ('0' + y % 10);
    b[4] = '-';
    two(b, 5, date.getMonthValue());
    b[7] = '-';
    two(b, 8, date.getDayOfMonth());
    b[10] = 'T';
    two(b, 11, second / 3600);
    b[13] = ':';
    two(b, 14, second / 60 % 60);
    b[16] = ':';
    two(b, 17, second % 60);
    System.arraycopy(id, 0, b, 19, id.length);
    return 19 + id.length;
  }

  /** The epoch second of the last transition of a zone without transition rules, else MAX. */
  private static long fixedFrom(ZoneId zone) {
    ZoneRules rules = zone.getRules();
    List<ZoneOffsetTransition> transitions = rules.getTransitions();
    if (!rules.getTransitionRules().isEmpty() || transitions.isEmpty()) {
      return Long.MAX_VALUE;
    }
    return transitions.get(transitions.size() - 1).toEpochSecond();
  }

  private static void two(byte[] b, int at, int value) {
    b[at] = (byte) ('0' + value / 10);
    b[at + 1] = (byte) ('0' + value % 10);
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
    if (day > lengthOfMonth(year, month)) {
      return null; // let the formatter report the invalid date
    }
    long epochDay = epochDay(year, month, day);
    return Instant.ofEpochSecond(
        epochDay * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds);
  }

  /** Days before each month in a common year: January 0, February 31, March 59, ... */
  private static final int[] DAYS_BEFORE_MONTH = {
    0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334
  };

  private static boolean isLeap(int year) {
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  /** The first year of the month table. */
  private static final int TABLE_FROM = 1900;

  /** The year after the last of the month table. */
  private static final int TABLE_UNTIL = 2200;

  /**
   * The epoch day of the first of every month of 1900-2199, by {@code (year - 1900) * 12 + month -
   * 1}: the years every real dossier has. A JFR profile of the direct byte path ({@link
   * DossierByteDecoder}) put about a sixth of its samples in counting leap years ({@code isLeap}
   * and the floor divisions; JFR's attribution within inlined code is approximate): one array read
   * replaces them. Immutable once built.
   */
  private static final int[] MONTH_STARTS = monthStarts();

  private static int[] monthStarts() {
    int[] starts = new int[(TABLE_UNTIL - TABLE_FROM) * 12 + 1];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = (int) countedEpochDay(TABLE_FROM + i / 12, i % 12 + 1, 1);
    }
    return starts;
  }

  /**
   * The number of days of a month of the proleptic Gregorian calendar.
   *
   * @param year the year, 0 to 9999
   * @param month the month, 1 to 12
   * @return 28 to 31
   */
  static int lengthOfMonth(int year, int month) {
    if (year >= TABLE_FROM && year < TABLE_UNTIL) {
      int i = (year - TABLE_FROM) * 12 + month - 1;
      return MONTH_STARTS[i + 1] - MONTH_STARTS[i];
    }
    if (month == 2) {
      return isLeap(year) ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /**
   * The epoch day of a date of the proleptic Gregorian calendar, for years 0 to 9999 (what the
   * common form holds), without building a {@code LocalDate} per instant read (JFR put that at
   * about a tenth of reading a dossier line; timed, reading got 1-4 % faster, within the noise of a
   * shared machine). {@code TimesProperties} checks every day of those years against {@code
   * LocalDate}.
   */
  static long epochDay(int year, int month, int day) {
    if (year >= TABLE_FROM && year < TABLE_UNTIL) {
      return MONTH_STARTS[(year - TABLE_FROM) * 12 + month - 1] + day - 1L;
    }
    return countedEpochDay(year, month, day);
  }

  /** {@link #epochDay} without the table: by counting leap years. */
  private static long countedEpochDay(int year, int month, int day) {
    // Days from 0000-01-01 to the first of the year: 365 a year, plus one for each leap year
    // before it. Those in [1, year) are the multiples of 4, less those of 100, plus those of 400;
    // year 0 is one more (for year 0 itself, the floor divisions of -1 give -1, which cancels it).
    int before = year - 1;
    long leapYears =
        1 + Math.floorDiv(before, 4) - Math.floorDiv(before, 100) + Math.floorDiv(before, 400);
    long days = 365L * year + leapYears + DAYS_BEFORE_MONTH[month - 1] + day - 1;
    if (month > 2 && isLeap(year)) {
      days++;
    }
    return days - 719_528L; // the days from 0000-01-01 to 1970-01-01
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
