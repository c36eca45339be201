package io.github.proctime.formats.internal;

import io.github.proctime.core.Evaluation;
import io.github.proctime.formats.HeaderLanguage;
import io.github.proctime.formats.RecordWriter;
import io.github.proctime.formats.csv.SpreadsheetCells;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes the evaluation summary as one worksheet, flushing rows as it goes. */
public final class EvaluationXlsxWriter implements RecordWriter<Evaluation> {
  /** Rows kept in memory before they are flushed to the output. */
  private static final int FLUSH_EVERY = 1000;

  private static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

  private final OutputStream out;
  private final Workbook workbook;
  private final Worksheet sheet;
  private final HeaderLanguage language;
  private final ZoneId zone;
  private int row = 1;
  private boolean closed;

  public EvaluationXlsxWriter(OutputStream out, HeaderLanguage language, ZoneId zone) {
    this.out = out;
    this.language = language;
    this.zone = zone;
    this.workbook = new Workbook(out, "proctime", "1.0");
    this.sheet =
        workbook.newWorksheet(language == HeaderLanguage.ENGLISH ? "Evaluations" : "Kết quả");
    List<String> header = EvaluationSummary.header(language);
    for (int c = 0; c < header.size(); c++) {
      sheet.value(0, c, header.get(c));
      sheet.width(c, Math.max(12, Math.min(40, header.get(c).length() + 2)));
    }
    sheet.range(0, 0, 0, header.size() - 1).style().bold().wrapText(true).set();
    sheet.freezePane(0, 1);
  }

  @Override
  public void write(Evaluation e) {
    Objects.requireNonNull(e, "record");
    if (closed) {
      throw new IllegalStateException("The writer is closed");
    }
    List<Object> cells = EvaluationSummary.row(e, language);
    for (int c = 0; c < cells.size(); c++) {
      Object cell = cells.get(c);
      if (cell == null) {
        continue;
      }
      if (cell instanceof Instant) {
        sheet.value(row, c, LocalDateTime.ofInstant((Instant) cell, zone));
        sheet.style(row, c).format(DATE_TIME_FORMAT).set();
      } else if (cell instanceof BigDecimal) {
        sheet.value(row, c, (BigDecimal) cell);
        sheet.style(row, c).format("0.00").set();
      } else if (cell instanceof Integer) {
        sheet.value(row, c, (Integer) cell);
      } else {
        String text = cell.toString();
        sheet.value(
            row, c, EvaluationSummary.isInputText(c) ? SpreadsheetCells.neutralise(text) : text);
      }
    }
    row++;
    if (row % FLUSH_EVERY == 0) {
      try {
        sheet.flush();
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      sheet.finish();
      workbook.finish();
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
