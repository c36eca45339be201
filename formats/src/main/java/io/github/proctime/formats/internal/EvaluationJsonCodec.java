package io.github.proctime.formats.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.proctime.core.ApologyRecord;
import io.github.proctime.core.Assessment;
import io.github.proctime.core.Attribution;
import io.github.proctime.core.DelayShare;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.ExplanationEntry;
import io.github.proctime.core.Finding;
import io.github.proctime.core.PauseRecord;
import io.github.proctime.core.ProcessingTime;
import io.github.proctime.core.StepRecord;
import io.github.proctime.core.TimelineEvaluation;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalInt;

/** Writes one evaluation of the {@code proctime.evaluations} output format, version 1. */
public final class EvaluationJsonCodec {
  /** The format name written in the NDJSON header. */
  public static final String FORMAT = "proctime.evaluations";

  /** The format version. */
  public static final int VERSION = 1;

  private EvaluationJsonCodec() {}

  /**
   * Writes an evaluation object.
   *
   * @param e the evaluation
   * @param g the generator
   * @param zone the zone whose offsets instants are printed with
   * @throws IOException if writing fails
   */
  public static void encode(Evaluation e, JsonGenerator g, ZoneId zone) throws IOException {
    encode(e, null, g, zone);
  }

  /**
   * Writes an assessment: the evaluation object with two more fields, {@code attribution} and
   * {@code compliance}.
   *
   * @param a the assessment
   * @param g the generator
   * @param zone the zone whose offsets instants are printed with
   * @throws IOException if writing fails
   */
  public static void encode(Assessment a, JsonGenerator g, ZoneId zone) throws IOException {
    encode(a.evaluation(), a, g, zone);
  }

  private static void encode(Evaluation e, Assessment a, JsonGenerator g, ZoneId zone)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("dossierCode", e.dossierCode());
    g.writeStringField("procedureCode", e.procedureCode());
    instant(g, "asOf", e.asOf(), zone);
    g.writeStringField("mode", e.mode().name());
    g.writeStringField("ruleSetId", e.ruleSetId());
    g.writeStringField(
        "procedureVersionEffectiveFrom", e.procedureVersion().effectiveFrom().toString());
    g.writeStringField("state", e.state().name());
    g.writeStringField("stateLabel", e.state().vietnameseLabel());
    instant(g, "dueAt", e.dueAt(), zone);
    duration(g, "elapsed", e.elapsed());
    duration(g, "remaining", e.remaining());
    g.writeBooleanField("lateOnlyOnRecord", e.isLateOnlyOnRecord());
    g.writeBooleanField("overdueOnlyOnRecord", e.isOverdueOnlyOnRecord());
    g.writeBooleanField("stateDifferentOnRecord", e.isStateDifferentOnRecord());
    g.writeFieldName("occurred");
    timeline(e.occurred(), g, zone);
    g.writeFieldName("recorded");
    timeline(e.recorded(), g, zone);
    g.writeArrayFieldStart("findings");
    for (Finding f : e.findings()) {
      finding(f, g);
    }
    g.writeEndArray();
    if (a != null) {
      attribution(a.attribution(), g, zone);
      g.writeArrayFieldStart("compliance");
      for (Finding f : a.compliance()) {
        finding(f, g);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void attribution(Attribution at, JsonGenerator g, ZoneId zone) throws IOException {
    g.writeObjectFieldStart("attribution");
    g.writeStringField("timeline", at.timeline().name());
    g.writeStringField("method", at.method().name());
    duration(g, "delay", at.delay());
    g.writeBooleanField("lateOnlyOnRecord", at.isLateOnlyOnRecord());
    g.writeArrayFieldStart("shares");
    for (DelayShare s : at.shares()) {
      g.writeStartObject();
      g.writeStringField("party", s.party().name());
      g.writeStringField("cause", s.cause().name());
      duration(g, "amount", s.amount());
      text(g, "official", s.official());
      text(g, "unit", s.unit());
      text(g, "agency", s.agency());
      text(g, "stepId", s.stepId());
      index(g, "startEventIndex", s.startEventIndex());
      index(g, "endEventIndex", s.endEventIndex());
      instant(g, "intervalStart", s.intervalStart(), zone);
      instant(g, "intervalEnd", s.intervalEnd(), zone);
      g.writeArrayFieldStart("skippedDays");
      for (io.github.proctime.calendar.CalendarDay d : s.skippedDays()) {
        g.writeString(
            d.date() + " " + d.kind().name() + (d.name().isEmpty() ? "" : " " + d.name()));
      }
      g.writeEndArray();
      g.writeStringField("explanation", s.explanation());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void timeline(TimelineEvaluation t, JsonGenerator g, ZoneId zone)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("timeline", t.timeline().name());
    g.writeStringField("state", t.state().name());
    instant(g, "receivedAt", t.receivedAt(), zone);
    instant(g, "clockStart", t.clockStart(), zone);
    instant(g, "statutoryDue", t.statutoryDue(), zone);
    instant(g, "printedAppointment", t.printedAppointment(), zone);
    instant(g, "baseDue", t.baseDue(), zone);
    instant(g, "rescheduledAppointment", t.rescheduledAppointment(), zone);
    instant(g, "dueAt", t.dueAt(), zone);
    instant(g, "dueSoonFrom", t.dueSoonFrom(), zone);
    instant(g, "apologyDeadline", t.apologyDeadline(), zone);
    instant(g, "endedAt", t.endedAt(), zone);
    index(g, "endEventIndex", t.endEventIndex());
    duration(g, "allotted", t.allotted());
    duration(g, "elapsed", t.elapsed());
    duration(g, "remaining", t.remaining());
    duration(g, "delay", t.delay());
    duration(g, "legitimatelyPaused", t.legitimatelyPaused());
    duration(g, "invalidlyPaused", t.invalidlyPaused());
    g.writeNumberField("supplementRequests", t.supplementRequests());
    g.writeNumberField("reschedules", t.reschedules());
    g.writeBooleanField("rescheduledAppointmentMissed", t.isRescheduledAppointmentMissed());
    g.writeBooleanField("apologyRequired", t.isApologyRequired());
    g.writeArrayFieldStart("steps");
    for (StepRecord s : t.steps()) {
      step(s, g, zone);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("pauses");
    for (PauseRecord p : t.pauses()) {
      g.writeStartObject();
      g.writeStringField("kind", p.kind().name());
      text(g, "reason", p.reason());
      g.writeBooleanField("clockStopped", p.isClockStopped());
      g.writeBooleanField("invalid", p.isInvalid());
      instant(g, "startedAt", p.startedAt(), zone);
      g.writeNumberField("startEventIndex", p.startEventIndex());
      instant(g, "endedAt", p.endedAt(), zone);
      index(g, "endEventIndex", p.endEventIndex());
      text(g, "official", p.official());
      text(g, "unit", p.unit());
      duration(g, "workingTime", p.workingTime());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("apologies");
    for (ApologyRecord a : t.apologies()) {
      g.writeStartObject();
      g.writeNumberField("eventIndex", a.eventIndex());
      instant(g, "issuedAt", a.issuedAt(), zone);
      text(g, "official", a.official());
      text(g, "unit", a.unit());
      instant(g, "newAppointment", a.newAppointment(), zone);
      text(g, "reason", a.reason());
      g.writeBooleanField("timely", a.isTimely());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("explanation");
    for (ExplanationEntry x : t.explanation()) {
      g.writeStartObject();
      g.writeStringField("kind", x.kind().name());
      instant(g, "at", x.at(), zone);
      index(g, "eventIndex", x.eventIndex());
      if (x.calendarDay().isPresent()) {
        g.writeStringField("calendarDate", x.calendarDay().get().date().toString());
        g.writeStringField("calendarDayKind", x.calendarDay().get().kind().name());
      }
      g.writeStringField("text", x.text());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void step(StepRecord s, JsonGenerator g, ZoneId zone) throws IOException {
    g.writeStartObject();
    g.writeNumberField("index", s.index());
    text(g, "stepId", s.stepId());
    text(g, "stepName", s.stepName());
    text(g, "agency", s.agency());
    text(g, "holderOfficial", s.holderOfficial());
    text(g, "holderUnit", s.holderUnit());
    text(g, "handedOverBy", s.handedOverBy());
    text(g, "handedOverByUnit", s.handedOverByUnit());
    instant(g, "startedAt", s.startedAt(), zone);
    g.writeNumberField("startEventIndex", s.startEventIndex());
    if (s.allotment().isPresent()) {
      ProcessingTime t = s.allotment().get();
      g.writeObjectFieldStart("allotment");
      g.writeNumberField("amount", t.amount());
      g.writeStringField("unit", t.unit().name());
      g.writeEndObject();
    }
    if (s.allottedTime().isPresent()) {
      duration(g, "allottedTime", s.allottedTime().get());
    }
    instant(g, "dueAt", s.dueAt(), zone);
    instant(g, "endedAt", s.endedAt(), zone);
    index(g, "endEventIndex", s.endEventIndex());
    instant(g, "heldUntil", s.heldUntil(), zone);
    index(g, "heldUntilEventIndex", s.heldUntilEventIndex());
    duration(g, "timeUsed", s.timeUsed());
    duration(g, "clockTimeHeld", s.clockTimeHeld());
    duration(g, "legitimatelyPaused", s.legitimatelyPaused());
    duration(g, "invalidlyPaused", s.invalidlyPaused());
    duration(g, "overrun", s.overrun());
    if (s.verdict().isPresent()) {
      g.writeStringField("verdict", s.verdict().get().name());
    }
    g.writeEndObject();
  }

  private static void finding(Finding f, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", f.code());
    g.writeStringField("severity", f.severity().name());
    g.writeStringField("rule", f.rule());
    g.writeStringField("source", f.source());
    index(g, "eventIndex", f.eventIndex());
    if (f.timeline().isPresent()) {
      g.writeStringField("timeline", f.timeline().get().name());
    }
    text(g, "official", f.official());
    text(g, "unit", f.unit());
    g.writeStringField("message", f.message());
    if (!f.evidence().isEmpty()) {
      g.writeStringField("evidence", f.evidence());
    }
    g.writeEndObject();
  }

  private static void instant(JsonGenerator g, String name, Instant value, ZoneId zone)
      throws IOException {
    g.writeStringField(name, Times.printOffsetDateTime(value, zone));
  }

  private static void instant(JsonGenerator g, String name, Optional<Instant> value, ZoneId zone)
      throws IOException {
    if (value.isPresent()) {
      instant(g, name, value.get(), zone);
    }
  }

  private static void text(JsonGenerator g, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  private static void index(JsonGenerator g, String name, OptionalInt value) throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(name, value.getAsInt());
    }
  }

  /** Working time as an ISO-8601 duration such as {@code PT12H30M}. */
  private static void duration(JsonGenerator g, String name, Duration value) throws IOException {
    g.writeStringField(name, durationText(value));
  }

  /**
   * {@code Duration.toString()}, written by hand for whole non-negative seconds (every working time
   * of an evaluation made from minute or second timestamps): an assessment line holds dozens of
   * durations, and the generic method was a sixteenth of rendering one. Anything else goes to
   * {@code toString()}.
   *
   * @param value the duration
   * @return the same text as {@code value.toString()}
   */
  static String durationText(Duration value) {
    long seconds = value.getSeconds();
    if (value.getNano() != 0 || seconds < 0) {
      return value.toString();
    }
    if (seconds == 0) {
      return "PT0S";
    }
    StringBuilder b = new StringBuilder(24).append("PT");
    long hours = seconds / 3600;
    int minutes = (int) (seconds % 3600 / 60);
    int secs = (int) (seconds % 60);
    if (hours != 0) {
      b.append(hours).append('H');
    }
    if (minutes != 0) {
      b.append(minutes).append('M');
    }
    if (secs != 0) {
      b.append(secs).append('S');
    }
    return b.toString();
  }
}
