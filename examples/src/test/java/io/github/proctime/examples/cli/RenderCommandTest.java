package io.github.proctime.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
  private static final String LATE = "H40.08-241205-0001881";
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ProctimeCli.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void slipFollowsTheFormInForceAtReceipt() {
    assertEquals(
        0,
        run("render", "--dossier", LATE, "--what", "slip", "--as-of", "2025-02-01T00:00+07:00"),
        err.toString());
    assertTrue(
        out.toString().contains("Phiếu kiểm soát quá trình giải quyết hồ sơ"), out.toString());
    assertTrue(out.toString().contains("Mẫu số 05"), out.toString());
  }

  @Test
  void apologyIsADraftAndTimelineIsSvg() {
    assertEquals(
        0,
        run("render", "--dossier", LATE, "--what", "apology", "--as-of", "2025-01-10T10:00+07:00"));
    assertTrue(out.toString().contains("DỰ THẢO"), out.toString());
    out.getBuffer().setLength(0);
    assertEquals(
        0,
        run(
            "render",
            "--dossier",
            LATE,
            "--what",
            "timeline",
            "--as-of",
            "2025-02-01T00:00+07:00"));
    assertTrue(
        out.toString().startsWith("<?xml") || out.toString().startsWith("<svg"), out.toString());
  }

  @Test
  void apologyForAFinishedDossierIsBadInput() {
    assertEquals(
        ProctimeCli.EXIT_BAD_INPUT,
        run(
            "render",
            "--dossier",
            "H40.07-241223-0000003",
            "--what",
            "apology",
            "--as-of",
            "2025-02-01T00:00+07:00"));
    assertTrue(err.toString().contains("evaluation.state"), err.toString());
  }

  @Test
  void htmlReportLinksToTimelinesWrittenBesideIt(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("report.html");
    assertEquals(
        0, run("report", "--period", "2025-01", "--format", "html", "--out", page.toString()));
    String html = Files.readString(page);
    assertTrue(html.contains("timelines/" + LATE + ".svg"), "link to the most delayed dossier");
    assertTrue(Files.exists(dir.resolve("timelines").resolve(LATE + ".svg")));
  }
}
