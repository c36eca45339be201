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
    return OffsetDateTime.ofInstant(instant, zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
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
}
