package io.github.proctime.formats.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.proctime.formats.FormatException;
import io.github.proctime.formats.FormatRule;
import io.github.proctime.formats.ReadOptions;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.function.Function;

/**
 * Streams the records of a JSON document {@code {"format": F, "formatVersion": V, "<array>":
 * [...]}}, one array element at a time.
 *
 * <p>{@code format} and {@code formatVersion} must come before the array, so that the version is
 * known before the first record is decoded. A syntax error cannot be skipped and ends reading.
 *
 * @param <T> the record type
 */
public final class JsonDocumentReader<T> extends AbstractRecordReader<T> {
  private final JsonParser parser;
  private final String format;
  private final int version;
  private final String arrayField;
  private final Function<JsonObjectView, T> decoder;
  private final Function<T, String> codeOf;
  private final CodeSet seenCodes = new CodeSet();
  private boolean inArray;
  private boolean finished;
  private int index;

  /**
   * Creates the reader.
   *
   * @param in the input
   * @param options the options
   * @param format the expected format name
   * @param version the supported version
   * @param arrayField the field holding the records
   * @param decoder decodes one record object
   * @param codeOf the record's code, which must be unique in the input
   */
  public JsonDocumentReader(
      Reader in,
      ReadOptions options,
      String format,
      int version,
      String arrayField,
      Function<JsonObjectView, T> decoder,
      Function<T, String> codeOf) {
    super(options, in);
    this.format = format;
    this.version = version;
    this.arrayField = arrayField;
    this.decoder = decoder;
    this.codeOf = codeOf;
    try {
      this.parser = Json.STREAMING_MAPPER.createParser(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected T readRecord() throws IOException {
    if (finished) {
      return null;
    }
    try {
      if (!inArray) {
        readHeader();
      }
      JsonToken t = parser.nextToken();
      if (t == JsonToken.END_ARRAY) {
        readTrailer();
        finished = true;
        return null;
      }
      JsonLocation at = parser.currentTokenLocation();
      String path = "$." + arrayField + "[" + index++ + "]";
      RecordPlace place = new RecordPlace(options().source(), at.getLineNr(), at.getColumnNr());
      JsonNode node = parser.readValueAsTree();
      T record = decoder.apply(JsonObjectView.of(node, path, place));
      String code = codeOf.apply(record);
      if (!seenCodes.add(code)) {
        throw place
            .problem(FormatRule.DUPLICATE_CODE)
            .field("code")
            .jsonPath(path + ".code")
            .value(code)
            .build();
      }
      return record;
    } catch (JsonProcessingException e) {
      unrecoverable();
      JsonLocation at = e.getLocation();
      throw FormatException.builder(FormatRule.MALFORMED_SYNTAX, options().source())
          .line(at == null ? 0 : at.getLineNr())
          .column(at == null ? 0 : at.getColumnNr())
          .detail(e.getOriginalMessage())
          .cause(e)
          .build();
    }
  }

  private void readHeader() throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw header("$", null, "the document must be a JSON object", FormatRule.FORMAT_MISMATCH);
    }
    boolean formatSeen = false;
    boolean versionSeen = false;
    while (true) {
      JsonToken t = parser.nextToken();
      if (t != JsonToken.FIELD_NAME) {
        break;
      }
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (name.equals("format")) {
        String text = value == JsonToken.VALUE_STRING ? parser.getText() : null;
        if (!format.equals(text)) {
          throw header("$.format", parser.getText(), "expected \"" + format + "\"", null);
        }
        formatSeen = true;
      } else if (name.equals("formatVersion")) {
        if (value != JsonToken.VALUE_NUMBER_INT || parser.getLongValue() != version) {
          throw header("$.formatVersion", parser.getText(), "supported: " + version, null);
        }
        versionSeen = true;
      } else if (name.equals(arrayField)) {
        if (!formatSeen || !versionSeen) {
          throw header(
              "$." + (formatSeen ? "formatVersion" : "format"),
              null,
              "format and formatVersion must come before " + arrayField,
              null);
        }
        if (value != JsonToken.START_ARRAY) {
          throw header(
              "$." + arrayField, parser.getText(), "expected an array", FormatRule.WRONG_TYPE);
        }
        inArray = true;
        return;
      } else {
        throw header(
            "$." + name,
            parser.getText(),
            "allowed fields are format, formatVersion, " + arrayField,
            FormatRule.UNKNOWN_FIELD);
      }
    }
    throw header(
        "$." + (formatSeen ? versionSeen ? arrayField : "formatVersion" : "format"),
        null,
        "missing",
        FormatRule.MISSING_FIELD);
  }

  private void readTrailer() throws IOException {
    JsonToken t = parser.nextToken();
    if (t == JsonToken.FIELD_NAME) {
      throw header(
          "$." + parser.currentName(),
          null,
          "no field may follow " + arrayField,
          FormatRule.UNKNOWN_FIELD);
    }
    // END_OBJECT; anything after the root object is a syntax error.
    if (parser.nextToken() != null) {
      throw header(
          "$",
          parser.getText(),
          "unexpected content after the document",
          FormatRule.MALFORMED_SYNTAX);
    }
  }

  private FormatException header(String path, String value, String detail, FormatRule rule) {
    unrecoverable();
    JsonLocation at = parser.currentTokenLocation();
    String field = path.equals("$") ? null : path.substring(2);
    return FormatException.builder(
            rule == null ? FormatRule.FORMAT_MISMATCH : rule, options().source())
        .line(at.getLineNr())
        .column(at.getColumnNr())
        .jsonPath(path)
        .field(field)
        .value(value)
        .detail(detail)
        .build();
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      super.close();
    }
  }
}
