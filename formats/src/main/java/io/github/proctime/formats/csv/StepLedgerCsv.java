package io.github.proctime.formats.csv;

import io.github.proctime.core.Evaluation;
import io.github.proctime.formats.HeaderLanguage;
import io.github.proctime.formats.RecordWriter;
import io.github.proctime.formats.internal.StepLedgerCsvWriter;
import io.github.proctime.formats.internal.Times;
import java.io.Writer;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Writes the step ledger of evaluations as CSV: one row per holding of each dossier, the shape of
 * the process-control slip (phiếu kiểm soát quá trình giải quyết hồ sơ), Vietnamese headers by
 * default, English on request.
 *
 * <p>Columns (English / Vietnamese): dossier_code / Mã hồ sơ, row / STT (from 1), step_id / Mã
 * bước, step_name / Tên bước, agency / Cơ quan liên thông, handed_over_by / Người giao,
 * handed_over_by_unit / Đơn vị giao, holder_official / Người nhận, holder_unit / Đơn vị nhận,
 * started_at / Thời điểm nhận, due_at / Hạn xử lý của bước, ended_at / Thời điểm hoàn thành,
 * time_used_hours, clock_time_held_hours (the rows of a dossier add up to its elapsed time),
 * overrun_hours (working hours, two decimals), verdict / Kết quả ("Quá hạn" or {@code LATE}). All
 * on the occurred timeline, from {@link io.github.proctime.core.StepRecord}. Text from the input
 * (codes, names, units) is neutralised by {@link SpreadsheetCells}; RFC 4180, CRLF.
 *
 * <pre>{@code
 * try (RecordWriter<Evaluation> out = StepLedgerCsv.writer(writer, HeaderLanguage.VIETNAMESE)) {
 *   evaluations.forEach(out::write);
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; the writers it returns are not.
 */
public final class StepLedgerCsv {
  private StepLedgerCsv() {}

  /**
   * The header row in a language.
   *
   * @param language the language
   * @return the column names, in order
   */
  public static List<String> header(HeaderLanguage language) {
    Objects.requireNonNull(language, "language");
    return StepLedgerCsvWriter.header(language);
  }

  /**
   * Writes the ledger with instants at the offset of Asia/Ho_Chi_Minh.
   *
   * @param out the output; closed when the writer is closed
   * @param language the language of headers and verdicts
   * @return the writer, having written the header row
   */
  public static RecordWriter<Evaluation> writer(Writer out, HeaderLanguage language) {
    return writer(out, language, Times.VIETNAM);
  }

  /**
   * Writes the ledger with instants at the offset of a given zone.
   *
   * @param out the output; closed when the writer is closed
   * @param language the language of headers and verdicts
   * @param zone the zone whose offset is printed with each instant
   * @return the writer, having written the header row
   */
  public static RecordWriter<Evaluation> writer(Writer out, HeaderLanguage language, ZoneId zone) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(zone, "zone");
    return new StepLedgerCsvWriter(out, language, zone);
  }
}
