package io.github.proctime.formats.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.formats.FormatException;
import io.github.proctime.formats.FormatRule;
import io.github.proctime.formats.internal.CalendarOverlayCodec;
import io.github.proctime.formats.internal.Json;
import io.github.proctime.formats.internal.JsonObjectView;
import io.github.proctime.formats.internal.RecordPlace;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Reads a calendar overlay, the local differences of a province or agency from a base calendar, as
 * JSON ({@code "format": "proctime.calendar-overlay", "formatVersion": 1}).
 *
 * <p>A thin wrapper over {@link io.github.proctime.calendar.CalendarOverlayBuilder}: each entry is
 * one call to it, and the builder's rules apply (module {@code calendar} documents them). The
 * fields, all optional except the format pair:
 *
 * <ul>
 *   <li>{@code closures}: {@code [{"from": "2024-09-09", "to": "2024-09-10", "name": "Nghỉ do bão
 *       Yagi", "source": "CĐ 01/CĐ-UBND"}]}, {@code to} defaulting to {@code from};
 *   <li>{@code openings}: {@code [{"date", "name", "source"}]}, non-working days made working;
 *   <li>{@code weeklySessions}: {@code {"MONDAY": ["07:30-11:30", "13:00-17:00"]}};
 *   <li>{@code dateSessions}: {@code {"2024-09-11": ["08:00-11:30"]}};
 *   <li>{@code receptionSessions}: {@code {"SATURDAY": ["07:30-11:30"]}};
 *   <li>{@code receptionCountsTowardDeadlines}: the decision that makes reception sessions count as
 *       working time (absent: they do not count).
 * </ul>
 *
 * <p>JSON Schema: {@value #SCHEMA_RESOURCE}. Official holiday schedules (the national calendar's
 * data) are not JSON: they are the CSV files read by {@link
 * io.github.proctime.calendar.VietnamCalendarBuilder#addSchedule(Reader, String)}. A change the
 * calendar rejects (a date outside the base's coverage, a day both closed and opened, overlapping
 * sessions) is reported as a {@link FormatException} with rule {@link FormatRule#INVALID_VALUE},
 * the JSON path of the entry and the calendar's exception as its cause. Line numbers are not known
 * for this format (0); the JSON path locates the problem.
 *
 * <pre>{@code
 * WorkingCalendar yenBai = CalendarOverlayJson.read(
 *     Files.newBufferedReader(path), path.toString(), WorkingCalendars.vietnam());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CalendarOverlayJson {
  /** The value of the document's {@code format} field. */
  public static final String FORMAT = CalendarOverlayCodec.FORMAT;

  /** The format version this class reads. */
  public static final int FORMAT_VERSION = CalendarOverlayCodec.VERSION;

  /** The class-path resource holding the JSON Schema of version 1. */
  public static final String SCHEMA_RESOURCE =
      "/io/github/proctime/formats/schema/calendar-overlay-v1.schema.json";

  private CalendarOverlayJson() {}

  /**
   * Reads an overlay and builds the calendar it describes; closes the input.
   *
   * @param in the JSON document
   * @param source the input's name, for messages
   * @param base the calendar the overlay changes, usually {@code WorkingCalendars.vietnam()}
   * @return the calendar
   * @throws FormatException if the document breaks the format or the calendar rejects a change
   * @throws UncheckedIOException if reading fails
   */
  public static WorkingCalendar read(Reader in, String source, WorkingCalendar base) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(base, "base");
    try (Reader r = in) {
      return CalendarOverlayCodec.decode(
          JsonObjectView.of(Json.MAPPER.readTree(r), "$", new RecordPlace(source, 0, 0)), base);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw FormatException.builder(FormatRule.MALFORMED_SYNTAX, source)
          .line(at == null ? 0 : at.getLineNr())
          .column(at == null ? 0 : at.getColumnNr())
          .detail(e.getOriginalMessage())
          .cause(e)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + source, e);
    }
  }
}
