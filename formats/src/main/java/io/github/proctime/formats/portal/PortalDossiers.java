package io.github.proctime.formats.portal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.Evaluation;
import io.github.proctime.formats.FormatException;
import io.github.proctime.formats.FormatRule;
import io.github.proctime.formats.ReadOptions;
import io.github.proctime.formats.RecordReader;
import io.github.proctime.formats.RecordWriter;
import io.github.proctime.formats.internal.Json;
import io.github.proctime.formats.internal.JsonObjectView;
import io.github.proctime.formats.internal.JsonRecordWriter;
import io.github.proctime.formats.internal.NdjsonReader;
import io.github.proctime.formats.internal.PortalCodec;
import io.github.proctime.formats.internal.RecordPlace;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Reads dossiers from the national portal's sync shape and writes them back in it.
 *
 * <p>One portal record is a JSON object {@code {"DongBoHoSoMC": {...}, "CapNhatTienDoHoSoMC":
 * [...]}}: the dossier sync payload's {@code data} object and the dossier's progress updates, with
 * the portal's own field names ({@code shared/domain/regulations.md} §4). Many records travel as
 * NDJSON with the header line {@code {"format":"proctime.portal-sync","formatVersion":1}} (schema
 * {@value #SCHEMA_RESOURCE}). Every mapping choice, and what does not survive the trip, is listed
 * in the package documentation.
 *
 * <pre>{@code
 * Dossier d = PortalDossiers.read(json, "sync-2025-03-03", PortalMapping.of(Channel.ONLINE));
 * String back = PortalDossiers.toJson(d);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; the readers and writers it returns are not.
 */
public final class PortalDossiers {
  /** The value of the NDJSON header's {@code format} field. */
  public static final String FORMAT = PortalCodec.FORMAT;

  /** The format version of the NDJSON framing. */
  public static final int FORMAT_VERSION = PortalCodec.VERSION;

  /** The class-path resource holding the JSON Schema of one record. */
  public static final String SCHEMA_RESOURCE =
      "/io/github/proctime/formats/schema/portal-sync-v1.schema.json";

  private PortalDossiers() {}

  /**
   * Reads one record.
   *
   * @param json the record's JSON text
   * @param source the input's name, for messages
   * @param mapping the choices the portal's shape leaves open
   * @return the dossier
   * @throws FormatException if the record breaks the shape or the mapping's rules
   */
  public static Dossier read(String json, String source, PortalMapping mapping) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(mapping, "mapping");
    RecordPlace place = new RecordPlace(source, 1, 1);
    try {
      return PortalCodec.decode(JsonObjectView.of(Json.MAPPER.readTree(json), "$", place), mapping);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw FormatException.builder(FormatRule.MALFORMED_SYNTAX, source)
          .line(at == null ? 0 : at.getLineNr())
          .column(at == null ? 0 : at.getColumnNr())
          .detail(e.getOriginalMessage())
          .cause(e)
          .build();
    }
  }

  /**
   * Reads records from NDJSON, one per line after the header line.
   *
   * @param in the NDJSON input; closed when the reader is closed
   * @param options the source name and the strict or lenient mode
   * @param mapping the choices the portal's shape leaves open
   * @return the reader; {@code MaHoSo} must be unique in the input
   */
  public static RecordReader<Dossier> reader(
      Reader in, ReadOptions options, PortalMapping mapping) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(mapping, "mapping");
    return new NdjsonReader<>(
        in,
        options,
        FORMAT,
        FORMAT_VERSION,
        record -> PortalCodec.decode(record, mapping),
        Dossier::code);
  }

  /**
   * Writes one dossier as a portal record.
   *
   * @param dossier the dossier; must have a RECEIVED event
   * @return the record's JSON text, compact
   * @throws IllegalArgumentException if the dossier has no RECEIVED event
   */
  public static String toJson(Dossier dossier) {
    Objects.requireNonNull(dossier, "dossier");
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Json.compactGenerator(out)) {
      PortalCodec.encode(dossier, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes an evaluated dossier as a portal record: the log as {@link #toJson(Dossier)} does, with
   * the evaluation's results in the fields the portal expects.
   *
   * <p>{@code NgayHenTra} is the appointment the applicant holds (the rescheduled appointment if
   * any, otherwise the printed appointment, otherwise the statutory due time), not the due time
   * extended by pauses: the 766 method subtracts supplement time from the end itself ({@code
   * shared/domain/regulations.md} §3.2). {@code NgayKetThucXuLy} is the instant the evaluation's
   * clock stopped, when it stopped. Each progress update that starts a step of the ledger carries
   * the step's start ({@code NgayBatDau}) and due time ({@code NgayKetThucTheoQuyDinh}). All on the
   * occurred timeline.
   *
   * @param dossier the dossier; must have a RECEIVED event
   * @param evaluation the dossier's evaluation
   * @return the record's JSON text, compact
   * @throws IllegalArgumentException if the dossier has no RECEIVED event or the evaluation is of
   *     another dossier
   */
  public static String toJson(Dossier dossier, Evaluation evaluation) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(evaluation, "evaluation");
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Json.compactGenerator(out)) {
      PortalCodec.encode(dossier, evaluation, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes portal records as NDJSON, after the header line.
   *
   * @param out the output; closed when the writer is closed
   * @return the writer; its {@code write} throws {@link IllegalArgumentException} for a dossier
   *     without a RECEIVED event
   */
  public static RecordWriter<Dossier> writer(Writer out) {
    Objects.requireNonNull(out, "out");
    return JsonRecordWriter.ndjson(out, FORMAT, FORMAT_VERSION, PortalCodec::encode);
  }
}
