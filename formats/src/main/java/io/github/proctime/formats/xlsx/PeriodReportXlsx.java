package io.github.proctime.formats.xlsx;

import io.github.proctime.core.report.PeriodReport;
import io.github.proctime.formats.HeaderLanguage;
import io.github.proctime.formats.csv.SpreadsheetCells;
import io.github.proctime.formats.internal.ReportTables;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a period report as an Excel workbook (XLSX): one worksheet each for the figures, the late
 * officials, the late units and the 766 indicator, with Vietnamese headers by default.
 *
 * <p>Numbers are numeric cells (rates formatted as percentages), so offices can sort and sum them;
 * names and codes from the input are neutralised against formula injection ({@link
 * SpreadsheetCells}).
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("report.xlsx"))) {
 *   PeriodReportXlsx.write(report, out, HeaderLanguage.VIETNAMESE);
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PeriodReportXlsx {
  private PeriodReportXlsx() {}

  /**
   * Writes the workbook.
   *
   * @param report the report
   * @param out where to write; finished, not closed
   * @param language the header language
   * @throws IOException if writing fails
   */
  public static void write(PeriodReport report, OutputStream out, HeaderLanguage language)
      throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(language, "language");
    Workbook workbook = new Workbook(out, "proctime", "1.0");
    for (ReportTables.Table table : ReportTables.all(report, language)) {
      Worksheet sheet = workbook.newWorksheet(sheetName(table.title(language)));
      List<String> header = table.header(language);
      for (int c = 0; c < header.size(); c++) {
        sheet.value(0, c, header.get(c));
        sheet.width(c, Math.max(10, Math.min(36, header.get(c).length() + 2)));
      }
      sheet.range(0, 0, 0, header.size() - 1).style().bold().wrapText(true).set();
      sheet.freezePane(0, 1);
      int r = 1;
      for (List<Object> row : table.rows()) {
        for (int c = 0; c < row.size(); c++) {
          Object cell = row.get(c);
          if (cell == null) {
            continue;
          }
          if (cell instanceof Long) {
            sheet.value(r, c, (Long) cell);
          } else if (cell instanceof BigDecimal) {
            sheet.value(r, c, (BigDecimal) cell);
            boolean rate =
                header.get(c).toLowerCase(java.util.Locale.ROOT).contains("rate")
                    || header.get(c).startsWith("Tỷ lệ");
            sheet.style(r, c).format(rate ? "0.0%" : "0.00").set();
          } else {
            String text = cell.toString();
            sheet.value(r, c, table.isInputText(c) ? SpreadsheetCells.neutralise(text) : text);
          }
        }
        r++;
      }
    }
    workbook.finish();
  }

  /** Excel sheet names are at most 31 characters and may not contain []:*?/\. */
  private static String sheetName(String title) {
    String cleaned = title.replaceAll("[\\[\\]:*?/\\\\]", " ");
    return cleaned.length() <= 31 ? cleaned : cleaned.substring(0, 31);
  }
}
