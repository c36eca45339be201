package io.github.proctime.formats.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Arrays;

/**
 * The lines of an NDJSON input as {@link NdjsonReader} takes them: chars from a {@link Reader}
 * (split by {@link LineBuffer}) or UTF-8 bytes from an {@link InputStream} (split by {@link
 * ByteLineBuffer}), the same lines either way.
 *
 * <p>The current line is decoded in place; for decoding on other threads, lines are copied into a
 * {@link Batch}, which owns its copies.
 *
 * <pre>{@code
 * NdjsonInput input = NdjsonInput.of(inputStream);
 * while (input.next()) {
 *   decode(input.line());
 * }
 * }</pre>
 *
 * <p>Not thread-safe; a filled batch may be handed to another thread (with a happens-before edge,
 * such as an executor's).
 */
abstract class NdjsonInput implements Closeable {
  /** The first size of the line buffer: a header and a typical dossier line (about 2 Ki chars). */
  private static final int INITIAL_BUFFER = 1 << 12;

  /** At most this many lines in a batch. */
  static final int BATCH_LINES = 512;

  /** A batch takes no more lines once it holds this many chars or bytes (256 Ki). */
  static final int BATCH_UNITS = 1 << 18;

  private NdjsonInput() {}

  static NdjsonInput of(Reader in) {
    return new Chars(in);
  }

  static NdjsonInput of(InputStream in) {
    return new Bytes(in);
  }

  /**
   * Moves to the next line.
   *
   * @return false at the end of the input
   * @throws IOException if reading fails
   */
  abstract boolean next() throws IOException;

  /**
   * The current line, valid until the next call of {@link #next}.
   *
   * @return the line
   */
  abstract NdjsonLine line();

  /**
   * A new, empty batch for copies of this input's lines.
   *
   * @param maxLines the most lines it takes, at least 1
   * @return the batch
   */
  abstract Batch newBatch(int maxLines);

  /** Copies of consecutive lines, decodable on any thread. */
  abstract static class Batch {
    int size;
    int used;
    final int[] ends;

    Batch(int maxLines) {
      this.ends = new int[Math.max(1, maxLines)];
    }

    /** Empties the batch for reuse. */
    final void clear() {
      size = 0;
      used = 0;
    }

    /**
     * Whether the batch takes no more lines.
     *
     * @return true if full
     */
    final boolean isFull() {
      return size == ends.length || used >= BATCH_UNITS;
    }

    final int start(int i) {
      return i == 0 ? 0 : ends[i - 1];
    }

    /** Copies the input's current line to the end of the batch, which must not be full. */
    abstract void add();

    /**
     * A line of the batch.
     *
     * @param i its index, from 0
     * @return the line, valid until the batch is cleared
     */
    abstract NdjsonLine line(int i);
  }

  private static final class Chars extends NdjsonInput {
    private final LineBuffer lines;

    Chars(Reader in) {
      this.lines = new LineBuffer(in, INITIAL_BUFFER);
    }

    @Override
    boolean next() throws IOException {
      return lines.next();
    }

    @Override
    NdjsonLine line() {
      return new NdjsonLine.OfChars(lines.chars(), lines.start(), lines.length());
    }

    @Override
    Batch newBatch(int maxLines) {
      return new Batch(maxLines) {
        private char[] chars = new char[BATCH_UNITS + INITIAL_BUFFER];

        @Override
        void add() {
          int length = lines.length();
          if (used + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + length));
          }
          System.arraycopy(lines.chars(), lines.start(), chars, used, length);
          used += length;
          ends[size++] = used;
        }

        @Override
        NdjsonLine line(int i) {
          return new NdjsonLine.OfChars(chars, start(i), ends[i] - start(i));
        }
      };
    }

    @Override
    public void close() throws IOException {
      lines.close();
    }
  }

  private static final class Bytes extends NdjsonInput {
    private final ByteLineBuffer lines;

    Bytes(InputStream in) {
      this.lines = new ByteLineBuffer(in, INITIAL_BUFFER);
    }

    @Override
    boolean next() throws IOException {
      return lines.next();
    }

    @Override
    NdjsonLine line() {
      return new NdjsonLine.OfBytes(lines.bytes(), lines.start(), lines.length());
    }

    @Override
    Batch newBatch(int maxLines) {
      return new Batch(maxLines) {
        private byte[] bytes = new byte[BATCH_UNITS + INITIAL_BUFFER];

        @Override
        void add() {
          int length = lines.length();
          if (used + length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + length));
          }
          System.arraycopy(lines.bytes(), lines.start(), bytes, used, length);
          used += length;
          ends[size++] = used;
        }

        @Override
        NdjsonLine line(int i) {
          return new NdjsonLine.OfBytes(bytes, start(i), ends[i] - start(i));
        }
      };
    }

    @Override
    public void close() throws IOException {
      lines.close();
    }
  }
}
