package io.github.proctime.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs every embedding example's {@code main} and checks what it prints. */
class EmbeddingExamplesTest {
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private PrintStream original;

  @BeforeEach
  void capture() {
    original = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(original);
  }

  private String output() {
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void quickStartCountsFromTheFirstWorkingDayAfterTet() throws Exception {
    QuickStart.main(new String[0]);
    String out = output();
    assertTrue(out.startsWith("2025-02-05T10:00:00Z IN_PROGRESS_OVERDUE Đang xử lý quá hạn"), out);
    assertTrue(out.contains("IN_PROGRESS_OVERDUE Đang xử lý quá hạn"), out);
    assertTrue(out.contains("Received after the intake cut-off 15:00"), out);
    assertTrue(out.contains("Tết Nguyên đán"), out);
  }

  @Test
  void receiptAppointmentSkipsTheTetClosure() throws Exception {
    ReceiptAppointment.main(new String[0]);
    String out = output();
    assertTrue(out.startsWith("Thời gian trả kết quả giải quyết hồ sơ: "), out);
    assertTrue(out.contains("tháng 02 năm 2025"), out);
    assertTrue(out.matches("(?s).*Skipped 2025-01-27 \\w+ \\(Ngày lễ, tết: Tết Nguyên đán.*"), out);
  }

  @Test
  void nightlyJobWarnsAndDraftsApologies() throws Exception {
    NightlyJob.main(new String[0]);
    String out = output();
    assertTrue(out.contains("DỰ THẢO XIN LỖI"), out);
    assertTrue(
        out.matches(
            "(?s).*\\d+ open dossiers as of 22/01/2025 17:00: \\d+ due soon, [1-9]\\d* apology drafts.*"),
        out);
  }

  @Test
  void scheduleAndOverlayChangeTheAnswers() throws Exception {
    ScheduleAndOverlay.main(new String[0]);
    String out = output();
    assertTrue(out.contains("statutory rules only:        2026-01-02 WORKING"), out);
    assertTrue(out.contains("2026-01-02 SWAPPED_DAY_OFF"), out);
    assertTrue(out.contains("2026-01-10 MAKE_UP_WORKING_DAY"), out);
    assertTrue(out.contains("national 2025-09-10, province 2025-09-11"), out);
    assertTrue(out.contains("counts toward deadlines: false"), out);
  }

  @Test
  void monthlyReportFromACsvEventLog(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    MonthlyReportFromCsv.main(new String[] {dir.toString()});
    String out = output();
    assertTrue(out.contains("3000 read, 3000 accepted, 0 rejected"), out);
    assertTrue(out.matches("(?s).*on-time rate \\d+\\.\\d%.*score \\d+\\.\\d\\d / 20.*"), out);
    assertTrue(out.contains("late official: "), out);
    assertTrue(
        java.nio.file.Files.readString(dir.resolve("bao-cao-2025-01.csv"))
            .startsWith("Phân loại,\"Đơn vị, cán bộ, thủ tục\",Tồn kỳ trước chuyển sang"),
        out);
  }

  /**
   * The README shows exactly the code of {@link QuickStart}, which this suite compiles and runs.
   */
  @Test
  void theReadmeQuickStartIsTheCompiledExample() throws Exception {
    java.nio.file.Path root = java.nio.file.Path.of("..").toAbsolutePath().normalize();
    String readme = java.nio.file.Files.readString(root.resolve("README.md"));
    String source =
        java.nio.file.Files.readString(
            root.resolve(
                "examples/src/main/java/io/github/proctime/examples/embedding/QuickStart.java"));
    String block =
        source.substring(
            source.indexOf("// spotless:off") + "// spotless:off".length() + 1,
            source.indexOf("    // spotless:on"));
    for (String line : block.split("\n")) {
      assertTrue(readme.contains(line.strip()), "README lacks the quick-start line: " + line);
    }
  }
}
