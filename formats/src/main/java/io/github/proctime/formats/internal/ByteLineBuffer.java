package io.github.proctime.formats.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines as {@link LineBuffer} splits a character stream, leaving each
 * line's bytes in its own buffer.
 *
 * <p>A line ends with the byte {@code \n}, {@code \r} or {@code \r\n}, and the last line needs no
 * end. In UTF-8 these bytes occur only as those characters (every byte of a multi-byte sequence is
 * 0x80 or more), so the lines are those of {@code BufferedReader.readLine} over the decoded text,
 * with the same line numbers; and as a malformed sequence is decoded or rejected within its line,
 * even an input that is not UTF-8 splits into the same lines. No byte order mark is skipped: it is
 * part of the first line, as {@link java.io.InputStreamReader} leaves U+FEFF in the text.
 *
 * <pre>{@code
 * ByteLineBuffer lines = new ByteLineBuffer(in, 8192);
 * while (lines.next()) {
 *   parse(lines.bytes(), lines.start(), lines.length());
 * }
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class ByteLineBuffer implements Closeable {
  /** As in {@link LineBuffer}: the size up to which the buffer doubles while the input goes on. */
  private static final int CHUNK_BYTES = 1 << 16;

  private static final long LINE_FEEDS = Swar.repeated('\n');
  private static final long CARRIAGE_RETURNS = Swar.repeated('\r');

  private final InputStream in;
  private byte[] buffer;
  private int position;
  private int limit;
  private int lineStart;
  private int lineEnd;
  private boolean skipLineFeed;
  private boolean endOfInput;
  private long bytesRead;

  /**
   * Creates the line buffer.
   *
   * @param in the input, read in chunks of up to the buffer's free space
   * @param initialCapacity the buffer's first size in bytes; it doubles at every read once the
   *     input is longer, up to 64 KiB, and beyond while a line does not fit
   */
  public ByteLineBuffer(InputStream in, int initialCapacity) {
    this.in = in;
    this.buffer = new byte[Math.max(initialCapacity, 16)];
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
      byte[] b = buffer;
      for (int i = position + scanned; i < limit; ) {
        // Eight bytes at a time while none of them can be a line end.
        if (i + 8 <= limit && !holdsLineEnd(Swar.word(b, i))) {
          i += 8;
          continue;
        }
        byte c = b[i];
        if (c == '\n' || c == '\r') {
          lineStart = position;
          lineEnd = i;
          position = i + 1;
          skipLineFeed = c == '\r';
          return true;
        }
        i++;
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
   * Whether eight bytes hold a {@code \n} or {@code \r} (which byte it is, the caller finds one by
   * one).
   */
  private static boolean holdsLineEnd(long word) {
    return (Swar.equalTo(word, LINE_FEEDS) | Swar.equalTo(word, CARRIAGE_RETURNS)) != 0;
  }

  /**
   * Moves the unread bytes to the front of the buffer, growing it when they fill it, and reads
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
    if (limit == buffer.length || (bytesRead >= buffer.length && buffer.length < CHUNK_BYTES)) {
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
    bytesRead += n;
    return true;
  }

  /**
   * The buffer holding the current line; valid until the next call of {@link #next}.
   *
   * @return the buffer
   */
  public byte[] bytes() {
    return buffer;
  }

  /**
   * Where the current line starts in {@link #bytes}.
   *
   * @return the offset
   */
  public int start() {
    return lineStart;
  }

  /**
   * The length of the current line in bytes, without its line end.
   *
   * @return the number of bytes
   */
  public int length() {
    return lineEnd - lineStart;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
