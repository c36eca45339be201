package io.github.proctime.formats.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.proctime.formats.FormatException;
import io.github.proctime.formats.FormatRule;
import io.github.proctime.formats.ReadOptions;
import java.io.IOException;
import java.io.Reader;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * Streams an NDJSON input: a header line {@code {"format": F, "formatVersion": V}}, then one record
 * object per line. Each line is parsed on its own, so a bad line can be skipped.
 *
 * <p>Records are decoded one of two ways. The <em>tree path</em> parses the line into a Jackson
 * tree and decodes it through {@link JsonObjectView}: it checks everything and is the one authority
 * for what is accepted and for every error (rule, field, JSON path, value, detail). The optional
 * <em>streaming path</em> ({@link StreamingDecoder}) decodes the line's tokens straight into the
 * record, without a tree, parsing the characters in place. It handles only well-formed, valid
 * records: the moment it meets anything else it gives up, and the line is decoded again by the tree
 * path. So error messages exist in one place only and cannot drift apart, and the streaming path
 * can be as simple as "accept the common case or give up". The streaming path runs with the tree
 * path's parser configuration ({@link Json#MAPPER}) but for the duplicate-key check, which is the
 * decoder's (see {@link StreamingDecoder}), and accepts a line only if nothing but whitespace
 * follows the record object, as the tree path's mapper requires.
 *
 * <p>Lines are split as {@link java.io.BufferedReader#readLine} splits them ({@link LineBuffer}).
 * Not thread-safe.
 *
 * @param <T> the record type
 */
public final class NdjsonReader<T> extends AbstractRecordReader<T> {
  /** The first size of the line buffer: a header and a typical dossier line (about 2 Ki chars). */
  private static final int INITIAL_BUFFER_CHARS = 1 << 12;

  private final LineBuffer lines;
  private final String format;
  private final int version;
  private final Function<JsonObjectView, T> decoder;
  private final StreamingDecoder<T> streamingDecoder;
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
    this(in, options, format, version, decoder, null, codeOf);
  }

  /**
   * Creates the reader with a streaming path in front of the tree path.
   *
   * @param in the input
   * @param options the options
   * @param format the expected format name
   * @param version the supported version
   * @param decoder decodes one record object from its tree; the authority for errors
   * @param streamingDecoder decodes the valid records without a tree; null for the tree path only
   * @param codeOf the record's code, which must be unique in the input; null to skip the check
   */
  public NdjsonReader(
      Reader in,
      ReadOptions options,
      String format,
      int version,
      Function<JsonObjectView, T> decoder,
      StreamingDecoder<T> streamingDecoder,
      Function<T, String> codeOf) {
    super(options, in);
    // No BufferedReader: LineBuffer buffers, and wrapping would copy every char once more.
    this.lines = new LineBuffer(in, INITIAL_BUFFER_CHARS);
    this.format = format;
    this.version = version;
    this.decoder = decoder;
    this.streamingDecoder = streamingDecoder;
    this.codeOf = codeOf;
  }

  @Override
  protected T readRecord() throws IOException {
    if (lineNumber == 0) {
      readHeader();
    }
    if (!lines.next()) {
      return null;
    }
    lineNumber++;
    T record =
        streamingDecoder == null
            ? null
            : tryStreaming(streamingDecoder, lines.chars(), lines.start(), lines.length());
    RecordPlace place = null;
    if (record == null) {
      place = new RecordPlace(options().source(), lineNumber, 1);
      record = decodeTree(place);
    }
    if (codeOf != null) {
      String code = codeOf.apply(record);
      if (!seenCodes.add(code)) {
        if (place == null) {
          // The tree path fills the place as every other error of the line has it (the dossier
          // code); it accepts the line, since the streaming path did.
          place = new RecordPlace(options().source(), lineNumber, 1);
          decodeTree(place);
        }
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

  private T decodeTree(RecordPlace place) {
    return decoder.apply(JsonObjectView.of(parse(lines.text(), place), "$", place));
  }

  /**
   * Decodes a line through the streaming path.
   *
   * @param decoder the streaming decoder
   * @param chars the buffer holding the line
   * @param offset where the line starts
   * @param length its length, without the line end
   * @param <T> the record type
   * @return the record, or null if the streaming path gave up (for whatever reason: the line then
   *     goes through the tree path, which accepts it or reports why not)
   */
  static <T> T tryStreaming(StreamingDecoder<T> decoder, char[] chars, int offset, int length) {
    // The mapper's own parser, so that the tree path's parser features apply, except one: the
    // parser's duplicate-key check (a HashSet per object, a tenth of this path's time) is left to
    // the decoder, which must give up on a repeated field anyway.
    try (JsonParser p = Json.MAPPER.createParser(chars, offset, length)) {
      p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      T record = decoder.tryDecode(p);
      // The decoder must stand at the record's own END_OBJECT, followed by nothing but whitespace
      // (the tree path's mapper fails on trailing tokens).
      if (record == null
          || p.currentToken() != JsonToken.END_OBJECT
          || !p.getParsingContext().inRoot()
          || p.nextToken() != null) {
        return null;
      }
      return record;
    } catch (IOException | RuntimeException e) {
      // Giving up is the whole contract of the streaming path: the tree path decides.
      return null;
    }
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
    String line = lines.next() ? lines.text() : null;
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
