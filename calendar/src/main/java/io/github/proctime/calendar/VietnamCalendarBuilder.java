package io.github.proctime.calendar;

import io.github.proctime.calendar.internal.DayTable;
import io.github.proctime.calendar.internal.LunarDates;
import io.github.proctime.calendar.internal.NationalLunarDates;
import io.github.proctime.calendar.internal.ScheduleEntry;
import io.github.proctime.calendar.internal.ScheduleParser;
import io.github.proctime.calendar.internal.Sessions;
import io.github.proctime.calendar.internal.VietnamRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds Vietnam's civil-service working calendar: statutory holidays by rule, official annual
 * schedules from data, Saturday and Sunday as weekly rest (QĐ 188/1999/QĐ-TTg Art. 1).
 *
 * <p><b>Official schedules.</b> The schedules announced for 2018-2026 are bundled (resource {@code
 * io/github/proctime/calendar/vn-official-schedules.csv}, sources in {@code
 * shared/domain/holidays.md} §2). A newly announced year is added from the user's own file with
 * {@link #addSchedule(Reader, String)}; the format is UTF-8 text with {@code #} comments and blank
 * lines ignored, a header {@code date,kind,holiday,name,source}, then one line per weekday closure
 * or make-up working day:
 *
 * <pre>
 * date,kind,holiday,name,source
 * 2027-02-05,PUBLIC_HOLIDAY,LUNAR_NEW_YEAR,Tết Nguyên đán,CV 1234/VPCP-KGVX
 * 2027-02-20,MAKE_UP_WORKING_DAY,SWAP,Làm bù,CV 1234/VPCP-KGVX
 * </pre>
 *
 * <ul>
 *   <li>{@code kind}: {@code PUBLIC_HOLIDAY}, {@code COMPENSATORY_DAY_OFF}, {@code SWAPPED_DAY_OFF}
 *       (a weekday) or {@code MAKE_UP_WORKING_DAY} (a Saturday or Sunday).
 *   <li>{@code holiday}: {@code NEW_YEAR}, {@code LUNAR_NEW_YEAR}, {@code HUNG_KINGS}, {@code
 *       REUNIFICATION_DAY}, {@code LABOUR_DAY}, {@code NATIONAL_DAY}, or {@code SWAP} for a swapped
 *       day off and the day worked in exchange. Fields may not contain commas.
 * </ul>
 *
 * <p><b>Official data wins.</b> The lines of one holiday in one year (for example all {@code
 * LUNAR_NEW_YEAR} lines dated 2027) replace the statutory rule for that holiday in that year, and
 * replace lines of the same holiday and year from an earlier schedule (so a later file corrects the
 * bundled one). A holiday and year with no line follow the statutory rule described in {@code
 * VietnamRules}: Labor Code 2019 Art. 112 from 2021, Labor Code 2012 Art. 115 before, compensatory
 * days for holidays on a weekly rest day; the Tết days and the day beside 2 September of a year
 * without an official schedule follow a default pattern and are {@linkplain
 * CalendarDay#isProvisional() provisional}.
 *
 * <p><b>Coverage.</b> By default 1970-01-01 to 2100-12-31, within the range of the lunar calendar.
 * Schedule lines dated outside the coverage are read and checked but have no day to describe.
 * Weekly rest is Saturday and Sunday for every covered year; the date from which QĐ 188/1999 made
 * Saturday a rest day is not in our sources (UNCONFIRMED), so earlier years also use it.
 *
 * <pre>{@code
 * WorkingCalendar vn2027 =
 *     WorkingCalendars.vietnamBuilder().addSchedule(reader, "vn-2027.csv").build();
 * }</pre>
 *
 * <p>A builder is mutable and not thread-safe; the calendars it builds are immutable and
 * thread-safe, and two calendars built from the same description are equal.
 */
public final class VietnamCalendarBuilder {
  private static final Logger LOG = LoggerFactory.getLogger(VietnamCalendarBuilder.class);
  private static final String BUNDLED = "vn-official-schedules.csv";
  private static final Set<DayOfWeek> WEEKLY_REST =
      EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

  private final LunarDates lunar = NationalLunarDates.INSTANCE;
  private LocalDate start;
  private LocalDate end;
  private ZoneId zone = WorkingCalendars.VIETNAM_ZONE;
  private boolean bundled = true;
  private final Map<DayOfWeek, List<WorkingSession>> weeklySessions =
      new EnumMap<>(DayOfWeek.class);
  private final List<List<ScheduleEntry>> schedules = new java.util.ArrayList<>();

  VietnamCalendarBuilder() {
    for (DayOfWeek d : DayOfWeek.values()) {
      weeklySessions.put(d, WorkingCalendars.defaultSessions());
    }
    start = LocalDate.of(Math.max(1970, lunar.firstYear()), 1, 1);
    end = LocalDate.of(Math.min(2100, lunar.lastYear()), 12, 31);
  }

  /**
   * The first date the lunar calendar, and so the statutory rules, can cover.
   *
   * @return the earliest possible coverage start
   */
  public LocalDate earliestCoverageStart() {
    return LocalDate.of(lunar.firstYear(), 1, 1);
  }

  /**
   * The last date the lunar calendar, and so the statutory rules, can cover.
   *
   * @return the latest possible coverage end
   */
  public LocalDate latestCoverageEnd() {
    return LocalDate.of(lunar.lastYear(), 12, 31);
  }

  /**
   * Sets the covered range, replacing the default 1970-01-01 to 2100-12-31.
   *
   * @param startInclusive the first covered date
   * @param endInclusive the last covered date
   * @return this builder
   * @throws IllegalArgumentException if end is before start
   * @throws CalendarCoverageException if a date is outside {@link #earliestCoverageStart()} to
   *     {@link #latestCoverageEnd()}
   */
  public VietnamCalendarBuilder coverage(LocalDate startInclusive, LocalDate endInclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endInclusive, "endInclusive");
    if (endInclusive.isBefore(startInclusive)) {
      throw new IllegalArgumentException(
          "Invalid coverage: endInclusive ("
              + endInclusive
              + ") is before startInclusive ("
              + startInclusive
              + ")");
    }
    for (LocalDate d : List.of(startInclusive, endInclusive)) {
      if (d.isBefore(earliestCoverageStart()) || d.isAfter(latestCoverageEnd())) {
        throw new CalendarCoverageException(d, earliestCoverageStart(), latestCoverageEnd());
      }
    }
    this.start = startInclusive;
    this.end = endInclusive;
    return this;
  }

  /**
   * Sets the zone in which days and sessions are reckoned.
   *
   * @param zone the zone, {@code Asia/Ho_Chi_Minh} by default
   * @return this builder
   */
  public VietnamCalendarBuilder zone(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
    return this;
  }

  /**
   * Sets the working sessions of a day of the week, used on those days that are working days
   * (Saturday's sessions are those of its make-up working days).
   *
   * @param dayOfWeek the day of the week
   * @param sessions at least one session; they must not overlap
   * @return this builder
   * @throws CalendarConflictException naming the day of the week if no session is given or two
   *     overlap
   */
  public VietnamCalendarBuilder sessions(DayOfWeek dayOfWeek, WorkingSession... sessions) {
    Objects.requireNonNull(dayOfWeek, "dayOfWeek");
    List<WorkingSession> list = Sessions.checked(dayOfWeek, sessions);
    weeklySessions.put(dayOfWeek, list);
    return this;
  }

  /**
   * Leaves out the bundled official schedules, so that only the statutory rules and the schedules
   * added with {@link #addSchedule(Reader, String)} apply.
   *
   * @return this builder
   */
  public VietnamCalendarBuilder withoutBundledSchedules() {
    bundled = false;
    return this;
  }

  /**
   * Adds an official schedule read from a reader (see the class comment for the format).
   *
   * @param reader the schedule text; read to the end, not closed
   * @param sourceName the name used in error messages, such as the file name
   * @return this builder
   * @throws ScheduleFormatException naming the source, line, field and value if the text is
   *     malformed
   * @throws UncheckedIOException if the reader fails
   */
  public VietnamCalendarBuilder addSchedule(Reader reader, String sourceName) {
    schedules.add(ScheduleParser.parse(reader, sourceName));
    return this;
  }

  /**
   * Adds an official schedule given as text (see the class comment for the format).
   *
   * @param text the schedule text
   * @param sourceName the name used in error messages
   * @return this builder
   * @throws ScheduleFormatException naming the source, line, field and value if the text is
   *     malformed
   */
  public VietnamCalendarBuilder addSchedule(String text, String sourceName) {
    return addSchedule(new StringReader(Objects.requireNonNull(text, "text")), sourceName);
  }

  /**
   * Adds an official schedule read from a UTF-8 stream (see the class comment for the format).
   *
   * @param in the schedule bytes; read to the end, not closed
   * @param sourceName the name used in error messages
   * @return this builder
   * @throws ScheduleFormatException naming the source, line, field and value if the text is
   *     malformed
   * @throws UncheckedIOException if the stream fails
   */
  public VietnamCalendarBuilder addSchedule(InputStream in, String sourceName) {
    return addSchedule(
        new InputStreamReader(Objects.requireNonNull(in, "in"), StandardCharsets.UTF_8),
        sourceName);
  }

  static List<ScheduleEntry> bundledSchedule() {
    try (InputStream in = VietnamCalendarBuilder.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("The bundled resource " + BUNDLED + " is missing");
      }
      return ScheduleParser.parse(in.readAllBytes(), BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Builds the calendar.
   *
   * @return the calendar
   * @throws CalendarConflictException if two schedules give the same date to different holidays
   */
  public WorkingCalendar build() {
    Map<ScheduleEntry.GroupKey, List<ScheduleEntry>> groups = new LinkedHashMap<>();
    if (bundled) {
      putGroups(groups, bundledSchedule());
    }
    for (List<ScheduleEntry> s : schedules) {
      putGroups(groups, s);
    }
    DayTable table = new DayTable(start, end, zone, WEEKLY_REST, weeklySessions);
    VietnamRules.apply(table, WEEKLY_REST, groups, lunar);
    WorkingCalendar calendar = table.freeze();
    LOG.debug(
        "Built Vietnam's working calendar {} - {} with {} official holiday-years ({} added schedules)",
        start,
        end,
        groups.size(),
        schedules.size());
    return calendar;
  }

  private static void putGroups(
      Map<ScheduleEntry.GroupKey, List<ScheduleEntry>> groups, List<ScheduleEntry> entries) {
    Map<ScheduleEntry.GroupKey, List<ScheduleEntry>> added = new LinkedHashMap<>();
    for (ScheduleEntry e : entries) {
      List<ScheduleEntry> group = added.get(e.key());
      if (group == null) {
        group = new java.util.ArrayList<>();
        added.put(e.key(), group);
      }
      group.add(e);
    }
    groups.putAll(added);
  }
}
