package io.github.proctime.formats.internal;

import io.github.proctime.core.DossierState;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.TimelineEvaluation;
import io.github.proctime.formats.HeaderLanguage;
import io.github.proctime.formats.RecordWriter;
import io.github.proctime.formats.csv.SpreadsheetCells;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Writes one summary row per evaluation, with Vietnamese or English headers. */
public final class EvaluationCsvWriter implements RecordWriter<Evaluation> {
  /** English header, Vietnamese header. */
  private static final String[][] COLUMNS = {
    {"dossier_code", "Mã hồ sơ"},
    {"procedure_code", "Mã thủ tục hành chính"},
    {"state", "Trạng thái"},
    {"received_at", "Thời điểm tiếp nhận"},
    {"clock_start", "Thời điểm bắt đầu tính thời hạn"},
    {"statutory_due", "Hạn giải quyết theo quy định"},
    {"printed_appointment", "Ngày hẹn trả kết quả"},
    {"rescheduled_appointment", "Ngày hẹn lại"},
    {"due_at", "Hạn giải quyết"},
    {"ended_at", "Thời điểm kết thúc xử lý"},
    {"elapsed_hours", "Thời gian đã xử lý (giờ làm việc)"},
    {"remaining_hours", "Thời gian còn lại (giờ làm việc)"},
    {"paused_hours", "Thời gian tạm dừng hợp lệ (giờ làm việc)"},
    {"supplement_requests", "Số lần yêu cầu bổ sung"},
    {"apologies", "Số lần xin lỗi"},
    {"state_on_record", "Trạng thái theo thời điểm ghi nhận"},
    {"findings", "Số phát hiện bất thường"}
  };

  private final CsvPrinter printer;
  private final HeaderLanguage language;
  private final ZoneId zone;
  private boolean closed;

  public EvaluationCsvWriter(Writer out, HeaderLanguage language, ZoneId zone) {
    this.printer = new CsvPrinter(out);
    this.language = language;
    this.zone = zone;
    try {
      printer.row(header(language));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The header row in a language.
   *
   * @param language the language
   * @return the column names
   */
  public static List<String> header(HeaderLanguage language) {
    List<String> out = new ArrayList<>();
    for (String[] c : COLUMNS) {
      out.add(language == HeaderLanguage.ENGLISH ? c[0] : c[1]);
    }
    return List.copyOf(out);
  }

  @Override
  public void write(Evaluation e) {
    Objects.requireNonNull(e, "record");
    if (closed) {
      throw new IllegalStateException("The writer is closed");
    }
    TimelineEvaluation t = e.occurred();
    try {
      printer.row(
          List.of(
              SpreadsheetCells.neutralise(e.dossierCode()),
              SpreadsheetCells.neutralise(e.procedureCode()),
              state(e.state()),
              instant(t.receivedAt()),
              instant(t.clockStart()),
              instant(t.statutoryDue()),
              instant(t.printedAppointment()),
              instant(t.rescheduledAppointment()),
              instant(t.dueAt()),
              instant(t.endedAt()),
              hours(t.elapsed()),
              hours(t.remaining()),
              hours(t.legitimatelyPaused()),
              String.valueOf(t.supplementRequests()),
              String.valueOf(t.apologies().size()),
              state(e.recorded().state()),
              String.valueOf(e.findings().size())));
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

  private String state(DossierState s) {
    return language == HeaderLanguage.ENGLISH ? s.name() : s.vietnameseLabel();
  }

  private String instant(Instant i) {
    return Times.printOffsetDateTime(i, zone);
  }

  private String instant(Optional<Instant> i) {
    return i.map(this::instant).orElse("");
  }

  /** Working hours with two decimals, '.' as separator; negative past due. */
  static String hours(Duration d) {
    return BigDecimal.valueOf(d.toSeconds())
        .divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP)
        .toPlainString();
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
