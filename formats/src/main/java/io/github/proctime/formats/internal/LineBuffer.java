package io.github.proctime.formats.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Splits a character stream into lines exactly as {@link java.io.BufferedReader#readLine} does, but
 * leaves each line in its own buffer instead of copying it into a String.
 *
 * <p>A line ends with {@code \n}, {@code \r} or {@code \r\n}, and the last line needs no end; so
 * the line numbers of every reader built on this one are those of {@code readLine}. The NDJSON
 * reader parses the characters in place and makes a String only when a line must go through the
 * tree path. The buffer grows to hold the longest line, so memory is one line plus one read chunk.
 *
 * <pre>{@code
 * LineBuffer lines = new LineBuffer(reader, 8192);
 * while (lines.next()) {
 *   parse(lines.chars(), lines.start(), lines.length());
 * }
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class LineBuffer implements Closeable {
  private final Reader in;
  private char[] buffer;
  private int position;
  private int limit;
  private int lineStart;
  private int lineEnd;
  private boolean skipLineFeed;
  private boolean endOfInput;
  private long charsRead;

  /**
   * The size up to which the buffer doubles at every read once the input has given more than the
   * buffer holds, so that a short input costs little to set up and a long one is soon read in large
   * chunks.
   */
  private static final int CHUNK_CHARS = 1 << 16;

  /**
   * Creates the line buffer.
   *
   * @param in the input, read in chunks of up to the buffer's free space
   * @param initialCapacity the buffer's first size in chars; it doubles at every read once the
   *     input is longer, up to 64 Ki chars, and beyond while a line does not fit
   */
  public LineBuffer(Reader in, int initialCapacity) {
    this.in = in;
    this.buffer = new char[Math.max(initialCapacity, 16)];
  }

  /**
   * Moves to the next line.
   *
   * @return false at the end of the input
   * @throws IOException if reading fails
   */
  public boolean next() throws IOException {
    if (skipLineFeed) {
      // A \r ended the previous line: a \n right after it belongs to the same line end.
      if (position == limit && !fill()) {
        return false;
      }
      if (buffer[position] == '\n') {
        position++;
      }
      skipLineFeed = false;
    }
    int scanned = 0;
    while (true) {
      for (int i = position + scanned; i < limit; i++) {
        char c = buffer[i];
        if (c == '\n' || c == '\r') {
          lineStart = position;
          lineEnd = i;
          position = i + 1;
          skipLineFeed = c == '\r';
          return true;
        }
      }
      scanned = limit - position;
      if (!fill()) {
        if (scanned == 0) {
          return false;
        }
        lineStart = position;
        lineEnd = limit;
        position = limit;
        return true;
      }
    }
  }

  /**
   * Moves the unread chars to the front of the buffer, growing it when they fill it, and reads
   * more.
   *
   * @return false if the input has ended and nothing was read
   */
  private boolean fill() throws IOException {
    if (endOfInput) {
      return false;
    }
    int unread = limit - position;
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, unread);
      position = 0;
      limit = unread;
    }
    if (limit == buffer.length || (charsRead >= buffer.length && buffer.length < CHUNK_CHARS)) {
      buffer = Arrays.copyOf(buffer, buffer.length * 2);
    }
    int free = buffer.length - limit;
    int n;
    do {
      n = in.read(buffer, limit, free);
    } while (n == 0);
    if (n < 0) {
      endOfInput = true;
      return false;
    }
    limit += n;
    charsRead += n;
    return true;
  }

  /**
   * The buffer holding the current line; valid until the next call of {@link #next}.
   *
   * @return the buffer
   */
  public char[] chars() {
    return buffer;
  }

  /**
   * Where the current line starts in {@link #chars}.
   *
   * @return the offset
   */
  public int start() {
    return lineStart;
  }

  /**
   * The length of the current line, without its line end.
   *
   * @return the number of chars
   */
  public int length() {
    return lineEnd - lineStart;
  }

  /**
   * The current line as a String, as {@code readLine} would have returned it.
   *
   * @return the line
   */
  public String text() {
    return new String(buffer, lineStart, lineEnd - lineStart);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
