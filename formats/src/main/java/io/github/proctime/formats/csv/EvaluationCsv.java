package io.github.proctime.formats.csv;

import io.github.proctime.core.Evaluation;
import io.github.proctime.formats.HeaderLanguage;
import io.github.proctime.formats.RecordWriter;
import io.github.proctime.formats.internal.EvaluationCsvWriter;
import io.github.proctime.formats.internal.EvaluationSummary;
import io.github.proctime.formats.internal.Times;
import java.io.Writer;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Writes a CSV summary of evaluations for offices: one row per dossier, Vietnamese column headers
 * by default, English on request.
 *
 * <p>Columns, in order (English name / Vietnamese header): dossier_code / Mã hồ sơ, procedure_code
 * / Mã thủ tục hành chính, state / Trạng thái, received_at / Thời điểm tiếp nhận, clock_start /
 * Thời điểm bắt đầu tính thời hạn, statutory_due / Hạn giải quyết theo quy định,
 * printed_appointment / Ngày hẹn trả kết quả, rescheduled_appointment / Ngày hẹn lại, due_at / Hạn
 * giải quyết, ended_at / Thời điểm kết thúc xử lý, elapsed_hours, remaining_hours, paused_hours
 * (working hours, two decimals, negative remaining when past due), supplement_requests, apologies,
 * state_on_record / Trạng thái theo thời điểm ghi nhận, findings (their count). All values are on
 * the occurred timeline except state_on_record. States are the Vietnamese labels with Vietnamese
 * headers ("Đúng hạn") and the enum names with English ones ({@code FINISHED_ON_TIME}). Instants
 * are ISO-8601 with an offset.
 *
 * <p>The text is RFC 4180 with CRLF line ends. Text cells that come from the input (codes) are
 * neutralised by {@link SpreadsheetCells} so that a spreadsheet never runs them as formulas; the
 * numbers and instants written here are not text from the input and are left as they are. No
 * byte-order mark is written: a caller targeting a spreadsheet program that needs one to detect
 * UTF-8 writes {@code \uFEFF} first.
 *
 * <pre>{@code
 * try (RecordWriter<Evaluation> out = EvaluationCsv.writer(writer, HeaderLanguage.VIETNAMESE)) {
 *   evaluations.forEach(out::write);
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; the writers it returns are not.
 */
public final class EvaluationCsv {
  private EvaluationCsv() {}

  /**
   * The header row in a language.
   *
   * @param language the language
   * @return the column names, in order
   */
  public static List<String> header(HeaderLanguage language) {
    Objects.requireNonNull(language, "language");
    return EvaluationSummary.header(language);
  }

  /**
   * Writes the summary with instants at the offset of Asia/Ho_Chi_Minh.
   *
   * @param out the output; closed when the writer is closed
   * @param language the language of headers and state labels
   * @return the writer, having written the header row
   */
  public static RecordWriter<Evaluation> writer(Writer out, HeaderLanguage language) {
    return writer(out, language, Times.VIETNAM);
  }

  /**
   * Writes the summary with instants at the offset of a given zone.
   *
   * @param out the output; closed when the writer is closed
   * @param language the language of headers and state labels
   * @param zone the zone whose offset is printed with each instant
   * @return the writer, having written the header row
   */
  public static RecordWriter<Evaluation> writer(Writer out, HeaderLanguage language, ZoneId zone) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(zone, "zone");
    return new EvaluationCsvWriter(out, language, zone);
  }
}
