package io.github.proctime.formats.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.proctime.formats.FormatException;
import io.github.proctime.formats.FormatRule;
import io.github.proctime.formats.ReadOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * Streams an NDJSON input: a header line {@code {"format": F, "formatVersion": V}}, then one record
 * object per line. Each line is parsed on its own, so a bad line can be skipped.
 *
 * @param <T> the record type
 */
public final class NdjsonReader<T> extends AbstractRecordReader<T> {
  private final BufferedReader in;
  private final String format;
  private final int version;
  private final Function<JsonObjectView, T> decoder;
  private final Function<T, String> codeOf;
  private final CodeSet seenCodes = new CodeSet();
  private long lineNumber;

  /**
   * Creates the reader.
   *
   * @param in the input
   * @param options the options
   * @param format the expected format name
   * @param version the supported version
   * @param decoder decodes one record object
   * @param codeOf the record's code, which must be unique in the input; null to skip the check
   */
  public NdjsonReader(
      Reader in,
      ReadOptions options,
      String format,
      int version,
      Function<JsonObjectView, T> decoder,
      Function<T, String> codeOf) {
    super(options, in);
    this.in = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in, 1 << 16);
    this.format = format;
    this.version = version;
    this.decoder = decoder;
    this.codeOf = codeOf;
  }

  @Override
  protected T readRecord() throws IOException {
    if (lineNumber == 0) {
      readHeader();
    }
    String line = in.readLine();
    if (line == null) {
      return null;
    }
    lineNumber++;
    RecordPlace place = new RecordPlace(options().source(), lineNumber, 1);
    JsonNode node = parse(line, place);
    T record = decoder.apply(JsonObjectView.of(node, "$", place));
    if (codeOf != null) {
      String code = codeOf.apply(record);
      if (!seenCodes.add(code)) {
        throw place
            .problem(FormatRule.DUPLICATE_CODE)
            .field("code")
            .jsonPath("$.code")
            .value(code)
            .build();
      }
    }
    return record;
  }

  private JsonNode parse(String line, RecordPlace place) {
    if (line.isBlank()) {
      throw place.problem(FormatRule.MALFORMED_SYNTAX).value(line).detail("empty line").build();
    }
    try {
      return Json.MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw FormatException.builder(FormatRule.MALFORMED_SYNTAX, place.source())
          .line(place.line())
          .column(at == null ? 0 : at.getColumnNr())
          .value(JsonObjectView.abbreviate(TextNode.valueOf(line)))
          .detail(e.getOriginalMessage())
          .cause(e)
          .build();
    }
  }

  private void readHeader() throws IOException {
    String line = in.readLine();
    lineNumber = 1;
    RecordPlace place = new RecordPlace(options().source(), 1, 1);
    if (line == null) {
      unrecoverable();
      throw place
          .problem(FormatRule.FORMAT_MISMATCH)
          .field("format")
          .jsonPath("$.format")
          .detail(
              "empty input: the first line must be {\"format\":\""
                  + format
                  + "\",\"formatVersion\":"
                  + version
                  + "}")
          .build();
    }
    try {
      JsonObjectView header = JsonObjectView.of(parse(line, place), "$", place);
      if (!header.peekText("format").filter(format::equals).isPresent()) {
        throw header
            .problem(FormatRule.FORMAT_MISMATCH, "format")
            .detail("expected \"" + format + "\" on the first line")
            .build();
      }
      OptionalLong v = header.peekInteger("formatVersion");
      if (v.isEmpty() || v.getAsLong() != version) {
        throw header
            .problem(FormatRule.FORMAT_MISMATCH, "formatVersion")
            .detail("supported: " + version)
            .build();
      }
      header.allowOnly(Set.of("format", "formatVersion"));
    } catch (FormatException e) {
      unrecoverable();
      throw e;
    }
  }
}
