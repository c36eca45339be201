package io.github.proctime.formats.json;

import io.github.proctime.core.Procedure;
import io.github.proctime.formats.ReadOptions;
import io.github.proctime.formats.RecordReader;
import io.github.proctime.formats.RecordWriter;
import io.github.proctime.formats.internal.JsonDocumentReader;
import io.github.proctime.formats.internal.JsonRecordWriter;
import io.github.proctime.formats.internal.ProcedureJsonCodec;
import java.io.Reader;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes procedure catalogues: procedures with their effective-dated versions and steps
 * ({@code "format": "proctime.procedures", "formatVersion": 1}).
 *
 * <p>The document is an object with {@code format}, {@code formatVersion} and {@code procedures},
 * in that order (JSON Schema {@value #SCHEMA_RESOURCE}). Dates are ISO-8601 ({@code 2025-03-03}),
 * the intake cut-off an ISO-8601 time of day ({@code 15:00}); a processing time is {@code
 * {"amount": 5, "unit": "WORKING_DAYS"}}. Procedure codes must be unique; versions must be in
 * strictly increasing order of {@code effectiveFrom} and step ids unique within a version.
 *
 * <pre>{@code
 * List<Procedure> catalogue = ProcedureJson.readAll(Files.newBufferedReader(p), p.toString());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; the readers and writers it returns are not.
 */
public final class ProcedureJson {
  /** The value of the document's {@code format} field. */
  public static final String FORMAT = ProcedureJsonCodec.FORMAT;

  /** The format version this class reads and writes. */
  public static final int FORMAT_VERSION = ProcedureJsonCodec.VERSION;

  /** The class-path resource holding the JSON Schema of version 1. */
  public static final String SCHEMA_RESOURCE =
      "/io/github/proctime/formats/schema/procedures-v1.schema.json";

  private ProcedureJson() {}

  /**
   * Reads the procedures of a catalogue, one at a time.
   *
   * @param in the document; closed when the reader is closed
   * @param options the source name and the strict or lenient mode
   * @return the reader
   */
  public static RecordReader<Procedure> reader(Reader in, ReadOptions options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    return new JsonDocumentReader<>(
        in,
        options,
        FORMAT,
        FORMAT_VERSION,
        "procedures",
        ProcedureJsonCodec::decode,
        Procedure::code);
  }

  /**
   * Reads a whole catalogue in strict mode and closes the input.
   *
   * @param in the document
   * @param source the input's name, for messages
   * @return the procedures, in document order
   * @throws io.github.proctime.formats.FormatException at the first bad procedure
   * @throws java.io.UncheckedIOException if reading fails
   */
  public static List<Procedure> readAll(Reader in, String source) {
    try (RecordReader<Procedure> r = reader(in, ReadOptions.strict(source))) {
      return r.stream().toList();
    }
  }

  /**
   * Writes a catalogue.
   *
   * @param out the output; closed when the writer is closed
   * @return the writer
   */
  public static RecordWriter<Procedure> writer(Writer out) {
    Objects.requireNonNull(out, "out");
    return JsonRecordWriter.document(
        out, FORMAT, FORMAT_VERSION, "procedures", ProcedureJsonCodec::encode);
  }
}
