package io.github.proctime.formats.internal;

import io.github.proctime.core.Evaluation;
import io.github.proctime.core.StepRecord;
import io.github.proctime.core.Verdict;
import io.github.proctime.formats.HeaderLanguage;
import io.github.proctime.formats.RecordWriter;
import io.github.proctime.formats.csv.SpreadsheetCells;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Writes one row per step of each evaluation's ledger, on the occurred timeline. */
public final class StepLedgerCsvWriter implements RecordWriter<Evaluation> {
  /** English header, Vietnamese header. */
  private static final String[][] COLUMNS = {
    {"dossier_code", "Mã hồ sơ"},
    {"row", "STT"},
    {"step_id", "Mã bước"},
    {"step_name", "Tên bước"},
    {"agency", "Cơ quan liên thông"},
    {"handed_over_by", "Người giao"},
    {"handed_over_by_unit", "Đơn vị giao"},
    {"holder_official", "Người nhận"},
    {"holder_unit", "Đơn vị nhận"},
    {"started_at", "Thời điểm nhận"},
    {"due_at", "Hạn xử lý của bước"},
    {"ended_at", "Thời điểm hoàn thành"},
    {"time_used_hours", "Thời gian xử lý (giờ làm việc)"},
    {"clock_time_held_hours", "Thời gian giữ hồ sơ (giờ làm việc)"},
    {"overrun_hours", "Thời gian quá hạn (giờ làm việc)"},
    {"verdict", "Kết quả"}
  };

  private final CsvPrinter printer;
  private final HeaderLanguage language;
  private final ZoneId zone;
  private boolean closed;

  public StepLedgerCsvWriter(Writer out, HeaderLanguage language, ZoneId zone) {
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
    try {
      for (StepRecord s : e.occurred().steps()) {
        printer.row(
            List.of(
                SpreadsheetCells.neutralise(e.dossierCode()),
                String.valueOf(s.index() + 1),
                text(s.stepId()),
                text(s.stepName()),
                text(s.agency()),
                text(s.handedOverBy()),
                text(s.handedOverByUnit()),
                text(s.holderOfficial()),
                text(s.holderUnit()),
                Times.printOffsetDateTime(s.startedAt(), zone),
                instant(s.dueAt()),
                instant(s.endedAt()),
                EvaluationSummary.hours(s.timeUsed()).toPlainString(),
                EvaluationSummary.hours(s.clockTimeHeld()).toPlainString(),
                EvaluationSummary.hours(s.overrun()).toPlainString(),
                s.verdict().map(this::verdict).orElse("")));
      }
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

  private String verdict(Verdict v) {
    return language == HeaderLanguage.ENGLISH ? v.name() : v.vietnameseLabel();
  }

  private static String text(Optional<String> value) {
    return value.map(SpreadsheetCells::neutralise).orElse("");
  }

  private String instant(Optional<Instant> value) {
    return value.map(i -> Times.printOffsetDateTime(i, zone)).orElse("");
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
