package io.github.proctime.formats.xlsx;

import io.github.proctime.core.Evaluation;
import io.github.proctime.formats.HeaderLanguage;
import io.github.proctime.formats.RecordWriter;
import io.github.proctime.formats.internal.EvaluationXlsxWriter;
import io.github.proctime.formats.internal.Times;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Writes the evaluation summary as an Excel workbook (XLSX): the same columns as {@link
 * io.github.proctime.formats.csv.EvaluationCsv}, Vietnamese headers by default, English on request.
 *
 * <p>One worksheet ("Kết quả", or "Evaluations" in English) with a bold, frozen header row.
 * Instants are real date-time cells in the local time of Asia/Ho_Chi_Minh (or the zone given),
 * formatted {@code yyyy-mm-dd hh:mm:ss}: a spreadsheet cell holds no offset, so the zone is part of
 * the report's contract. Hours are numbers with two decimals; counts are integers. Text cells from
 * the input (codes) are neutralised against formulas ({@link
 * io.github.proctime.formats.csv.SpreadsheetCells}). Rows are flushed to the output every thousand,
 * so a large report is not held in memory. Written with fastexcel.
 *
 * <pre>{@code
 * try (RecordWriter<Evaluation> out = EvaluationXlsx.writer(Files.newOutputStream(path))) {
 *   evaluations.forEach(out::write);
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; the writers it returns are not.
 */
public final class EvaluationXlsx {
  private EvaluationXlsx() {}

  /**
   * Writes a workbook with Vietnamese headers and instants in Asia/Ho_Chi_Minh.
   *
   * @param out the output; closed when the writer is closed
   * @return the writer, having started the worksheet
   */
  public static RecordWriter<Evaluation> writer(OutputStream out) {
    return writer(out, HeaderLanguage.VIETNAMESE, Times.VIETNAM);
  }

  /**
   * Writes a workbook.
   *
   * @param out the output; closed when the writer is closed
   * @param language the language of headers and state labels
   * @param zone the zone whose local time the date-time cells show
   * @return the writer, having started the worksheet
   */
  public static RecordWriter<Evaluation> writer(
      OutputStream out, HeaderLanguage language, ZoneId zone) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(zone, "zone");
    return new EvaluationXlsxWriter(out, language, zone);
  }
}
