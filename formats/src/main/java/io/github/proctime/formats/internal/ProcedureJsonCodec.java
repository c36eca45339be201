package io.github.proctime.formats.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.proctime.core.Procedure;
import io.github.proctime.core.ProcedureVersion;
import io.github.proctime.core.ProcessingTime;
import io.github.proctime.core.Step;
import io.github.proctime.core.TimeUnit;
import io.github.proctime.formats.FormatRule;
import java.io.IOException;
import java.util.Set;

/** Decodes and encodes one procedure of the {@code proctime.procedures} JSON format, version 1. */
public final class ProcedureJsonCodec {
  /** The format name written in the {@code format} field. */
  public static final String FORMAT = "proctime.procedures";

  /** The only format version this code reads and writes. */
  public static final int VERSION = 1;

  /** The fields of a procedure object. */
  public static final Set<String> PROCEDURE_FIELDS = Set.of("code", "name", "field", "versions");

  /** The fields of a version object. */
  public static final Set<String> VERSION_FIELDS =
      Set.of("effectiveFrom", "decision", "processingTime", "intakeCutoff", "steps");

  /** The fields of a step object. */
  public static final Set<String> STEP_FIELDS =
      Set.of("id", "name", "ownerUnit", "allotment", "agency");

  /** The fields of a processing-time object. */
  public static final Set<String> TIME_FIELDS = Set.of("amount", "unit");

  private ProcedureJsonCodec() {}

  /**
   * Decodes a procedure object.
   *
   * @param o the object
   * @return the procedure
   * @throws io.github.proctime.formats.FormatException if the object breaks the format
   */
  public static Procedure decode(JsonObjectView o) {
    o.peekText("code").ifPresent(o.place()::code);
    o.allowOnly(PROCEDURE_FIELDS);
    Procedure.Builder b =
        Procedure.builder()
            .code(o.requiredText("code"))
            .name(o.requiredText("name"))
            .field(o.optionalText("field").orElse(""));
    for (JsonObjectView v : o.requiredObjects("versions")) {
      b.addVersions(decodeVersion(v));
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw o.problem(FormatRule.INVALID_VALUE, "versions").detail(e.getMessage()).build();
    }
  }

  private static ProcedureVersion decodeVersion(JsonObjectView v) {
    v.allowOnly(VERSION_FIELDS);
    ProcedureVersion.Builder b =
        ProcedureVersion.builder()
            .effectiveFrom(v.requiredDate("effectiveFrom"))
            .decision(v.optionalText("decision").orElse(""))
            .processingTime(decodeTime(v.requiredObject("processingTime")))
            .intakeCutoff(v.optionalTime("intakeCutoff"));
    for (JsonObjectView s : v.requiredObjects("steps")) {
      b.addSteps(decodeStep(s));
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw v.problem(FormatRule.INVALID_VALUE, "steps").detail(e.getMessage()).build();
    }
  }

  private static Step decodeStep(JsonObjectView s) {
    s.allowOnly(STEP_FIELDS);
    return Step.builder()
        .id(s.requiredText("id"))
        .name(s.requiredText("name"))
        .ownerUnit(s.requiredText("ownerUnit"))
        .allotment(decodeTime(s.requiredObject("allotment")))
        .agency(s.optionalText("agency"))
        .build();
  }

  private static ProcessingTime decodeTime(JsonObjectView t) {
    t.allowOnly(TIME_FIELDS);
    int amount = t.requiredInt("amount");
    TimeUnit unit = t.requiredEnum("unit", TimeUnit.class);
    if (amount < 0) {
      throw t.problem(FormatRule.INVALID_VALUE, "amount").detail("must be 0 or more").build();
    }
    return ProcessingTime.of(amount, unit);
  }

  /**
   * Writes a procedure object.
   *
   * @param p the procedure
   * @param g the generator
   * @throws IOException if writing fails
   */
  public static void encode(Procedure p, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", p.code());
    g.writeStringField("name", p.name());
    g.writeStringField("field", p.field());
    g.writeArrayFieldStart("versions");
    for (ProcedureVersion v : p.versions()) {
      g.writeStartObject();
      g.writeStringField("effectiveFrom", v.effectiveFrom().toString());
      g.writeStringField("decision", v.decision());
      g.writeFieldName("processingTime");
      encodeTime(v.processingTime(), g);
      if (v.intakeCutoff().isPresent()) {
        g.writeStringField("intakeCutoff", v.intakeCutoff().get().toString());
      }
      g.writeArrayFieldStart("steps");
      for (Step s : v.steps()) {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("name", s.name());
        g.writeStringField("ownerUnit", s.ownerUnit());
        g.writeFieldName("allotment");
        encodeTime(s.allotment(), g);
        DossierJsonCodec.text(g, "agency", s.agency());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void encodeTime(ProcessingTime t, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("amount", t.amount());
    g.writeStringField("unit", t.unit().name());
    g.writeEndObject();
  }
}
