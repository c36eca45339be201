package io.github.proctime.formats.internal;

import io.github.proctime.core.DossierState;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.TimelineEvaluation;
import io.github.proctime.formats.HeaderLanguage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The columns of the evaluation summary shared by the CSV and XLSX reports, and the typed value of
 * each cell: text, {@link BigDecimal} hours, {@link Integer} counts, {@link Instant}s, or null.
 */
public final class EvaluationSummary {
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

  /** Whether each column holds text that comes from the input (and so is neutralised). */
  private static final boolean[] INPUT_TEXT = {
    true, true, false, false, false, false, false, false, false, false, false, false, false, false,
    false, false, false
  };

  private EvaluationSummary() {}

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

  /**
   * Tells whether a column holds text from the input, which spreadsheets must not run.
   *
   * @param column the 0-based column
   * @return true for the codes
   */
  public static boolean isInputText(int column) {
    return INPUT_TEXT[column];
  }

  /**
   * The typed cells of one row.
   *
   * @param e the evaluation
   * @param language the language of the state labels
   * @return the cells, null where absent
   */
  public static List<Object> row(Evaluation e, HeaderLanguage language) {
    TimelineEvaluation t = e.occurred();
    return Arrays.asList(
        e.dossierCode(),
        e.procedureCode(),
        state(e.state(), language),
        t.receivedAt(),
        t.clockStart(),
        t.statutoryDue(),
        t.printedAppointment().orElse(null),
        t.rescheduledAppointment().orElse(null),
        t.dueAt(),
        t.endedAt().orElse(null),
        hours(t.elapsed()),
        hours(t.remaining()),
        hours(t.legitimatelyPaused()),
        t.supplementRequests(),
        t.apologies().size(),
        state(e.recorded().state(), language),
        e.findings().size());
  }

  private static String state(DossierState s, HeaderLanguage language) {
    return language == HeaderLanguage.ENGLISH ? s.name() : s.vietnameseLabel();
  }

  /** Working hours with two decimals, negative past due. */
  public static BigDecimal hours(Duration d) {
    return BigDecimal.valueOf(d.toSeconds())
        .divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
  }
}
