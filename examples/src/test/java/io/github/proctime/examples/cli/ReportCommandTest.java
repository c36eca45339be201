package io.github.proctime.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ProctimeCli.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void markdownReportOfTheDemoMonth() {
    assertEquals(0, run("report", "--period", "2025-01"), err.toString());
    String text = out.toString();
    assertTrue(text.contains("## Per unit (theo đơn vị)"), text);
    assertTrue(text.contains("| Sở Tư pháp |"), text);
  }

  @Test
  void csvWithEnglishHeaders() {
    assertEquals(0, run("report", "--period", "2025-01", "--format", "csv", "--english"));
    assertTrue(out.toString().startsWith("dimension,group,carried_over,received,"), out.toString());
    assertTrue(out.toString().contains("\nUNIT,SO_TU_PHAP,"), out.toString());
  }

  @Test
  void lateOfficialsCsvHasVietnameseHeaders() {
    assertEquals(
        0, run("report", "--period", "2025-01", "--format", "csv", "--table", "LATE_OFFICIALS"));
    assertTrue(out.toString().startsWith("\"Cán bộ, công chức\",Đơn vị,"), out.toString());
  }

  @Test
  void xlsxAndJsonGoToFiles(@TempDir Path dir) throws Exception {
    Path xlsx = dir.resolve("r.xlsx");
    Path json = dir.resolve("r.json");
    assertEquals(
        0, run("report", "--period", "2025-Q1", "--format", "xlsx", "--out", xlsx.toString()));
    assertEquals(
        0, run("report", "--period", "2025-01", "--format", "json", "--out", json.toString()));
    assertTrue(Files.size(xlsx) > 1000);
    assertTrue(Files.readString(json).contains("\"format\" : \"proctime.report\""));
  }

  @Test
  void badPeriodIsBadInputAndXlsxNeedsAFile() {
    assertEquals(ProctimeCli.EXIT_BAD_INPUT, run("report", "--period", "2025-13"));
    assertTrue(err.toString().contains("--period 2025-13"), err.toString());
    assertEquals(
        ProctimeCli.EXIT_BAD_INPUT, run("report", "--period", "2025-01", "--format", "xlsx"));
    assertEquals(ProctimeCli.EXIT_USAGE, run("report", "--period", "2025-01", "--format", "pdf"));
  }
}
