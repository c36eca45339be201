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

  /** The room {@link #printOffsetDateTime(Instant, ZoneId, byte[])} needs. */
  public static final int PRINTED_BYTES = 28;

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
        : new String(b, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
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
    Offsets offsets = lastOffsets;
    if (offsets.zone != zone) {
      offsets = new Offsets(zone);
      lastOffsets = offsets;
    }
    java.time.ZoneOffset offset = offsets.at(instant);
    long local = instant.getEpochSecond() + offset.getTotalSeconds();
    long day = Math.floorDiv(local, 86_400L);
    int second = (int) Math.floorMod(local, 86_400L);
    Day date = lastDay;
    if (date.epochDay != day) {
      date = new Day(day);
      lastDay = date;
    }
    if (instant.getNano() != 0 || date.text == null) {
      return -1;
    }
    // The common case, written by hand because DateTimeFormatter dominated the profile of bulk
    // evaluation output; the result is identical to ISO_OFFSET_DATE_TIME for whole seconds.
    System.arraycopy(date.text, 0, b, 0, 10);
    b[10] = 'T';
    two(b, 11, second / 3600);
    b[13] = ':';
    two(b, 14, second / 60 % 60);
    b[16] = ':';
    two(b, 17, second % 60);
    byte[] id = offsets.id(offset);
    System.arraycopy(id, 0, b, 19, id.length);
    return 19 + id.length;
  }

  // One-entry caches of immutable values, shared by all threads without locks (a race only builds
  // an equal value again): the instants of one output are mostly in one zone and on a few days, and
  // the zone's offset search and the date arithmetic were a seventh of rendering an assessment.
  private static volatile Offsets lastOffsets = new Offsets(VIETNAM);
  private static volatile Day lastDay = new Day(0);

  /** A zone's offsets, with the one in force since its last transition found once. */
  private static final class Offsets {
    final ZoneId zone;
    final java.time.zone.ZoneRules rules;

    /** From this epoch second on the offset is {@link #fixed}; Long.MAX_VALUE if never. */
    final long fixedFrom;

    final java.time.ZoneOffset fixed;
    final byte[] fixedId;

    Offsets(ZoneId zone) {
      this.zone = zone;
      this.rules = zone.getRules();
      java.util.List<java.time.zone.ZoneOffsetTransition> transitions = rules.getTransitions();
      if (rules.isFixedOffset()) {
        fixedFrom = Long.MIN_VALUE;
      } else if (rules.getTransitionRules().isEmpty() && !transitions.isEmpty()) {
        fixedFrom = transitions.get(transitions.size() - 1).toEpochSecond();
      } else {
        fixedFrom = Long.MAX_VALUE;
      }
      fixed =
          fixedFrom == Long.MAX_VALUE
              ? null
              : rules.getOffset(Instant.ofEpochSecond(Math.max(fixedFrom, -31557014167219200L)));
      fixedId = fixed == null ? null : ascii(fixed.getId());
    }

    java.time.ZoneOffset at(Instant instant) {
      return instant.getEpochSecond() >= fixedFrom ? fixed : rules.getOffset(instant);
    }

    byte[] id(java.time.ZoneOffset offset) {
      return offset == fixed ? fixedId : ascii(offset.getId());
    }

    private static byte[] ascii(String id) {
      return id.getBytes(java.nio.charset.StandardCharsets.US_ASCII); // Z, +hh:mm or +hh:mm:ss
    }
  }

  /** A day's {@code yyyy-MM-dd}, or null text for a year outside 1000-9999. */
  private static final class Day {
    final long epochDay;
    final byte[] text;

    Day(long epochDay) {
      this.epochDay = epochDay;
      java.time.LocalDate date = java.time.LocalDate.ofEpochDay(epochDay);
      int y = date.getYear();
      if (y < 1000 || y > 9999) {
        text = null;
        return;
      }
      byte[] b = new byte[10];
      b[0] = (byte) ('0' + y / 1000);
      b[1] = (byte) ('0' + y / 100 % 10);
      b[2] = (byte) ('0' + y / 10 % 10);
      b[3] = (byte) ('0' + y % 10);
      b[4] = '-';
      two(b, 5, date.getMonthValue());
      b[7] = '-';
      two(b, 8, date.getDayOfMonth());
      text = b;
    }
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
