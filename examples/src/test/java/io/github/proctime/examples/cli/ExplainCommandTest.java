package io.github.proctime.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ExplainCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ProctimeCli.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void explainsADemoDossierLateThroughAnInvalidPause() {
    int code =
        run("explain", "--dossier", "H40.07-241223-0000003", "--as-of", "2025-02-01T00:00+07:00");
    assertEquals(0, code, err.toString());
    String text = out.toString();
    assertTrue(text.contains("FINISHED_LATE (Quá hạn)"), text);
    assertTrue(text.contains("INVALID_PAUSE"), text);
    assertTrue(text.contains("Trần Thị Vân"), text);
    assertTrue(text.contains("COMPLIANCE_PAUSE_INVALID_REASON"), text);
  }

  @Test
  void unknownDossierIsBadInput() {
    assertEquals(
        ProctimeCli.EXIT_BAD_INPUT,
        run("explain", "--dossier", "NO-SUCH", "--as-of", "2025-02-01T00:00+07:00"));
    assertTrue(err.toString().contains("--dossier NO-SUCH"), err.toString());
  }

  @Test
  void instantWithoutOffsetIsBadInput() {
    assertEquals(
        ProctimeCli.EXIT_BAD_INPUT,
        run("explain", "--dossier", "X", "--as-of", "2025-02-01T00:00"));
    assertTrue(err.toString().contains("--as-of 2025-02-01T00:00"), err.toString());
  }

  @Test
  void missingDossierOptionIsAUsageError() {
    assertEquals(ProctimeCli.EXIT_USAGE, run("explain"));
  }
}
