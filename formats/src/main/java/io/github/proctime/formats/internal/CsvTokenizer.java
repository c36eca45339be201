package io.github.proctime.formats.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 text into rows of cells, tracking the physical line where each row starts.
 *
 * <p>Rows end with CRLF, LF or CR. A quoted cell may hold commas, quotes (doubled) and line breaks.
 * A quote inside an unquoted cell, or text after a closing quote, is a syntax error that skips the
 * rest of the physical line; a quote left open at the end of the input cannot be recovered from. A
 * UTF-8 byte-order mark at the very start is dropped.
 */
public final class CsvTokenizer {
  private final Reader in;
  private final char[] buffer = new char[1 << 16];
  private int pos;
  private int limit;
  private long line = 1;
  private boolean started;

  /** A row: its cells and the line on which it starts. */
  public record Row(List<String> cells, long line) {}

  /** A syntax error at a line and 1-based cell. */
  public static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;
    private final long line;
    private final int cell;
    private final boolean recoverable;

    SyntaxError(String message, long line, int cell, boolean recoverable) {
      super(message);
      this.line = line;
      this.cell = cell;
      this.recoverable = recoverable;
    }

    public long line() {
      return line;
    }

    public int cell() {
      return cell;
    }

    public boolean isRecoverable() {
      return recoverable;
    }
  }

  public CsvTokenizer(Reader in) {
    this.in = in;
  }

  private int peek() throws IOException {
    if (pos == limit) {
      limit = in.read(buffer, 0, buffer.length);
      pos = 0;
      if (limit <= 0) {
        limit = 0;
        return -1;
      }
    }
    return buffer[pos];
  }

  private int read() throws IOException {
    int c = peek();
    if (c >= 0) {
      pos++;
    }
    return c;
  }

  /** Consumes a line break whose first character was already read; counts the line. */
  private void endOfLine(int c) throws IOException {
    if (c == '\r' && peek() == '\n') {
      pos++;
    }
    line++;
  }

  /**
   * Reads the next row.
   *
   * @return the row, or null at the end of the input
   * @throws SyntaxError if the row breaks RFC 4180
   * @throws IOException if reading fails
   */
  public Row next() throws SyntaxError, IOException {
    if (!started) {
      started = true;
      if (peek() == '\uFEFF') {
        pos++;
      }
    }
    if (peek() < 0) {
      return null;
    }
    long start = line;
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    while (true) {
      int c = read();
      if (c == '"' && cell.length() == 0) {
        readQuoted(cell, start, cells.size() + 1);
        int after = read();
        if (after == ',') {
          cells.add(cell.toString());
          cell.setLength(0);
          continue;
        }
        if (after == '\r' || after == '\n' || after < 0) {
          cells.add(cell.toString());
          if (after >= 0) {
            endOfLine(after);
          }
          return new Row(cells, start);
        }
        long at = line;
        skipLine();
        throw new SyntaxError(
            "text after a closing quote (a quote inside a quoted cell must be doubled)",
            at,
            cells.size() + 1,
            true);
      }
      if (c == '"') {
        long at = line;
        skipLine();
        throw new SyntaxError(
            "a quote inside an unquoted cell (quote the whole cell and double the quote)",
            at,
            cells.size() + 1,
            true);
      }
      if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' || c == '\n' || c < 0) {
        cells.add(cell.toString());
        if (c >= 0) {
          endOfLine(c);
        }
        return new Row(cells, start);
      } else {
        cell.append((char) c);
      }
    }
  }

  private void readQuoted(StringBuilder cell, long start, int cellIndex)
      throws SyntaxError, IOException {
    while (true) {
      int c = read();
      if (c < 0) {
        throw new SyntaxError(
            "a quoted cell opened on line " + start + " is never closed", start, cellIndex, false);
      }
      if (c == '"') {
        if (peek() == '"') {
          pos++;
          cell.append('"');
        } else {
          return;
        }
      } else {
        if (c == '\n' || (c == '\r' && peek() != '\n')) {
          line++;
        }
        cell.append((char) c);
      }
    }
  }

  private void skipLine() throws IOException {
    while (true) {
      int c = read();
      if (c < 0) {
        return;
      }
      if (c == '\r' || c == '\n') {
        endOfLine(c);
        return;
      }
    }
  }
}
