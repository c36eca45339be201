package io.github.proctime.formats.internal;

import io.github.proctime.ProctimeException;
import io.github.proctime.calendar.CalendarOverlayBuilder;
import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.calendar.WorkingCalendars;
import io.github.proctime.calendar.WorkingSession;
import io.github.proctime.formats.FormatRule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Decodes the {@code proctime.calendar-overlay} JSON format, version 1, into an overlay. */
public final class CalendarOverlayCodec {
  /** The format name. */
  public static final String FORMAT = "proctime.calendar-overlay";

  /** The only format version. */
  public static final int VERSION = 1;

  /** The top-level fields. */
  public static final Set<String> FIELDS =
      Set.of(
          "format",
          "formatVersion",
          "closures",
          "openings",
          "weeklySessions",
          "dateSessions",
          "receptionSessions",
          "receptionCountsTowardDeadlines");

  /** The fields of a closure. */
  public static final Set<String> CLOSURE_FIELDS = Set.of("from", "to", "name", "source");

  /** The fields of an opening. */
  public static final Set<String> OPENING_FIELDS = Set.of("date", "name", "source");

  private CalendarOverlayCodec() {}

  /** Applies one change to the builder; the builder's own exceptions are unchecked. */
  @FunctionalInterface
  private interface Change {
    void apply();
  }

  /**
   * Decodes an overlay document and builds the calendar.
   *
   * @param o the document
   * @param base the calendar the overlay changes
   * @return the built calendar
   */
  public static WorkingCalendar decode(JsonObjectView o, WorkingCalendar base) {
    o.allowOnly(FIELDS);
    if (!o.peekText("format").filter(FORMAT::equals).isPresent()) {
      throw o.problem(FormatRule.FORMAT_MISMATCH, "format")
          .detail("expected \"" + FORMAT + "\"")
          .build();
    }
    if (o.peekInteger("formatVersion").orElse(-1) != VERSION) {
      throw o.problem(FormatRule.FORMAT_MISMATCH, "formatVersion")
          .detail("supported: " + VERSION)
          .build();
    }
    CalendarOverlayBuilder b = WorkingCalendars.overlay(base);
    for (JsonObjectView c : o.optionalObjects("closures")) {
      c.allowOnly(CLOSURE_FIELDS);
      LocalDate from = c.requiredDate("from");
      LocalDate to = c.has("to") ? c.requiredDate("to") : from;
      String name = c.requiredText("name");
      String source = c.requiredText("source");
      if (to.isBefore(from)) {
        throw c.problem(FormatRule.INVALID_VALUE, "to").detail("must not be before from").build();
      }
      apply(c, "from", () -> b.closeDays(from, to, name, source));
    }
    for (JsonObjectView p : o.optionalObjects("openings")) {
      p.allowOnly(OPENING_FIELDS);
      LocalDate date = p.requiredDate("date");
      String name = p.requiredText("name");
      String source = p.requiredText("source");
      apply(p, "date", () -> b.openDay(date, name, source));
    }
    Optional<JsonObjectView> weekly = o.optionalObject("weeklySessions");
    if (weekly.isPresent()) {
      for (String day : weekly.get().fieldNames()) {
        DayOfWeek d = dayOfWeek(weekly.get(), day);
        WorkingSession[] sessions = sessions(weekly.get(), day);
        apply(weekly.get(), day, () -> b.sessions(d, sessions));
      }
    }
    Optional<JsonObjectView> dated = o.optionalObject("dateSessions");
    if (dated.isPresent()) {
      for (String text : dated.get().fieldNames()) {
        LocalDate date = dateKey(dated.get(), text);
        WorkingSession[] sessions = sessions(dated.get(), text);
        apply(dated.get(), text, () -> b.sessions(date, sessions));
      }
    }
    Optional<JsonObjectView> reception = o.optionalObject("receptionSessions");
    if (reception.isPresent()) {
      for (String day : reception.get().fieldNames()) {
        DayOfWeek d = dayOfWeek(reception.get(), day);
        WorkingSession[] sessions = sessions(reception.get(), day);
        apply(reception.get(), day, () -> b.receptionSessions(d, sessions));
      }
    }
    Optional<String> counts = o.optionalText("receptionCountsTowardDeadlines");
    if (counts.isPresent()) {
      apply(
          o, "receptionCountsTowardDeadlines", () -> b.countReceptionTowardDeadlines(counts.get()));
    }
    try {
      return b.build();
    } catch (ProctimeException | IllegalArgumentException e) {
      throw o.place()
          .problem(FormatRule.INVALID_VALUE)
          .jsonPath(o.path())
          .detail(e.getMessage())
          .cause(e)
          .build();
    }
  }

  private static void apply(JsonObjectView o, String field, Change change) {
    try {
      change.apply();
    } catch (ProctimeException | IllegalArgumentException e) {
      throw o.problem(FormatRule.INVALID_VALUE, field).detail(e.getMessage()).cause(e).build();
    }
  }

  private static LocalDate dateKey(JsonObjectView o, String key) {
    try {
      return Times.parseDate(key);
    } catch (Times.BadTime e) {
      throw o.problem(FormatRule.INVALID_DATE_TIME, key)
          .value(key)
          .detail("expected an ISO-8601 date such as 2025-03-03 as the key")
          .cause(e)
          .build();
    }
  }

  private static DayOfWeek dayOfWeek(JsonObjectView o, String name) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().equals(name)) {
        return d;
      }
    }
    throw o.problem(FormatRule.UNKNOWN_VALUE, name)
        .value(name)
        .detail("expected a day of the week such as SATURDAY")
        .build();
  }

  private static WorkingSession[] sessions(JsonObjectView o, String name) {
    List<WorkingSession> out = new ArrayList<>();
    List<String> texts = o.requiredTexts(name);
    for (int i = 0; i < texts.size(); i++) {
      try {
        out.add(WorkingSession.parse(texts.get(i)));
      } catch (IllegalArgumentException e) {
        throw o.problem(FormatRule.INVALID_DATE_TIME, name)
            .jsonPath(o.path() + "." + name + "[" + i + "]")
            .value(texts.get(i))
            .detail("expected HH:mm-HH:mm with end after start, such as 07:30-11:30")
            .cause(e)
            .build();
      }
    }
    return out.toArray(new WorkingSession[0]);
  }
}
