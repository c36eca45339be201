package io.github.proctime.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class DemoCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ProctimeCli.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void theMainJobPrintsEverySectionOnTheBundledMonth() {
    assertEquals(0, run("demo"), err.toString());
    String text = out.toString();
    assertTrue(text.contains("3,000 dossiers evaluated"), text);
    assertTrue(text.matches("(?s).*On-time rate \\(Tỷ lệ đúng hạn\\): \\d+\\.\\d%.*"), text);
    assertTrue(
        text.matches("(?s).*766 timeliness indicator 2\\.1.*→ \\d+\\.\\d\\d / 20 points.*"), text);
    assertTrue(text.contains("Per unit (theo đơn vị)"), text);
    assertTrue(text.contains("Sở Tư pháp"), text);
    assertTrue(text.contains("Late officials, top 10"), text);
    assertTrue(text.contains("Apology compliance"), text);
    assertTrue(text.contains("Who caused the delay"), text);
  }

  @Test
  void generatedDossiersRunTheSameJob() {
    assertEquals(0, run("demo", "--generate", "500", "--top", "3"), err.toString());
    assertTrue(out.toString().contains("500 dossiers evaluated"), out.toString());
    assertTrue(out.toString().contains("(generated, seed"), out.toString());
  }

  @Test
  void aNonPositiveCountIsBadInput() {
    assertEquals(ProctimeCli.EXIT_BAD_INPUT, run("demo", "--generate", "0"));
    assertTrue(err.toString().contains("--generate 0"), err.toString());
  }

  @Test
  void generatedDatasetsStreamToAFileThatEvaluateReads(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("big.ndjson.gz");
    assertEquals(0, run("demo", "--generate", "2000", "--write", file.toString()), err.toString());
    assertTrue(java.nio.file.Files.exists(dir.resolve("procedures.json")));
    assertEquals(
        0,
        run(
            "report",
            "--period",
            "2025-01",
            "--format",
            "csv",
            "--input",
            file.toString(),
            "--procedures",
            dir.resolve("procedures.json").toString()),
        err.toString());
    assertTrue(out.toString().contains("\nToàn tỉnh,"), out.toString());
  }
}
