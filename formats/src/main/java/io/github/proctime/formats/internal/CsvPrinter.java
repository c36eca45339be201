package io.github.proctime.formats.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 rows: CRLF line ends; a cell is quoted when it holds a comma, quote or line
 * break.
 */
public final class CsvPrinter {
  private final Writer out;

  public CsvPrinter(Writer out) {
    this.out = out;
  }

  /**
   * Writes one row.
   *
   * @param cells the cells, as text
   * @throws IOException if writing fails
   */
  public void row(List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      cell(cells.get(i));
    }
    out.write("\r\n");
  }

  private void cell(String text) throws IOException {
    boolean quote = false;
    for (int i = 0; i < text.length() && !quote; i++) {
      char c = text.charAt(i);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    if (!quote) {
      out.write(text);
      return;
    }
    out.write('"');
    out.write(text.replace("\"", "\"\""));
    out.write('"');
  }

  public void flush() throws IOException {
    out.flush();
  }

  public void close() throws IOException {
    out.close();
  }
}
