package io.github.proctime.formats.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.proctime.calendar.CalendarDay;
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
import io.github.proctime.core.Timeline;
import io.github.proctime.core.TimelineEvaluation;
import io.github.proctime.core.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

  /** The room {@link #durationText(Duration, byte[])} needs: PT, 19 digits and H, 59M, 59S. */
  private static final int DURATION_BYTES = 28;

  static {
    // Instants and durations are printed into the sink's scratch buffer.
    if (DURATION_BYTES > JsonSink.SCRATCH_BYTES || Times.PRINTED_BYTES > JsonSink.SCRATCH_BYTES) {
      throw new AssertionError("the scratch buffer is too short");
    }
  }

  // Field names, encoded once: Jackson copies their bytes (or characters) instead of escaping and
  // encoding each name again on every line, which was a fourth of rendering an assessment.
  private static final SerializedString N_AGENCY = new SerializedString("agency");
  private static final SerializedString N_ALLOTMENT = new SerializedString("allotment");
  private static final SerializedString N_ALLOTTED = new SerializedString("allotted");
  private static final SerializedString N_ALLOTTED_TIME = new SerializedString("allottedTime");
  private static final SerializedString N_AMOUNT = new SerializedString("amount");
  private static final SerializedString N_APOLOGIES = new SerializedString("apologies");
  private static final SerializedString N_APOLOGY_DEADLINE =
      new SerializedString("apologyDeadline");
  private static final SerializedString N_APOLOGY_REQUIRED =
      new SerializedString("apologyRequired");
  private static final SerializedString N_AS_OF = new SerializedString("asOf");
  private static final SerializedString N_AT = new SerializedString("at");
  private static final SerializedString N_ATTRIBUTION = new SerializedString("attribution");
  private static final SerializedString N_BASE_DUE = new SerializedString("baseDue");
  private static final SerializedString N_CALENDAR_DATE = new SerializedString("calendarDate");
  private static final SerializedString N_CALENDAR_DAY_KIND =
      new SerializedString("calendarDayKind");
  private static final SerializedString N_CAUSE = new SerializedString("cause");
  private static final SerializedString N_CLOCK_START = new SerializedString("clockStart");
  private static final SerializedString N_CLOCK_STOPPED = new SerializedString("clockStopped");
  private static final SerializedString N_CLOCK_TIME_HELD = new SerializedString("clockTimeHeld");
  private static final SerializedString N_CODE = new SerializedString("code");
  private static final SerializedString N_COMPLIANCE = new SerializedString("compliance");
  private static final SerializedString N_DELAY = new SerializedString("delay");
  private static final SerializedString N_DOSSIER_CODE = new SerializedString("dossierCode");
  private static final SerializedString N_DUE_AT = new SerializedString("dueAt");
  private static final SerializedString N_DUE_SOON_FROM = new SerializedString("dueSoonFrom");
  private static final SerializedString N_ELAPSED = new SerializedString("elapsed");
  private static final SerializedString N_END_EVENT_INDEX = new SerializedString("endEventIndex");
  private static final SerializedString N_ENDED_AT = new SerializedString("endedAt");
  private static final SerializedString N_EVENT_INDEX = new SerializedString("eventIndex");
  private static final SerializedString N_EVIDENCE = new SerializedString("evidence");
  private static final SerializedString N_EXPLANATION = new SerializedString("explanation");
  private static final SerializedString N_FINDINGS = new SerializedString("findings");
  private static final SerializedString N_HANDED_OVER_BY = new SerializedString("handedOverBy");
  private static final SerializedString N_HANDED_OVER_BY_UNIT =
      new SerializedString("handedOverByUnit");
  private static final SerializedString N_HELD_UNTIL = new SerializedString("heldUntil");
  private static final SerializedString N_HELD_UNTIL_EVENT_INDEX =
      new SerializedString("heldUntilEventIndex");
  private static final SerializedString N_HOLDER_OFFICIAL = new SerializedString("holderOfficial");
  private static final SerializedString N_HOLDER_UNIT = new SerializedString("holderUnit");
  private static final SerializedString N_INDEX = new SerializedString("index");
  private static final SerializedString N_INTERVAL_END = new SerializedString("intervalEnd");
  private static final SerializedString N_INTERVAL_START = new SerializedString("intervalStart");
  private static final SerializedString N_INVALID = new SerializedString("invalid");
  private static final SerializedString N_INVALIDLY_PAUSED =
      new SerializedString("invalidlyPaused");
  private static final SerializedString N_ISSUED_AT = new SerializedString("issuedAt");
  private static final SerializedString N_KIND = new SerializedString("kind");
  private static final SerializedString N_LATE_ONLY_ON_RECORD =
      new SerializedString("lateOnlyOnRecord");
  private static final SerializedString N_LEGITIMATELY_PAUSED =
      new SerializedString("legitimatelyPaused");
  private static final SerializedString N_MESSAGE = new SerializedString("message");
  private static final SerializedString N_METHOD = new SerializedString("method");
  private static final SerializedString N_MODE = new SerializedString("mode");
  private static final SerializedString N_NEW_APPOINTMENT = new SerializedString("newAppointment");
  private static final SerializedString N_OCCURRED = new SerializedString("occurred");
  private static final SerializedString N_OFFICIAL = new SerializedString("official");
  private static final SerializedString N_OVERDUE_ONLY_ON_RECORD =
      new SerializedString("overdueOnlyOnRecord");
  private static final SerializedString N_OVERRUN = new SerializedString("overrun");
  private static final SerializedString N_PARTY = new SerializedString("party");
  private static final SerializedString N_PAUSES = new SerializedString("pauses");
  private static final SerializedString N_PRINTED_APPOINTMENT =
      new SerializedString("printedAppointment");
  private static final SerializedString N_PROCEDURE_CODE = new SerializedString("procedureCode");
  private static final SerializedString N_PROCEDURE_VERSION_EFFECTIVE_FROM =
      new SerializedString("procedureVersionEffectiveFrom");
  private static final SerializedString N_REASON = new SerializedString("reason");
  private static final SerializedString N_RECEIVED_AT = new SerializedString("receivedAt");
  private static final SerializedString N_RECORDED = new SerializedString("recorded");
  private static final SerializedString N_REMAINING = new SerializedString("remaining");
  private static final SerializedString N_RESCHEDULED_APPOINTMENT =
      new SerializedString("rescheduledAppointment");
  private static final SerializedString N_RESCHEDULED_APPOINTMENT_MISSED =
      new SerializedString("rescheduledAppointmentMissed");
  private static final SerializedString N_RESCHEDULES = new SerializedString("reschedules");
  private static final SerializedString N_RULE = new SerializedString("rule");
  private static final SerializedString N_RULE_SET_ID = new SerializedString("ruleSetId");
  private static final SerializedString N_SEVERITY = new SerializedString("severity");
  private static final SerializedString N_SHARES = new SerializedString("shares");
  private static final SerializedString N_SKIPPED_DAYS = new SerializedString("skippedDays");
  private static final SerializedString N_SOURCE = new SerializedString("source");
  private static final SerializedString N_START_EVENT_INDEX =
      new SerializedString("startEventIndex");
  private static final SerializedString N_STARTED_AT = new SerializedString("startedAt");
  private static final SerializedString N_STATE = new SerializedString("state");
  private static final SerializedString N_STATE_DIFFERENT_ON_RECORD =
      new SerializedString("stateDifferentOnRecord");
  private static final SerializedString N_STATE_LABEL = new SerializedString("stateLabel");
  private static final SerializedString N_STATUTORY_DUE = new SerializedString("statutoryDue");
  private static final SerializedString N_STEP_ID = new SerializedString("stepId");
  private static final SerializedString N_STEP_NAME = new SerializedString("stepName");
  private static final SerializedString N_STEPS = new SerializedString("steps");
  private static final SerializedString N_SUPPLEMENT_REQUESTS =
      new SerializedString("supplementRequests");
  private static final SerializedString N_TEXT = new SerializedString("text");
  private static final SerializedString N_TIME_USED = new SerializedString("timeUsed");
  private static final SerializedString N_TIMELINE = new SerializedString("timeline");
  private static final SerializedString N_TIMELY = new SerializedString("timely");
  private static final SerializedString N_UNIT = new SerializedString("unit");
  private static final SerializedString N_VERDICT = new SerializedString("verdict");
  private static final SerializedString N_WORKING_TIME = new SerializedString("workingTime");

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
    encode(e, null, JsonSink.of(g), zone);
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
    encode(a.evaluation(), a, JsonSink.of(g), zone);
  }

  /**
   * Writes an assessment as {@link #encode(Assessment, JsonGenerator, ZoneId)} does, to a sink.
   *
   * @param a the assessment
   * @param g the sink
   * @param zone the zone whose offsets instants are printed with
   * @throws IOException if writing fails
   */
  public static void encode(Assessment a, JsonSink g, ZoneId zone) throws IOException {
    encode(a.evaluation(), a, g, zone);
  }

  private static void encode(Evaluation e, Assessment a, JsonSink g, ZoneId zone)
      throws IOException {
    g.writeStartObject();
    string(g, N_DOSSIER_CODE, e.dossierCode());
    string(g, N_PROCEDURE_CODE, e.procedureCode());
    instant(g, N_AS_OF, e.asOf(), zone);
    string(g, N_MODE, e.mode().name());
    string(g, N_RULE_SET_ID, e.ruleSetId());
    string(g, N_PROCEDURE_VERSION_EFFECTIVE_FROM, e.procedureVersion().effectiveFrom().toString());
    string(g, N_STATE, e.state().name());
    string(g, N_STATE_LABEL, e.state().vietnameseLabel());
    instant(g, N_DUE_AT, e.dueAt(), zone);
    duration(g, N_ELAPSED, e.elapsed());
    duration(g, N_REMAINING, e.remaining());
    bool(g, N_LATE_ONLY_ON_RECORD, e.isLateOnlyOnRecord());
    bool(g, N_OVERDUE_ONLY_ON_RECORD, e.isOverdueOnlyOnRecord());
    bool(g, N_STATE_DIFFERENT_ON_RECORD, e.isStateDifferentOnRecord());
    g.writeFieldName(N_OCCURRED);
    timeline(e.occurred(), g, zone);
    g.writeFieldName(N_RECORDED);
    timeline(e.recorded(), g, zone);
    g.writeFieldName(N_FINDINGS);
    g.writeStartArray();
    for (Finding f : e.findings()) {
      finding(f, g);
    }
    g.writeEndArray();
    if (a != null) {
      attribution(a.attribution(), g, zone);
      g.writeFieldName(N_COMPLIANCE);
      g.writeStartArray();
      for (Finding f : a.compliance()) {
        finding(f, g);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void attribution(Attribution at, JsonSink g, ZoneId zone) throws IOException {
    g.writeFieldName(N_ATTRIBUTION);
    g.writeStartObject();
    string(g, N_TIMELINE, at.timeline().name());
    string(g, N_METHOD, at.method().name());
    duration(g, N_DELAY, at.delay());
    bool(g, N_LATE_ONLY_ON_RECORD, at.isLateOnlyOnRecord());
    g.writeFieldName(N_SHARES);
    g.writeStartArray();
    for (DelayShare s : at.shares()) {
      g.writeStartObject();
      string(g, N_PARTY, s.party().name());
      string(g, N_CAUSE, s.cause().name());
      duration(g, N_AMOUNT, s.amount());
      text(g, N_OFFICIAL, s.official());
      text(g, N_UNIT, s.unit());
      text(g, N_AGENCY, s.agency());
      text(g, N_STEP_ID, s.stepId());
      index(g, N_START_EVENT_INDEX, s.startEventIndex());
      index(g, N_END_EVENT_INDEX, s.endEventIndex());
      instant(g, N_INTERVAL_START, s.intervalStart(), zone);
      instant(g, N_INTERVAL_END, s.intervalEnd(), zone);
      g.writeFieldName(N_SKIPPED_DAYS);
      g.writeStartArray();
      for (io.github.proctime.calendar.CalendarDay d : s.skippedDays()) {
        g.writeString(
            d.date() + " " + d.kind().name() + (d.name().isEmpty() ? "" : " " + d.name()));
      }
      g.writeEndArray();
      string(g, N_EXPLANATION, s.explanation());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void timeline(TimelineEvaluation t, JsonSink g, ZoneId zone) throws IOException {
    g.writeStartObject();
    string(g, N_TIMELINE, t.timeline().name());
    string(g, N_STATE, t.state().name());
    instant(g, N_RECEIVED_AT, t.receivedAt(), zone);
    instant(g, N_CLOCK_START, t.clockStart(), zone);
    instant(g, N_STATUTORY_DUE, t.statutoryDue(), zone);
    instant(g, N_PRINTED_APPOINTMENT, t.printedAppointment(), zone);
    instant(g, N_BASE_DUE, t.baseDue(), zone);
    instant(g, N_RESCHEDULED_APPOINTMENT, t.rescheduledAppointment(), zone);
    instant(g, N_DUE_AT, t.dueAt(), zone);
    instant(g, N_DUE_SOON_FROM, t.dueSoonFrom(), zone);
    instant(g, N_APOLOGY_DEADLINE, t.apologyDeadline(), zone);
    instant(g, N_ENDED_AT, t.endedAt(), zone);
    index(g, N_END_EVENT_INDEX, t.endEventIndex());
    duration(g, N_ALLOTTED, t.allotted());
    duration(g, N_ELAPSED, t.elapsed());
    duration(g, N_REMAINING, t.remaining());
    duration(g, N_DELAY, t.delay());
    duration(g, N_LEGITIMATELY_PAUSED, t.legitimatelyPaused());
    duration(g, N_INVALIDLY_PAUSED, t.invalidlyPaused());
    number(g, N_SUPPLEMENT_REQUESTS, t.supplementRequests());
    number(g, N_RESCHEDULES, t.reschedules());
    bool(g, N_RESCHEDULED_APPOINTMENT_MISSED, t.isRescheduledAppointmentMissed());
    bool(g, N_APOLOGY_REQUIRED, t.isApologyRequired());
    g.writeFieldName(N_STEPS);
    g.writeStartArray();
    for (StepRecord s : t.steps()) {
      step(s, g, zone);
    }
    g.writeEndArray();
    g.writeFieldName(N_PAUSES);
    g.writeStartArray();
    for (PauseRecord p : t.pauses()) {
      g.writeStartObject();
      string(g, N_KIND, p.kind().name());
      text(g, N_REASON, p.reason());
      bool(g, N_CLOCK_STOPPED, p.isClockStopped());
      bool(g, N_INVALID, p.isInvalid());
      instant(g, N_STARTED_AT, p.startedAt(), zone);
      number(g, N_START_EVENT_INDEX, p.startEventIndex());
      instant(g, N_ENDED_AT, p.endedAt(), zone);
      index(g, N_END_EVENT_INDEX, p.endEventIndex());
      text(g, N_OFFICIAL, p.official());
      text(g, N_UNIT, p.unit());
      duration(g, N_WORKING_TIME, p.workingTime());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName(N_APOLOGIES);
    g.writeStartArray();
    for (ApologyRecord a : t.apologies()) {
      g.writeStartObject();
      number(g, N_EVENT_INDEX, a.eventIndex());
      instant(g, N_ISSUED_AT, a.issuedAt(), zone);
      text(g, N_OFFICIAL, a.official());
      text(g, N_UNIT, a.unit());
      instant(g, N_NEW_APPOINTMENT, a.newAppointment(), zone);
      text(g, N_REASON, a.reason());
      bool(g, N_TIMELY, a.isTimely());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName(N_EXPLANATION);
    g.writeStartArray();
    for (ExplanationEntry x : t.explanation()) {
      g.writeStartObject();
      string(g, N_KIND, x.kind().name());
      instant(g, N_AT, x.at(), zone);
      index(g, N_EVENT_INDEX, x.eventIndex());
      Optional<CalendarDay> day = x.calendarDay();
      if (day.isPresent()) {
        string(g, N_CALENDAR_DATE, day.get().date().toString());
        string(g, N_CALENDAR_DAY_KIND, day.get().kind().name());
      }
      string(g, N_TEXT, x.text());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void step(StepRecord s, JsonSink g, ZoneId zone) throws IOException {
    g.writeStartObject();
    number(g, N_INDEX, s.index());
    text(g, N_STEP_ID, s.stepId());
    text(g, N_STEP_NAME, s.stepName());
    text(g, N_AGENCY, s.agency());
    text(g, N_HOLDER_OFFICIAL, s.holderOfficial());
    text(g, N_HOLDER_UNIT, s.holderUnit());
    text(g, N_HANDED_OVER_BY, s.handedOverBy());
    text(g, N_HANDED_OVER_BY_UNIT, s.handedOverByUnit());
    instant(g, N_STARTED_AT, s.startedAt(), zone);
    number(g, N_START_EVENT_INDEX, s.startEventIndex());
    // Each getter of an optional value makes a new Optional when it has one: read once.
    Optional<ProcessingTime> allotment = s.allotment();
    if (allotment.isPresent()) {
      ProcessingTime t = allotment.get();
      g.writeFieldName(N_ALLOTMENT);
      g.writeStartObject();
      number(g, N_AMOUNT, t.amount());
      string(g, N_UNIT, t.unit().name());
      g.writeEndObject();
    }
    Optional<Duration> allotted = s.allottedTime();
    if (allotted.isPresent()) {
      duration(g, N_ALLOTTED_TIME, allotted.get());
    }
    instant(g, N_DUE_AT, s.dueAt(), zone);
    instant(g, N_ENDED_AT, s.endedAt(), zone);
    index(g, N_END_EVENT_INDEX, s.endEventIndex());
    instant(g, N_HELD_UNTIL, s.heldUntil(), zone);
    index(g, N_HELD_UNTIL_EVENT_INDEX, s.heldUntilEventIndex());
    duration(g, N_TIME_USED, s.timeUsed());
    duration(g, N_CLOCK_TIME_HELD, s.clockTimeHeld());
    duration(g, N_LEGITIMATELY_PAUSED, s.legitimatelyPaused());
    duration(g, N_INVALIDLY_PAUSED, s.invalidlyPaused());
    duration(g, N_OVERRUN, s.overrun());
    Optional<Verdict> verdict = s.verdict();
    if (verdict.isPresent()) {
      string(g, N_VERDICT, verdict.get().name());
    }
    g.writeEndObject();
  }

  private static void finding(Finding f, JsonSink g) throws IOException {
    g.writeStartObject();
    string(g, N_CODE, f.code());
    string(g, N_SEVERITY, f.severity().name());
    string(g, N_RULE, f.rule());
    string(g, N_SOURCE, f.source());
    index(g, N_EVENT_INDEX, f.eventIndex());
    Optional<Timeline> timeline = f.timeline();
    if (timeline.isPresent()) {
      string(g, N_TIMELINE, timeline.get().name());
    }
    text(g, N_OFFICIAL, f.official());
    text(g, N_UNIT, f.unit());
    string(g, N_MESSAGE, f.message());
    if (!f.evidence().isEmpty()) {
      string(g, N_EVIDENCE, f.evidence());
    }
    g.writeEndObject();
  }

  private static void string(JsonSink g, SerializableString name, String value) throws IOException {
    g.writeFieldName(name);
    g.writeString(value);
  }

  private static void number(JsonSink g, SerializableString name, int value) throws IOException {
    g.writeFieldName(name);
    g.writeNumber(value);
  }

  private static void bool(JsonSink g, SerializableString name, boolean value) throws IOException {
    g.writeFieldName(name);
    g.writeBoolean(value);
  }

  private static void instant(JsonSink g, SerializableString name, Instant value, ZoneId zone)
      throws IOException {
    g.writeFieldName(name);
    byte[] b = g.scratch();
    int n = Times.printOffsetDateTime(value, zone, b);
    if (n < 0) {
      g.writeString(Times.printOffsetDateTime(value, zone));
    } else {
      g.writeAscii(b, n);
    }
  }

  private static void instant(
      JsonSink g, SerializableString name, Optional<Instant> value, ZoneId zone)
      throws IOException {
    if (value.isPresent()) {
      instant(g, name, value.get(), zone);
    }
  }

  private static void text(JsonSink g, SerializableString name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      string(g, name, value.get());
    }
  }

  private static void index(JsonSink g, SerializableString name, OptionalInt value)
      throws IOException {
    if (value.isPresent()) {
      number(g, name, value.getAsInt());
    }
  }

  /** Working time as an ISO-8601 duration such as {@code PT12H30M}. */
  private static void duration(JsonSink g, SerializableString name, Duration value)
      throws IOException {
    g.writeFieldName(name);
    byte[] b = g.scratch();
    int n = durationText(value, b);
    if (n < 0) {
      g.writeString(value.toString());
    } else {
      g.writeAscii(b, n);
    }
  }

  /**
   * {@code Duration.toString()}, written by hand for whole non-negative seconds (every working time
   * of an evaluation made from minute or second timestamps): an assessment line holds dozens of
   * durations, and the generic method was a sixteenth of rendering one. Anything else goes to
   * {@code toString()}. The writer uses the byte form below; this text form of it is what {@code
   * EvaluationJsonCodecProperties} compares with {@code toString()}.
   *
   * @param value the duration
   * @return the same text as {@code value.toString()}
   */
  static String durationText(Duration value) {
    byte[] b = new byte[DURATION_BYTES];
    int n = durationText(value, b);
    return n < 0 ? value.toString() : new String(b, 0, n, StandardCharsets.ISO_8859_1);
  }

  /**
   * {@link #durationText(Duration)} as ASCII bytes.
   *
   * @return the number of bytes written, or -1 for a negative duration or one with a fraction of a
   *     second (the caller then uses {@code toString()})
   */
  private static int durationText(Duration value, byte[] b) {
    long seconds = value.getSeconds();
    if (value.getNano() != 0 || seconds < 0) {
      return -1;
    }
    b[0] = 'P';
    b[1] = 'T';
    if (seconds == 0) {
      b[2] = '0';
      b[3] = 'S';
      return 4;
    }
    int n = 2;
    long hours = seconds / 3600;
    int minutes = (int) (seconds % 3600 / 60);
    int secs = (int) (seconds % 60);
    if (hours != 0) {
      n = digits(b, n, hours);
      b[n++] = 'H';
    }
    if (minutes != 0) {
      n = digits(b, n, minutes);
      b[n++] = 'M';
    }
    if (secs != 0) {
      n = digits(b, n, secs);
      b[n++] = 'S';
    }
    return n;
  }

  /** Writes a positive number's decimal digits at a position; returns the position after them. */
  private static int digits(byte[] b, int at, long value) {
    if (value <= Integer.MAX_VALUE) {
      return digits(b, at, (int) value); // int division is several times cheaper
    }
    int len = 1;
    for (long v = value; v >= 10; v /= 10) {
      len++;
    }
    long v = value;
    for (int i = at + len - 1; i >= at; i--) {
      b[i] = (byte) ('0' + v % 10);
      v /= 10;
    }
    return at + len;
  }

  private static int digits(byte[] b, int at, int value) {
    if (value < 10) {
      b[at] = (byte) ('0' + value);
      return at + 1;
    }
    if (value < 100) {
      b[at] = (byte) ('0' + value / 10);
      b[at + 1] = (byte) ('0' + value % 10);
      return at + 2;
    }
    int len = 3;
    for (int v = value / 1000; v > 0; v /= 10) {
      len++;
    }
    int v = value;
    for (int i = at + len - 1; i >= at; i--) {
      b[i] = (byte) ('0' + v % 10);
      v /= 10;
    }
    return at + len;
  }
}
