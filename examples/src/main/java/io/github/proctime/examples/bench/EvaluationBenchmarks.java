package io.github.proctime.examples.bench;

import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.calendar.WorkingCalendars;
import io.github.proctime.core.Assessment;
import io.github.proctime.core.Assessor;
import io.github.proctime.core.Attribution;
import io.github.proctime.core.Attributor;
import io.github.proctime.core.Channel;
import io.github.proctime.core.ComplianceCheck;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.DossierEvent;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.Evaluator;
import io.github.proctime.core.EventType;
import io.github.proctime.core.Finding;
import io.github.proctime.core.ProcedureCatalogue;
import io.github.proctime.core.RuleBook;
import io.github.proctime.examples.demo.DemoData;
import io.github.proctime.examples.demo.DemoProvince;
import io.github.proctime.formats.ReadOptions;
import io.github.proctime.formats.RecordReader;
import io.github.proctime.formats.RecordWriter;
import io.github.proctime.formats.json.DossierNdjson;
import io.github.proctime.formats.json.EvaluationJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Evaluating one typical dossier (12 events: two pauses, four hand-overs, an apology) with its
 * attribution and compliance findings, against parsing the same dossier from its NDJSON line.
 *
 * <p>The dossier is built with the core API on the demo province's land procedure (thẩm định, tax
 * assessment by the tax office, approval, return): a pause without a valid ground, a financial
 * obligation, an apology with a new appointment, and the result returned. Its NDJSON line is
 * written by {@link DossierNdjson#writer}. The parsing peers are proctime's own NDJSON reader
 * (which decodes the line's tokens into the typed model and validates it), a bare Jackson {@code
 * ObjectMapper.readTree} of the line (the cheapest way a user would parse it, into untyped nodes),
 * and Jackson databind into plain records with {@code java.time} values ({@link DossierRecord}),
 * the way a vendor would read it into types of their own.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluationBenchmarks {
  private static final ReadOptions OPTIONS = ReadOptions.strict("bench");

  /** The number of dossier lines {@link #parseProctimePerLine} reads through one reader. */
  private static final int LINES = 1000;

  private WorkingCalendar calendar;
  private Evaluator explaining;
  private Evaluator bulk;
  private Attributor attributor;
  private ComplianceCheck compliance;
  private Dossier dossier;
  private Instant asOf;
  private String ndjson;
  private String line;
  private String manyLines;
  private byte[] manyLinesUtf8;
  private Assessment assessment;
  private com.fasterxml.jackson.databind.util.TokenBuffer renderedTokens;
  private final com.fasterxml.jackson.core.util.ByteArrayBuilder replayOut =
      new com.fasterxml.jackson.core.util.ByteArrayBuilder(16_384);
  private ObjectMapper jackson;
  private ObjectMapper databind;
  private CalendarCallLog.Replay calendarCalls;

  /**
   * Builds the calendar, the evaluators, the dossier and its NDJSON text, and checks that the
   * dossier evaluates and reads back equal.
   *
   * @throws IOException never: writing and reading go to memory
   */
  @Setup
  public void setUp() throws IOException {
    calendar = WorkingCalendars.vietnam();
    ProcedureCatalogue procedures = ProcedureCatalogue.of(DemoData.province().procedures());
    explaining =
        Evaluator.builder()
            .calendar(calendar)
            .procedures(procedures)
            .ruleBook(RuleBook.standard())
            .build();
    bulk = explaining.toBuilder().explaining(false).build();
    attributor = Attributor.of(calendar);
    compliance = ComplianceCheck.of(calendar);
    dossier = typicalDossier();
    asOf = DemoData.EXPORTED_AT;
    StringWriter out = new StringWriter();
    try (RecordWriter<Dossier> writer = DossierNdjson.writer(out)) {
      writer.write(dossier);
    }
    ndjson = out.toString();
    line = ndjson.substring(ndjson.indexOf('\n') + 1).trim();
    StringBuilder many = new StringBuilder(ndjson.substring(0, ndjson.indexOf('\n') + 1));
    String codeField = "\"code\":\"" + dossier.code() + "\"";
    for (int i = 0; i < LINES; i++) {
      many.append(line.replace(codeField, "\"code\":\"" + dossier.code() + "-" + i + "\""))
          .append('\n');
    }
    manyLines = many.toString();
    manyLinesUtf8 = manyLines.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assessment = Assessor.of(bulk).assess(dossier, asOf);
    jackson = new ObjectMapper();
    try (com.fasterxml.jackson.core.JsonParser p =
        jackson.createParser(EvaluationJson.assessmentLineUtf8(assessment))) {
      // Field names as pre-encoded SerializedStrings, as proctime's codec writes them.
      renderedTokens = new com.fasterxml.jackson.databind.util.TokenBuffer(p);
      while (p.nextToken() != null) {
        if (p.currentToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
          renderedTokens.writeFieldName(new SerializedString(p.currentName()));
        } else {
          renderedTokens.copyCurrentEvent(p);
        }
      }
    }
    databind =
        com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .build();
    DossierRecord read = parseJacksonDatabind();
    if (!read.code().equals(dossier.code())
        || read.events().size() != dossier.events().size()
        || !read.events()
            .get(11)
            .occurredAt()
            .toInstant()
            .equals(dossier.events().get(11).occurredAt())) {
      throw new IllegalStateException("Jackson databind did not read the dossier's line: " + read);
    }
    if (!java.util.Arrays.equals(
        renderLineJacksonReplay(), EvaluationJson.assessmentLineUtf8(assessment))) {
      throw new IllegalStateException("Jackson's replay of the line wrote other bytes");
    }
    if (!parseProctime().equals(dossier)) {
      throw new IllegalStateException("The NDJSON line does not read back as the dossier");
    }
    if (explaining.evaluate(dossier, asOf).explanation().isEmpty()) {
      throw new IllegalStateException("The explaining evaluator gave no explanation");
    }
    calendarCalls = recordCalendarCalls(procedures);
  }

  /** The calendar calls {@link #calendarCallsOfBulk} replays, once set up. */
  CalendarCallLog.Replay calendarCalls() {
    return calendarCalls;
  }

  /**
   * The calendar calls of {@link #evaluateAttributeCheckBulk}, recorded on its second run (the
   * first may make calls that later runs do not).
   */
  private CalendarCallLog.Replay recordCalendarCalls(ProcedureCatalogue procedures) {
    CalendarCallLog log = CalendarCallLog.of(calendar);
    WorkingCalendar recording = log.recording();
    Evaluator recorded =
        Evaluator.builder()
            .calendar(recording)
            .procedures(procedures)
            .ruleBook(RuleBook.standard())
            .explaining(false)
            .build();
    Attributor recordedAttributor = Attributor.of(recording);
    ComplianceCheck recordedCompliance = ComplianceCheck.of(recording);
    Evaluation first = recorded.evaluate(dossier, asOf);
    recordedAttributor.attribute(first);
    recordedCompliance.check(dossier, first);
    log.clear();
    Evaluation evaluation = recorded.evaluate(dossier, asOf);
    Attribution attribution = recordedAttributor.attribute(evaluation);
    List<Finding> findings = recordedCompliance.check(dossier, evaluation);
    Evaluation direct = bulk.evaluate(dossier, asOf);
    if (!evaluation.equals(direct)
        || !attribution.equals(attributor.attribute(direct))
        || !findings.equals(compliance.check(dossier, direct))) {
      throw new IllegalStateException("The recording calendar changed the results");
    }
    System.out.println("Calendar calls of one bulk evaluation: " + log.counts());
    return log.replay();
  }

  /**
   * The typical dossier: 12 events, two pauses, four hand-overs.
   *
   * @return the dossier
   */
  public static Dossier typicalDossier() {
    String desk = DemoProvince.DESK;
    String land = "SO_NN_MT";
    String tax = DemoProvince.TAX_OFFICE;
    return Dossier.builder()
        .code("H40.04-241221-0000393")
        .procedureCode("1.001009")
        .receivingUnit(desk)
        .channel(Channel.ONLINE)
        .applicant("Vũ Thu Linh")
        .addEvents(
            event(EventType.RECEIVED, "2024-12-21T09:38", 1, "Lý Xuân Lan", desk)
                .step("TIEP_NHAN")
                .build(),
            handOver("2024-12-23T09:18", 6, "Lý Xuân Lan", desk, "Vũ Quốc Sơn", land, "THAM_DINH"),
            event(EventType.PAUSED, "2024-12-24T10:59", 4, "Vũ Quốc Sơn", land)
                .reason("CHO_Y_KIEN_CHI_DAO")
                .build(),
            event(EventType.RESUMED, "2024-12-31T10:59", 5, "Vũ Quốc Sơn", land).build(),
            event(EventType.APOLOGY_ISSUED, "2025-01-02T16:00", 2, "Đỗ Thị An", land)
                .reason("QUA_TAI_HO_SO")
                .newAppointment(at("2025-01-14T14:04"))
                .build(),
            handOver(
                "2025-01-06T11:11", 2, "Vũ Quốc Sơn", land, "Ngô Xuân Quang", tax, "XAC_DINH_THUE"),
            event(
                    EventType.FINANCIAL_OBLIGATION_REQUESTED,
                    "2025-01-07T13:15",
                    7,
                    "Ngô Xuân Quang",
                    tax)
                .build(),
            event(
                    EventType.FINANCIAL_OBLIGATION_FULFILLED,
                    "2025-01-09T16:28",
                    6,
                    "Ngô Xuân Quang",
                    tax)
                .build(),
            handOver("2025-01-13T07:32", 3, "Ngô Xuân Quang", tax, "Đỗ Thị An", land, "PHE_DUYET"),
            handOver("2025-01-14T14:03", 4, "Đỗ Thị An", land, "Lý Xuân Lan", desk, "TRA_KET_QUA"),
            event(EventType.RESULT_READY, "2025-01-14T14:03", 4, "Lý Xuân Lan", desk).build(),
            event(EventType.RESULT_RETURNED, "2025-01-14T16:05", 1, "Lý Xuân Lan", desk).build())
        .build();
  }

  private static Instant at(String localVietnam) {
    return OffsetDateTime.parse(localVietnam + "+07:00").toInstant();
  }

  private static DossierEvent.Builder event(
      EventType type, String occurred, int recordedMinutesLater, String official, String unit) {
    Instant t = at(occurred);
    return DossierEvent.builder()
        .type(type)
        .occurredAt(t)
        .recordedAt(t.plusSeconds(60L * recordedMinutesLater))
        .official(official)
        .unit(unit);
  }

  private static DossierEvent handOver(
      String occurred,
      int recordedMinutesLater,
      String official,
      String unit,
      String toOfficial,
      String toUnit,
      String step) {
    return event(EventType.HANDED_OVER, occurred, recordedMinutesLater, official, unit)
        .toOfficial(toOfficial)
        .toUnit(toUnit)
        .step(step)
        .build();
  }

  /**
   * Evaluation with explanation, attribution and compliance findings: what a dossier screen shows.
   *
   * @param sink receives the results
   */
  @Benchmark
  public void evaluateAttributeCheck(Blackhole sink) {
    full(explaining, sink);
  }

  /**
   * The same in bulk mode ({@code explaining(false)}): no explanation text.
   *
   * @param sink receives the results
   */
  @Benchmark
  public void evaluateAttributeCheckBulk(Blackhole sink) {
    full(bulk, sink);
  }

  private void full(Evaluator evaluator, Blackhole sink) {
    Evaluation evaluation = evaluator.evaluate(dossier, asOf);
    Attribution attribution = attributor.attribute(evaluation);
    List<Finding> findings = compliance.check(dossier, evaluation);
    sink.consume(attribution);
    sink.consume(findings);
  }

  /**
   * The working-calendar calls that {@link #evaluateAttributeCheckBulk} makes (about a hundred,
   * recorded with their arguments), made again alone: about what its calendar arithmetic costs,
   * without converting instants to dates and back and without the engine's logic, objects and texts
   * around it (not a strict lower bound: the calls are not inlined into the engine here).
   *
   * @return a sum of the answers
   */
  @Benchmark
  public long calendarCallsOfBulk() {
    return calendarCalls.run();
  }

  /**
   * Evaluation alone, with explanation.
   *
   * @return the evaluation
   */
  @Benchmark
  public Evaluation evaluateOnly() {
    return explaining.evaluate(dossier, asOf);
  }

  /**
   * Evaluation alone, in bulk mode.
   *
   * @return the evaluation
   */
  @Benchmark
  public Evaluation evaluateOnlyBulk() {
    return bulk.evaluate(dossier, asOf);
  }

  /**
   * proctime's NDJSON reader over the header and the dossier's line (Jackson tree, then decoding
   * and validation).
   *
   * @return the dossier read
   * @throws IOException never: the input is in memory
   */
  @Benchmark
  public Dossier parseProctime() throws IOException {
    // A buffer the size of the text, so the reader's default 64 KiB buffer is not what is timed.
    try (RecordReader<Dossier> reader =
        DossierNdjson.reader(
            new BufferedReader(new StringReader(ndjson), ndjson.length()), OPTIONS)) {
      return reader.next();
    }
  }

  /**
   * proctime's NDJSON reader over the UTF-8 bytes of 1,000 lines of the dossier (with distinct
   * codes) through one reader, per line: what each line of a long file costs, without the reader's
   * fixed cost (header, buffers) that {@link #parseProctime} pays for its one line.
   *
   * @param sink receives the dossiers
   */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public void parseProctimePerLineBytes(Blackhole sink) {
    try (RecordReader<Dossier> reader =
        DossierNdjson.reader(new java.io.ByteArrayInputStream(manyLinesUtf8), OPTIONS)) {
      while (reader.hasNext()) {
        sink.consume(reader.next());
      }
    }
  }

  /**
   * The same through a {@code Reader} of the text (the per-line cost of {@link
   * #parseProctimePerLineBytes} when the caller has characters, not bytes).
   *
   * @param sink receives the dossiers
   */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public void parseProctimePerLine(Blackhole sink) {
    try (RecordReader<Dossier> reader =
        DossierNdjson.reader(new StringReader(manyLines), OPTIONS)) {
      while (reader.hasNext()) {
        sink.consume(reader.next());
      }
    }
  }

  /**
   * A bare Jackson {@code ObjectMapper.readTree} of the dossier's line.
   *
   * @return the tree
   * @throws IOException never: the line is valid JSON
   */
  @Benchmark
  public JsonNode parseJacksonTree() throws IOException {
    return jackson.readTree(line);
  }

  /**
   * Jackson databind of the dossier's line into plain records ({@link DossierRecord}) with {@code
   * java.time} values and enums, through the {@code JavaTimeModule}: what a vendor reading dossiers
   * into types of their own would write.
   *
   * @return the record
   * @throws IOException never: the line is valid
   */
  @Benchmark
  public DossierRecord parseJacksonDatabind() throws IOException {
    return databind.readValue(line, DossierRecord.class);
  }

  /**
   * A dossier line as a vendor would declare it for Jackson databind.
   *
   * @param code the dossier code
   * @param procedureCode the procedure code
   * @param receivingUnit the receiving unit
   * @param channel the channel
   * @param applicant the applicant
   * @param printedAppointment the printed appointment
   * @param events the events
   */
  public record DossierRecord(
      String code,
      String procedureCode,
      String receivingUnit,
      Channel channel,
      String applicant,
      OffsetDateTime printedAppointment,
      List<EventRecord> events) {}

  /**
   * An event line as a vendor would declare it for Jackson databind.
   *
   * @param type the event type
   * @param occurredAt when it occurred
   * @param recordedAt when it was recorded
   * @param official the official
   * @param unit the unit
   * @param toOfficial the receiving official
   * @param toUnit the receiving unit
   * @param step the step
   * @param reason the reason code
   * @param newAppointment the new appointment
   * @param note the note
   */
  public record EventRecord(
      EventType type,
      OffsetDateTime occurredAt,
      OffsetDateTime recordedAt,
      String official,
      String unit,
      String toOfficial,
      String toUnit,
      String step,
      String reason,
      OffsetDateTime newAppointment,
      String note) {}

  /**
   * The JSON line {@code proctime evaluate} writes for the dossier's bulk assessment, as UTF-8
   * bytes ({@code EvaluationJson.assessmentLineUtf8}, what the command's workers call).
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] renderLineUtf8() {
    return EvaluationJson.assessmentLineUtf8(assessment);
  }

  /**
   * The same line rendered as text and then encoded, as the command did before round 4.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] renderLineText() {
    return EvaluationJson.assessmentLine(assessment)
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * A Jackson baseline for {@link #renderLineUtf8}: Jackson's byte generator re-emitting the same
   * line's tokens, ready-made in a {@code TokenBuffer} (strings and numbers made, field names
   * pre-encoded as proctime's codec has them), into a reused buffer. No proctime code runs. It is a
   * reference, not a lower bound: walking the token buffer costs something. Since round 6 proctime
   * writes the line with its own UTF-8 writer ({@code Utf8JsonLine}) instead of this generator.
   *
   * @return the bytes
   * @throws IOException never: the output is in memory
   */
  @Benchmark
  public byte[] renderLineJacksonReplay() throws IOException {
    replayOut.reset();
    try (com.fasterxml.jackson.core.JsonGenerator g =
        jackson.getFactory().createGenerator(replayOut)) {
      renderedTokens.serialize(g);
    }
    return replayOut.toByteArray();
  }
}
