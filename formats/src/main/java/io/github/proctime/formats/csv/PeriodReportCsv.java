package io.github.proctime.formats.csv;

import io.github.proctime.core.report.PeriodReport;
import io.github.proctime.formats.HeaderLanguage;
import io.github.proctime.formats.internal.CsvPrinter;
import io.github.proctime.formats.internal.ReportTables;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes a period report as CSV (RFC 4180), one table per file: the figures of every group, the
 * late officials, the late units or the 766 indicator.
 *
 * <p>Headers are Vietnamese by default ("Tồn kỳ trước chuyển sang", "Trước hạn", ...) and English
 * snake_case names on request. Rates are fractions with four decimals, days and hours have two; an
 * empty cell is a figure that does not exist (a rate over no dossier). Names and codes from the
 * input are neutralised against formula injection ({@link SpreadsheetCells}).
 *
 * <pre>{@code
 * PeriodReportCsv.write(report, PeriodReportCsv.Table.LATE_OFFICIALS, writer, HeaderLanguage.VIETNAMESE);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PeriodReportCsv {
  /** The tables a period report is written as. */
  public enum Table {
    /** Figures of the province, each unit, procedure and official. */
    FIGURES,
    /** The late officials, worst first. */
    LATE_OFFICIALS,
    /** The late units, worst first. */
    LATE_UNITS,
    /** The 766 indicator 2.1. */
    INDICATOR_766
  }

  private PeriodReportCsv() {}

  /**
   * Writes one table of a report.
   *
   * @param report the report
   * @param table which table
   * @param out where to write; flushed, not closed
   * @param language the header language
   * @throws IOException if writing fails
   */
  public static void write(PeriodReport report, Table table, Writer out, HeaderLanguage language)
      throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(language, "language");
    ReportTables.Table t =
        switch (table) {
          case FIGURES -> ReportTables.figures(report, language);
          case LATE_OFFICIALS -> ReportTables.late(report, true);
          case LATE_UNITS -> ReportTables.late(report, false);
          case INDICATOR_766 -> ReportTables.indicator766(report);
        };
    CsvPrinter printer = new CsvPrinter(out);
    printer.row(t.header(language));
    for (List<Object> row : t.rows()) {
      List<String> cells = new ArrayList<>(row.size());
      for (int c = 0; c < row.size(); c++) {
        Object cell = row.get(c);
        String text =
            cell == null
                ? ""
                : cell instanceof BigDecimal
                    ? ((BigDecimal) cell).toPlainString()
                    : cell.toString();
        cells.add(t.isInputText(c) ? SpreadsheetCells.neutralise(text) : text);
      }
      printer.row(cells);
    }
    printer.flush();
  }

  /**
   * The file-name stem of a table, such as {@code late_officials}.
   *
   * @param table the table
   * @return the stem
   */
  public static String fileStem(Table table) {
    return table.name().toLowerCase(Locale.ROOT);
  }
}
