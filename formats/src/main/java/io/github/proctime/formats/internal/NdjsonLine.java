package io.github.proctime.formats.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.proctime.formats.FormatException;
import java.io.IOException;

/**
 * One line of an NDJSON input, without its line end, as chars or as UTF-8 bytes in a buffer it does
 * not own: what {@link NdjsonReader} decodes, through the streaming path or as text for the tree
 * path.
 *
 * <pre>{@code
 * Dossier d = line.tryStreaming(decoder);
 * String text = d == null ? line.text(place) : null;
 * }</pre>
 *
 * <p>Valid as long as its buffer holds the line; immutable otherwise.
 */
interface NdjsonLine {
  /**
   * The line as a String, as {@code BufferedReader.readLine} returns it.
   *
   * @param place the line's place, for the exception
   * @return the text
   * @throws FormatException if the line's bytes are not UTF-8 (see {@link Utf8#decode})
   */
  String text(RecordPlace place);

  /**
   * Decodes the line through the streaming path.
   *
   * @param decoder the streaming decoder
   * @param <T> the record type
   * @return the record, or null if the streaming path gave up (for whatever reason: the line then
   *     goes through the tree path, which accepts it or reports why not)
   */
  <T> T tryStreaming(StreamingDecoder<T> decoder);

  /** A line of chars. */
  record OfChars(char[] chars, int start, int length) implements NdjsonLine {
    @Override
    public String text(RecordPlace place) {
      return new String(chars, start, length);
    }

    @Override
    public <T> T tryStreaming(StreamingDecoder<T> decoder) {
      try (JsonParser p = Json.MAPPER.createParser(chars, start, length)) {
        return stream(decoder, p);
      } catch (IOException | RuntimeException e) {
        // Giving up is the whole contract of the streaming path: the tree path decides.
        return null;
      }
    }
  }

  /** A line of UTF-8 bytes. */
  record OfBytes(byte[] bytes, int start, int length) implements NdjsonLine {
    @Override
    public String text(RecordPlace place) {
      return Utf8.decode(bytes, start, length, place);
    }

    @Override
    public <T> T tryStreaming(StreamingDecoder<T> decoder) {
      try {
        T direct = decoder.tryDecodeUtf8(bytes, start, length);
        if (direct != null) {
          return direct;
        }
      } catch (RuntimeException e) {
        // Giving up, as below.
      }
      // Jackson's byte parser guesses the encoding from the first four bytes (UTF-16 or UTF-32
      // when some are zero) and skips a byte order mark, which its char parser rejects; and it
      // decodes some malformed UTF-8 (encoded surrogates). A line that starts with anything but
      // ASCII, or with a zero byte, or that is not UTF-8 is left to the tree path, which reads
      // the decoded text as the char path does.
      if (length < 4
          || bytes[start] <= 0
          || bytes[start + 1] == 0
          || bytes[start + 2] == 0
          || bytes[start + 3] == 0
          || Utf8.firstMalformed(bytes, start, length) >= 0) {
        return null;
      }
      try (JsonParser p = Json.MAPPER.createParser(bytes, start, length)) {
        return stream(decoder, p);
      } catch (IOException | RuntimeException e) {
        // Giving up is the whole contract of the streaming path: the tree path decides.
        return null;
      }
    }
  }

  /**
   * Runs the streaming decoder over a parser of one line, with the tree path's configuration but
   * for the duplicate-key check: that one (a HashSet per object, a tenth of this path's time) is
   * left to the decoder, which must give up on a repeated field anyway.
   */
  private static <T> T stream(StreamingDecoder<T> decoder, JsonParser p) throws IOException {
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
  }
}
