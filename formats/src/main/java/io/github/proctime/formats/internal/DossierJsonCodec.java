package io.github.proctime.formats.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.proctime.core.Channel;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.DossierEvent;
import io.github.proctime.core.EventType;
import io.github.proctime.formats.FormatRule;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Decodes and encodes one dossier of the {@code proctime.dossiers} JSON format, version 1. */
public final class DossierJsonCodec {
  /** The format name written in the {@code format} field. */
  public static final String FORMAT = "proctime.dossiers";

  /** The only format version this code reads and writes. */
  public static final int VERSION = 1;

  /** The fields of a dossier object, in the order {@link #encode} writes them. */
  public static final List<String> DOSSIER_FIELD_ORDER =
      List.of(
          "code",
          "procedureCode",
          "receivingUnit",
          "channel",
          "applicant",
          "printedAppointment",
          "events");

  /** The fields of an event object, in the order {@link #encode} writes them. */
  public static final List<String> EVENT_FIELD_ORDER =
      List.of(
          "type",
          "occurredAt",
          "recordedAt",
          "official",
          "unit",
          "toOfficial",
          "toUnit",
          "step",
          "reason",
          "newAppointment",
          "note");

  /** The fields of a dossier object (in writing order, so error messages list them stably). */
  public static final Set<String> DOSSIER_FIELDS =
      Collections.unmodifiableSet(new LinkedHashSet<>(DOSSIER_FIELD_ORDER));

  /** The fields of an event object (in writing order). */
  public static final Set<String> EVENT_FIELDS =
      Collections.unmodifiableSet(new LinkedHashSet<>(EVENT_FIELD_ORDER));

  private DossierJsonCodec() {}

  /**
   * Decodes a dossier object.
   *
   * @param o the object
   * @return the dossier
   * @throws io.github.proctime.formats.FormatException if the object breaks the format
   */
  public static Dossier decode(JsonObjectView o) {
    o.peekText("code").ifPresent(o.place()::code);
    o.allowOnly(DOSSIER_FIELDS);
    Dossier.Builder b =
        Dossier.builder()
            .code(o.requiredText("code"))
            .procedureCode(o.requiredText("procedureCode"))
            .receivingUnit(o.requiredText("receivingUnit"))
            .channel(o.requiredEnum("channel", Channel.class))
            .applicant(o.optionalText("applicant"))
            .printedAppointment(o.optionalInstant("printedAppointment"));
    for (JsonObjectView e : o.requiredObjects("events")) {
      b.addEvents(decodeEvent(e));
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw o.place()
          .problem(FormatRule.INVALID_VALUE)
          .jsonPath(o.path())
          .detail(e.getMessage())
          .cause(e)
          .build();
    }
  }

  static DossierEvent decodeEvent(JsonObjectView e) {
    e.allowOnly(EVENT_FIELDS);
    return DossierEvent.builder()
        .type(e.requiredEnum("type", EventType.class))
        .occurredAt(e.requiredInstant("occurredAt"))
        .recordedAt(e.requiredInstant("recordedAt"))
        .official(e.optionalText("official"))
        .unit(e.optionalText("unit"))
        .toOfficial(e.optionalText("toOfficial"))
        .toUnit(e.optionalText("toUnit"))
        .step(e.optionalText("step"))
        .reason(e.optionalText("reason"))
        .newAppointment(e.optionalInstant("newAppointment"))
        .note(e.optionalText("note"))
        .build();
  }

  /**
   * Writes a dossier object.
   *
   * @param d the dossier
   * @param g the generator
   * @param zone the zone whose offsets instants are printed with
   * @throws IOException if writing fails
   */
  public static void encode(Dossier d, JsonGenerator g, ZoneId zone) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", d.code());
    g.writeStringField("procedureCode", d.procedureCode());
    g.writeStringField("receivingUnit", d.receivingUnit());
    g.writeStringField("channel", d.channel().name());
    text(g, "applicant", d.applicant());
    instant(g, "printedAppointment", d.printedAppointment(), zone);
    g.writeArrayFieldStart("events");
    for (DossierEvent e : d.events()) {
      encodeEvent(e, g, zone);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void encodeEvent(DossierEvent e, JsonGenerator g, ZoneId zone) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", e.type().name());
    g.writeStringField("occurredAt", Times.printOffsetDateTime(e.occurredAt(), zone));
    g.writeStringField("recordedAt", Times.printOffsetDateTime(e.recordedAt(), zone));
    text(g, "official", e.official());
    text(g, "unit", e.unit());
    text(g, "toOfficial", e.toOfficial());
    text(g, "toUnit", e.toUnit());
    text(g, "step", e.step());
    text(g, "reason", e.reason());
    instant(g, "newAppointment", e.newAppointment(), zone);
    text(g, "note", e.note());
    g.writeEndObject();
  }

  static void text(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  static void instant(JsonGenerator g, String name, Optional<Instant> value, ZoneId zone)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, Times.printOffsetDateTime(value.get(), zone));
    }
  }
}
