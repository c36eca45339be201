package io.github.proctime.formats.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.proctime.formats.FormatException;
import io.github.proctime.formats.FormatRule;
import io.github.proctime.formats.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

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
 * <p>The input is chars from a {@link Reader} or UTF-8 bytes from an {@link InputStream} ({@link
 * NdjsonInput}); lines are split as {@link java.io.BufferedReader#readLine} splits them either way.
 * From bytes, the streaming path first offers the line's bytes to the decoder's direct path ({@link
 * StreamingDecoder#tryDecodeUtf8}, no parser at all), then parses them (Jackson's byte parser, once
 * the line is checked to be UTF-8) and the tree path gets the line decoded to a String, so the tree
 * path sees exactly the text the char path would: the same records and the same errors, and a line
 * that is not UTF-8 is rejected as {@link FormatRule#MALFORMED_SYNTAX} naming its bad bytes ({@link
 * Utf8#decode}), never read with replacement characters.
 *
 * <p>With a {@linkplain ReadOptions#decodingExecutor() decoding executor}, the lines after the
 * header are decoded on it ({@link DecodingWindow}): each line to its record or its exception, as
 * here, with a streaming decoder of its own task. Everything that depends on the order of the lines
 * stays on the reading thread, in input order: the duplicate-code check, strict mode's stop, the
 * rejection listener and the counts; so the reader yields exactly what it yields without the
 * executor. Not thread-safe.
 *
 * @param <T> the record type
 */
public final class NdjsonReader<T> extends AbstractRecordReader<T> {
  private final NdjsonInput input;
  private final String format;
  private final int version;
  private final Function<JsonObjectView, T> decoder;
  private final Supplier<? extends StreamingDecoder<T>> streamingDecoders;
  private final StreamingDecoder<T> streamingDecoder;
  private final Function<T, String> codeOf;
  private final CodeSet seenCodes = new CodeSet();
  private final int batchLines;
  private DecodingWindow<T> window;
  private long lineNumber;

  /**
   * Creates a reader of chars with the tree path only.
   *
   * @param in the input
   * @param options the options
   * @param format the expected format name
   * @param version the supported version
   * @param decoder decodes one record object; thread-safe if the options have a decoding executor
   * @param codeOf the record's code, which must be unique in the input; null to skip the check
   */
  public NdjsonReader(
      Reader in,
      ReadOptions options,
      String format,
      int version,
      Function<JsonObjectView, T> decoder,
      Function<T, String> codeOf) {
    this(
        NdjsonInput.of(in),
        options,
        format,
        version,
        decoder,
        null,
        codeOf,
        NdjsonInput.BATCH_LINES);
  }

  /**
   * Creates a reader of chars with a streaming path in front of the tree path.
   *
   * @param in the input
   * @param options the options
   * @param format the expected format name
   * @param version the supported version
   * @param decoder decodes one record object from its tree; the authority for errors; thread-safe
   *     if the options have a decoding executor
   * @param streamingDecoders makes a streaming decoder (one per reader, or one per concurrent task
   *     with a decoding executor); null for the tree path only
   * @param codeOf the record's code, which must be unique in the input; null to skip the check
   */
  public NdjsonReader(
      Reader in,
      ReadOptions options,
      String format,
      int version,
      Function<JsonObjectView, T> decoder,
      Supplier<? extends StreamingDecoder<T>> streamingDecoders,
      Function<T, String> codeOf) {
    this(
        NdjsonInput.of(in),
        options,
        format,
        version,
        decoder,
        streamingDecoders,
        codeOf,
        NdjsonInput.BATCH_LINES);
  }

  /**
   * Creates a reader of UTF-8 bytes with a streaming path in front of the tree path.
   *
   * @param in the input, UTF-8
   * @param options the options
   * @param format the expected format name
   * @param version the supported version
   * @param decoder decodes one record object from its tree; the authority for errors; thread-safe
   *     if the options have a decoding executor
   * @param streamingDecoders makes a streaming decoder (one per reader, or one per concurrent task
   *     with a decoding executor); null for the tree path only
   * @param codeOf the record's code, which must be unique in the input; null to skip the check
   */
  public NdjsonReader(
      InputStream in,
      ReadOptions options,
      String format,
      int version,
      Function<JsonObjectView, T> decoder,
      Supplier<? extends StreamingDecoder<T>> streamingDecoders,
      Function<T, String> codeOf) {
    this(
        NdjsonInput.of(in),
        options,
        format,
        version,
        decoder,
        streamingDecoders,
        codeOf,
        NdjsonInput.BATCH_LINES);
  }

  /**
   * Creates a reader of either input, with a given batch size for decoding on an executor.
   *
   * @param input the input
   * @param options the options
   * @param format the expected format name
   * @param version the supported version
   * @param decoder decodes one record object from its tree
   * @param streamingDecoders makes a streaming decoder; null for the tree path only
   * @param codeOf the record's code, which must be unique in the input; null to skip the check
   * @param batchLines the most lines a batch decoded on the executor holds (tests use small ones)
   */
  NdjsonReader(
      NdjsonInput input,
      ReadOptions options,
      String format,
      int version,
      Function<JsonObjectView, T> decoder,
      Supplier<? extends StreamingDecoder<T>> streamingDecoders,
      Function<T, String> codeOf,
      int batchLines) {
    super(options, input);
    this.batchLines = batchLines;
    this.input = input;
    this.format = format;
    this.version = version;
    this.decoder = decoder;
    this.streamingDecoders = streamingDecoders;
    this.streamingDecoder =
        streamingDecoders == null || options.decodingExecutor().isPresent()
            ? null
            : streamingDecoders.get();
    this.codeOf = codeOf;
  }

  /**
   * How many batches of lines a reader with a decoding executor reads ahead: enough to keep every
   * core busy while the reading thread waits for the oldest, and at most {@link #MAX_WINDOW}, so
   * that memory does not grow with the number of cores (each batch holds up to 512 lines and their
   * records, about half a MiB of dossiers).
   */
  static int windowCapacity() {
    return Math.min(MAX_WINDOW, 2 * Runtime.getRuntime().availableProcessors() + 2);
  }

  /** The most batches read ahead, whatever the number of cores. */
  static final int MAX_WINDOW = 16;

  @Override
  protected T readRecord() throws IOException {
    if (lineNumber == 0) {
      readHeader();
      Executor executor = options().decodingExecutor().orElse(null);
      if (executor != null) {
        window =
            new DecodingWindow<>(
                input,
                executor,
                windowCapacity(),
                batchLines,
                2,
                this::decodeLine,
                streamingDecoders);
      }
    }
    T record;
    if (window == null) {
      if (!input.next()) {
        return null;
      }
      lineNumber++;
      record = decodeLine(input.line(), lineNumber, streamingDecoder);
    } else {
      Object result = window.next();
      if (result == null) {
        return null;
      }
      lineNumber++;
      record = unwrap(result);
    }
    if (codeOf != null) {
      String code = codeOf.apply(record);
      if (!seenCodes.add(code)) {
        // The place as the tree path fills it for every other error of the line: it sets the
        // code from the record's "code" text, which is the record's code.
        RecordPlace place = new RecordPlace(options().source(), lineNumber, 1);
        place.code(code);
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

  @SuppressWarnings("unchecked")
  private static <T> T unwrap(Object result) {
    if (result instanceof DecodingWindow.Failed failed) {
      Throwable cause = failed.cause();
      if (cause instanceof RuntimeException e) {
        throw e;
      }
      if (cause instanceof Error e) {
        throw e;
      }
      throw new IllegalStateException("Decoding failed", cause);
    }
    return (T) result;
  }

  /**
   * Decodes one line: through the streaming path if there is one and it takes the line, otherwise
   * through the tree path. Thread-safe if the tree path's decoder is, but for the streaming
   * decoder.
   */
  private T decodeLine(NdjsonLine line, long number, StreamingDecoder<T> streaming) {
    T record = streaming == null ? null : line.tryStreaming(streaming);
    if (record == null) {
      RecordPlace place = new RecordPlace(options().source(), number, 1);
      record = decoder.apply(JsonObjectView.of(parse(line.text(place), place), "$", place));
    }
    return record;
  }

  /**
   * Decodes a line of chars through the streaming path.
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
    return new NdjsonLine.OfChars(chars, offset, length).tryStreaming(decoder);
  }

  /**
   * Decodes a line of UTF-8 bytes through the streaming path.
   *
   * @param decoder the streaming decoder
   * @param bytes the buffer holding the line
   * @param offset where the line starts
   * @param length its length in bytes, without the line end
   * @param <T> the record type
   * @return the record, or null if the streaming path gave up
   */
  static <T> T tryStreaming(StreamingDecoder<T> decoder, byte[] bytes, int offset, int length) {
    return new NdjsonLine.OfBytes(bytes, offset, length).tryStreaming(decoder);
  }

  @Override
  protected void stopped() {
    // Strict mode stopped, or the input failed: the lines decoding ahead will never be asked for.
    if (window != null) {
      window.close();
    }
  }

  @Override
  public void close() {
    if (window != null) {
      window.close();
    }
    super.close();
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
    boolean present = input.next();
    lineNumber = 1;
    RecordPlace place = new RecordPlace(options().source(), 1, 1);
    try {
      if (!present) {
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
      JsonObjectView header = JsonObjectView.of(parse(input.line().text(place), place), "$", place);
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
