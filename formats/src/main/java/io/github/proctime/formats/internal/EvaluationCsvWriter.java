package io.github.proctime.formats.internal;

import io.github.proctime.core.Evaluation;
import io.github.proctime.formats.HeaderLanguage;
import io.github.proctime.formats.RecordWriter;
import io.github.proctime.formats.csv.SpreadsheetCells;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Writes one summary row per evaluation, with Vietnamese or English headers. */
public final class EvaluationCsvWriter implements RecordWriter<Evaluation> {
  private final CsvPrinter printer;
  private final HeaderLanguage language;
  private final ZoneId zone;
  private boolean closed;

  public EvaluationCsvWriter(Writer out, HeaderLanguage language, ZoneId zone) {
    this.printer = new CsvPrinter(out);
    this.language = language;
    this.zone = zone;
    try {
      printer.row(EvaluationSummary.header(language));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void write(Evaluation e) {
    Objects.requireNonNull(e, "record");
    if (closed) {
      throw new IllegalStateException("The writer is closed");
    }
    List<Object> cells = EvaluationSummary.row(e, language);
    List<String> texts = new ArrayList<>(cells.size());
    for (int i = 0; i < cells.size(); i++) {
      Object cell = cells.get(i);
      String text;
      if (cell == null) {
        text = "";
      } else if (cell instanceof Instant) {
        text = Times.printOffsetDateTime((Instant) cell, zone);
      } else if (cell instanceof BigDecimal) {
        text = ((BigDecimal) cell).toPlainString();
      } else {
        text = cell.toString();
      }
      texts.add(EvaluationSummary.isInputText(i) ? SpreadsheetCells.neutralise(text) : text);
    }
    try {
      printer.row(texts);
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      printer.flush();
      printer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
