package io.github.proctime.formats.internal;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Decodes one record straight from a parser's tokens, for the records it can vouch for, and gives
 * up on every other; {@link NdjsonReader} then decodes the record through the tree path, which
 * alone reports errors.
 *
 * <pre>{@code
 * StreamingDecoder<Dossier> fast = new DossierStreamDecoder();
 * }</pre>
 *
 * <p>An implementation may keep state between records (caches); it is then not thread-safe.
 *
 * @param <T> the record type
 */
@FunctionalInterface
public interface StreamingDecoder<T> {
  /**
   * Decodes the record object whose {@code START_OBJECT} the parser has just read, leaving the
   * parser at the matching {@code END_OBJECT}.
   *
   * <p>It must give up (return null or throw anything) on every input the tree path would reject,
   * and return a record equal to the tree path's on every other. The parser has the tree path's
   * configuration except that it does not reject duplicate keys, which is cheaper done here: the
   * decoder must give up on a field it has seen before in the same object, and must not skip over
   * nested values unchecked (they could hide a duplicate key).
   *
   * @param p the parser
   * @return the record, or null to give up
   * @throws IOException if the parser fails, which also means giving up
   */
  T tryDecode(JsonParser p) throws IOException;

  /**
   * Decodes a whole line of UTF-8 bytes without a parser, for the lines it can vouch for; tried
   * before {@link #tryDecode} when the input is bytes. The same contract holds: give up (return
   * null or throw a {@code RuntimeException}) on every line the tree path would reject, and return
   * a record equal to the tree path's on every other. The bytes are not checked to be UTF-8
   * beforehand: a decoder that accepts non-ASCII bytes must check them. The line sits in a larger
   * buffer whose bytes outside the line belong to other lines or to nothing: the decoder must not
   * accept a line by reading past its end.
   *
   * @param bytes the buffer holding the line
   * @param start where the line starts
   * @param length its length in bytes, without the line end
   * @return the record, or null to give up (the default: no such path, go on to the parser)
   */
  default T tryDecodeUtf8(byte[] bytes, int start, int length) {
    return null;
  }
}
