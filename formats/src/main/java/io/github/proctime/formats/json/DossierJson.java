package io.github.proctime.formats.json;

import io.github.proctime.core.Dossier;
import io.github.proctime.formats.ReadOptions;
import io.github.proctime.formats.RecordReader;
import io.github.proctime.formats.RecordWriter;
import io.github.proctime.formats.internal.DossierJsonCodec;
import io.github.proctime.formats.internal.JsonDocumentReader;
import io.github.proctime.formats.internal.JsonRecordWriter;
import io.github.proctime.formats.internal.Times;
import java.io.Reader;
import java.io.Writer;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Reads and writes the dossier interchange format as one JSON document ({@code "format":
 * "proctime.dossiers", "formatVersion": 1}).
 *
 * <p>The document is an object with {@code format}, {@code formatVersion} and {@code dossiers}, in
 * that order; each dossier is an object as described in the README ("Data formats") and by the JSON
 * Schema {@value #SCHEMA_RESOURCE} shipped in this jar. Instants are ISO-8601 date-times with an
 * explicit offset; one without an offset is an error ({@link
 * io.github.proctime.formats.FormatRule#OFFSET_REQUIRED}). Unknown fields are errors. Dossier codes
 * must be unique in a document. The reader streams the {@code dossiers} array one element at a
 * time; for very large inputs prefer {@link DossierNdjson}, whose bad lines can be skipped even
 * when their JSON is broken.
 *
 * <pre>{@code
 * try (RecordReader<Dossier> in = DossierJson.reader(Files.newBufferedReader(path),
 *     ReadOptions.strict(path.toString()))) {
 *   List<Dossier> dossiers = in.stream().toList();
 * }
 * try (RecordWriter<Dossier> out = DossierJson.writer(Files.newBufferedWriter(target))) {
 *   dossiers.forEach(out::write);
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; the readers and writers it returns are not.
 */
public final class DossierJson {
  /** The value of the document's {@code format} field. */
  public static final String FORMAT = DossierJsonCodec.FORMAT;

  /** The format version this class reads and writes. */
  public static final int FORMAT_VERSION = DossierJsonCodec.VERSION;

  /** The class-path resource holding the JSON Schema of version 1. */
  public static final String SCHEMA_RESOURCE =
      "/io/github/proctime/formats/schema/dossiers-v1.schema.json";

  private DossierJson() {}

  /**
   * Reads the dossiers of a document, one at a time.
   *
   * @param in the document; closed when the reader is closed
   * @param options the source name and the strict or lenient mode
   * @return the reader
   */
  public static RecordReader<Dossier> reader(Reader in, ReadOptions options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    return new JsonDocumentReader<>(
        in, options, FORMAT, FORMAT_VERSION, "dossiers", DossierJsonCodec::decode, Dossier::code);
  }

  /**
   * Writes a document whose instants carry the offset of Asia/Ho_Chi_Minh (+07:00).
   *
   * @param out the output; closed when the writer is closed
   * @return the writer
   */
  public static RecordWriter<Dossier> writer(Writer out) {
    return writer(out, Times.VIETNAM);
  }

  /**
   * Writes a document whose instants carry the offset of a given zone.
   *
   * @param out the output; closed when the writer is closed
   * @param zone the zone whose offset is printed with each instant
   * @return the writer
   */
  public static RecordWriter<Dossier> writer(Writer out, ZoneId zone) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(zone, "zone");
    return JsonRecordWriter.document(
        out, FORMAT, FORMAT_VERSION, "dossiers", (d, g) -> DossierJsonCodec.encode(d, g, zone));
  }
}
