package io.github.proctime.formats.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.proctime.formats.RecordWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes records as a JSON document ({@code {"format", "formatVersion", "<array>": [...]}},
 * indented) or as NDJSON (a header line, then one compact record per line).
 *
 * @param <T> the record type
 */
public final class JsonRecordWriter<T> implements RecordWriter<T> {
  private final JsonGenerator g;
  private final Json.Encoder<T> encoder;
  private final boolean ndjson;
  private boolean closed;

  private JsonRecordWriter(JsonGenerator g, Json.Encoder<T> encoder, boolean ndjson) {
    this.g = g;
    this.encoder = encoder;
    this.ndjson = ndjson;
  }

  /**
   * A writer of an indented JSON document.
   *
   * @param out the output
   * @param format the format name
   * @param version the format version
   * @param arrayField the field holding the records
   * @param encoder writes one record
   * @param <T> the record type
   * @return the writer, having written the header
   */
  public static <T> JsonRecordWriter<T> document(
      Writer out, String format, int version, String arrayField, Json.Encoder<T> encoder) {
    JsonRecordWriter<T> w = new JsonRecordWriter<>(Json.prettyGenerator(out), encoder, false);
    try {
      w.g.writeStartObject();
      w.g.writeStringField("format", format);
      w.g.writeNumberField("formatVersion", version);
      w.g.writeArrayFieldStart(arrayField);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w;
  }

  /**
   * A writer of NDJSON.
   *
   * @param out the output
   * @param format the format name
   * @param version the format version
   * @param encoder writes one record
   * @param <T> the record type
   * @return the writer, having written the header line
   */
  public static <T> JsonRecordWriter<T> ndjson(
      Writer out, String format, int version, Json.Encoder<T> encoder) {
    JsonRecordWriter<T> w = new JsonRecordWriter<>(Json.compactGenerator(out), encoder, true);
    try {
      w.g.writeStartObject();
      w.g.writeStringField("format", format);
      w.g.writeNumberField("formatVersion", version);
      w.g.writeEndObject();
      w.g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w;
  }

  @Override
  public void write(T record) {
    Objects.requireNonNull(record, "record");
    if (closed) {
      throw new IllegalStateException("The writer is closed");
    }
    try {
      encoder.encode(record, g);
      if (ndjson) {
        g.writeRaw('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (!ndjson) {
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
      }
      g.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
