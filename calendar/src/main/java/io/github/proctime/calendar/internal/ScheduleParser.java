package io.github.proctime.calendar.internal;

import io.github.proctime.calendar.CalendarDay;
import io.github.proctime.calendar.DayKind;
import io.github.proctime.calendar.ScheduleFormatException;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads an official-schedule file: UTF-8 text, {@code #} comments and blank lines ignored, a header
 * line {@code date,kind,holiday,name,source}, then one line per day. Fields are separated by commas
 * and may not contain one. Stateless.
 */
public final class ScheduleParser {
  /** The header line every schedule starts with. */
  public static final String HEADER = "date,kind,holiday,name,source";

  private static final List<DayKind> ALLOWED_KINDS =
      List.of(
          DayKind.PUBLIC_HOLIDAY,
          DayKind.COMPENSATORY_DAY_OFF,
          DayKind.SWAPPED_DAY_OFF,
          DayKind.MAKE_UP_WORKING_DAY);

  private static final List<HolidayGroup> HOLIDAYS = List.of(HolidayGroup.values());
  private static final byte[] HEADER_BYTES = HEADER.getBytes(StandardCharsets.US_ASCII);
  private static final List<byte[]> ALLOWED_KIND_NAMES = asciiNames(ALLOWED_KINDS);
  private static final List<byte[]> HOLIDAY_NAMES = asciiNames(HOLIDAYS);

  private ScheduleParser() {}

  /**
   * Parses a schedule.
   *
   * @param reader the text; read to the end but not closed
   * @param sourceName the name used in error messages
   * @return the entries in file order
   * @throws ScheduleFormatException if a line is malformed or a date appears twice
   * @throws UncheckedIOException if the reader fails
   */
  public static List<ScheduleEntry> parse(Reader reader, String sourceName) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(sourceName, "sourceName");
    List<ScheduleEntry> entries = new ArrayList<>();
    Map<LocalDate, Integer> seen = new HashMap<>();
    boolean headerSeen = false;
    BufferedReader in = new BufferedReader(reader);
    int lineNo = 0;
    try {
      for (String raw = in.readLine(); raw != null; raw = in.readLine()) {
        lineNo++;
        String line = lineNo == 1 && raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (!headerSeen) {
          if (!line.equals(HEADER)) {
            throw new ScheduleFormatException(
                sourceName, lineNo, "line", line, "expected the header '" + HEADER + "'");
          }
          headerSeen = true;
          continue;
        }
        ScheduleEntry entry = parseLine(line, sourceName, lineNo);
        Integer first = seen.putIfAbsent(entry.day().date(), lineNo);
        if (first != null) {
          throw new ScheduleFormatException(
              sourceName,
              lineNo,
              "date",
              entry.day().date().toString(),
              "the date is already given on line " + first);
        }
        entries.add(entry);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read schedule " + sourceName, e);
    }
    if (!headerSeen) {
      throw new ScheduleFormatException(
          sourceName,
          lineNo,
          "line",
          "",
          "the schedule is empty: expected the header '" + HEADER + "'");
    }
    return List.copyOf(entries);
  }

  /**
   * Parses a schedule given as UTF-8 bytes, with the result and the errors of {@link #parse(Reader,
   * String)} on their decoding.
   *
   * <p>A schedule as the bundled one is written (lines ended by LF, no byte order mark, the header
   * and the date, kind and holiday fields in ASCII without surrounding spaces, no error) is read
   * byte by byte, and only its names and sources are decoded: a fresh JVM runs this in the
   * interpreter, where decoding whole lines and splitting them as strings costs several times more.
   * Any other text, well-formed or not, is read by {@link #parse(Reader, String)}.
   *
   * @param utf8 the text
   * @param sourceName the name used in error messages
   * @return the entries in file order
   * @throws ScheduleFormatException if a line is malformed or a date appears twice
   */
  public static List<ScheduleEntry> parse(byte[] utf8, String sourceName) {
    Objects.requireNonNull(utf8, "utf8");
    Objects.requireNonNull(sourceName, "sourceName");
    List<ScheduleEntry> entries = parsePlain(utf8, sourceName);
    if (entries != null) {
      return entries;
    }
    return parse(
        new InputStreamReader(new ByteArrayInputStream(utf8), StandardCharsets.UTF_8), sourceName);
  }

  /** The entries of a plain, valid schedule, or null if the text is anything else. */
  static List<ScheduleEntry> parsePlain(byte[] text, String sourceName) {
    List<ScheduleEntry> entries = new ArrayList<>();
    Set<LocalDate> seen = new HashSet<>();
    boolean headerSeen = false;
    int[] fieldStarts = new int[5];
    int[] fieldEnds = new int[5];
    int lineNo = 0;
    for (int start = 0; start < text.length; ) {
      int end = start;
      while (end < text.length && text[end] != '\n') {
        if (text[end] == '\r') {
          return null;
        }
        end++;
      }
      lineNo++;
      int lineStart = start;
      start = end + 1;
      if (end == lineStart || text[lineStart] == '#') {
        continue;
      }
      if (!isPlainAscii(text[lineStart])) {
        return null; // a byte order mark, or text that strip() may change
      }
      if (!headerSeen) {
        if (!asciiEquals(text, lineStart, end, HEADER_BYTES)) {
          return null;
        }
        headerSeen = true;
        continue;
      }
      int fields = 0;
      fieldStarts[0] = lineStart;
      for (int i = lineStart; i < end; i++) {
        if (text[i] == ',') {
          if (fields == 4) {
            return null;
          }
          fieldEnds[fields++] = i;
          fieldStarts[fields] = i + 1;
        }
      }
      if (fields != 4) {
        return null;
      }
      fieldEnds[4] = end;
      LocalDate date = plainDate(text, fieldStarts[0], fieldEnds[0]);
      int k = indexOf(ALLOWED_KIND_NAMES, text, fieldStarts[1], fieldEnds[1]);
      DayKind kind = k < 0 ? null : ALLOWED_KINDS.get(k);
      int h = indexOf(HOLIDAY_NAMES, text, fieldStarts[2], fieldEnds[2]);
      HolidayGroup holiday = h < 0 ? null : HOLIDAYS.get(h);
      String name = decodedField(text, fieldStarts[3], fieldEnds[3]);
      String source = decodedField(text, fieldStarts[4], fieldEnds[4]);
      if (date == null
          || kind == null
          || holiday == null
          || name == null
          || source == null
          || !seen.add(date)) {
        return null;
      }
      DayOfWeek dayOfWeek = date.getDayOfWeek();
      boolean weekend = dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
      if (kind == DayKind.MAKE_UP_WORKING_DAY
          ? !weekend
          : kind == DayKind.SWAPPED_DAY_OFF && weekend) {
        return null;
      }
      entries.add(
          new ScheduleEntry(
              CalendarDay.of(date, kind, name, source, false), holiday, sourceName, lineNo));
    }
    return headerSeen ? List.copyOf(entries) : null;
  }

  /** An ASCII character other than a space or a control character. */
  private static boolean isPlainAscii(byte b) {
    return b > ' ' && b < 0x7F;
  }

  private static boolean asciiEquals(byte[] text, int start, int end, byte[] ascii) {
    if (end - start != ascii.length) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (text[i] != ascii[i - start]) {
        return false;
      }
    }
    return true;
  }

  /** The index of the name a field holds, or -1. */
  private static int indexOf(List<byte[]> names, byte[] text, int start, int end) {
    for (int i = 0; i < names.size(); i++) {
      if (asciiEquals(text, start, end, names.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static List<byte[]> asciiNames(List<? extends Enum<?>> values) {
    List<byte[]> names = new ArrayList<>();
    for (Enum<?> v : values) {
      names.add(v.name().getBytes(StandardCharsets.US_ASCII));
    }
    return List.copyOf(names);
  }

  /** A field of the form yyyy-MM-dd holding a valid date, or null. */
  private static LocalDate plainDate(byte[] text, int start, int end) {
    if (end - start != 10 || text[start + 4] != '-' || text[start + 7] != '-') {
      return null;
    }
    int year = asciiDigits(text, start, start + 4);
    int month = asciiDigits(text, start + 5, start + 7);
    int day = asciiDigits(text, start + 8, start + 10);
    if (year < 0
        || month < 1
        || month > 12
        || day < 1
        || day > Month.of(month).length(IsoChronology.INSTANCE.isLeapYear(year))) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  private static int asciiDigits(byte[] text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      if (text[i] < '0' || text[i] > '9') {
        return -1;
      }
      value = value * 10 + (text[i] - '0');
    }
    return value;
  }

  /**
   * A name or source field decoded and stripped as the general reader would, or null if it is empty
   * or not valid UTF-8 (left to the general reader).
   */
  private static String decodedField(byte[] text, int start, int end) {
    String field = new String(text, start, end - start, StandardCharsets.UTF_8).strip();
    return field.isEmpty() || field.indexOf('\uFFFD') >= 0 ? null : field;
  }

  /**
   * Parses an ISO date as {@link LocalDate#parse} does. The common form {@code yyyy-MM-dd} of a
   * valid date is read by hand, because {@code DateTimeFormatter} costs a cold JVM several
   * milliseconds of class loading and initialisation; anything else goes to {@link
   * LocalDate#parse}, for the same result or the same exception.
   */
  static LocalDate parseDate(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0
          && month >= 1
          && month <= 12
          && day >= 1
          && day <= Month.of(month).length(IsoChronology.INSTANCE.isLeapYear(year))) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(text);
  }

  /** The value of the ASCII digits from begin to end, or -1 if a character is not one. */
  private static int digits(String text, int begin, int end) {
    int value = 0;
    for (int i = begin; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static ScheduleEntry parseLine(String line, String sourceName, int lineNo) {
    String[] f = line.split(",", -1);
    if (f.length != 5) {
      throw new ScheduleFormatException(
          sourceName,
          lineNo,
          "line",
          line,
          "expected 5 comma-separated fields (" + HEADER + "), found " + f.length);
    }
    for (int i = 0; i < f.length; i++) {
      f[i] = f[i].strip();
    }
    LocalDate date;
    try {
      date = parseDate(f[0]);
    } catch (DateTimeParseException e) {
      throw new ScheduleFormatException(
          sourceName, lineNo, "date", f[0], "expected an ISO date such as 2027-02-05");
    }
    DayKind kind = null;
    for (DayKind k : ALLOWED_KINDS) {
      if (k.name().equals(f[1])) {
        kind = k;
        break;
      }
    }
    if (kind == null) {
      throw new ScheduleFormatException(
          sourceName, lineNo, "kind", f[1], "expected one of " + ALLOWED_KINDS);
    }
    HolidayGroup holiday = null;
    for (HolidayGroup h : HolidayGroup.values()) {
      if (h.name().equals(f[2])) {
        holiday = h;
        break;
      }
    }
    if (holiday == null) {
      throw new ScheduleFormatException(
          sourceName,
          lineNo,
          "holiday",
          f[2],
          "expected one of " + Arrays.toString(HolidayGroup.values()));
    }
    if (f[3].isEmpty()) {
      throw new ScheduleFormatException(sourceName, lineNo, "name", f[3], "the name is empty");
    }
    if (f[4].isEmpty()) {
      throw new ScheduleFormatException(
          sourceName, lineNo, "source", f[4], "the source document is empty");
    }
    DayOfWeek dayOfWeek = date.getDayOfWeek();
    boolean weekend = dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
    if (kind == DayKind.MAKE_UP_WORKING_DAY && !weekend) {
      throw new ScheduleFormatException(
          sourceName,
          lineNo,
          "date",
          f[0],
          "a MAKE_UP_WORKING_DAY must be a weekly rest day (Saturday or Sunday), but it is a "
              + dayOfWeek);
    }
    if (kind == DayKind.SWAPPED_DAY_OFF && weekend) {
      throw new ScheduleFormatException(
          sourceName,
          lineNo,
          "date",
          f[0],
          "a SWAPPED_DAY_OFF must be a weekday, but it is a " + dayOfWeek);
    }
    return new ScheduleEntry(
        CalendarDay.of(date, kind, f[3], f[4], false), holiday, sourceName, lineNo);
  }
}
