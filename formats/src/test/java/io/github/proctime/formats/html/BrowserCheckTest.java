package io.github.proctime.formats.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.proctime.core.Dossier;
import io.github.proctime.core.Evaluation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the documents in a real browser, headless Chromium: each must load without any console
 * message (no script error, no blocked load, no policy violation) and draw a picture that is not
 * blank. The pages load in parallel, one Chromium each, started before the tests.
 *
 * <p>Skipped, with the reason in the test report, only where Chromium is not installed ({@code
 * .ci/run} installs the Debian package {@code chromium} when it is missing).
 */
class BrowserCheckTest {
  private static final Map<String, Chromium.Pending> RUNS = new HashMap<>();
  private static Optional<Path> chromium = Optional.empty();

  @TempDir static Path dir;

  @BeforeAll
  static void startChromium() throws Exception {
    chromium = Chromium.binary();
    if (chromium.isEmpty()) {
      return;
    }
    start(
        "timeline.svg",
        TimelinePictures.svg(TimelinePicturesTest.LATE_EVALUATION, HtmlFixtures.CALENDAR));
    start(
        "report.html",
        Chromium.withErrorRecorder(
            ReportPages.html(
                ReportPagesTest.september(HtmlFixtures.CRAFTED, ReportPagesTest.CENTRE),
                LinkPolicy.timelines())));
    Dossier d = HtmlFixtures.late2025(HtmlFixtures.CRAFTED, HtmlFixtures.CRAFTED);
    Evaluation e = HtmlFixtures.evaluate(d, HtmlFixtures.LATE_2025_AS_OF);
    start(
        "slip.html", Chromium.withErrorRecorder(ControlSlips.render(e, d, HtmlFixtures.PROCEDURE)));
    ApologyDraft draft =
        ApologyDrafts.draft(e, d, HtmlFixtures.PROCEDURE, HtmlFixtures.CALENDAR)
            .withReason("<img src=x onerror=alert(2)>");
    start("apology.html", Chromium.withErrorRecorder(ApologyDrafts.render(draft)));
    // The check itself must be able to fail: a script in a page is blocked by the page's policy,
    // and Chromium reports the violation on the console.
    start(
        "bad.html",
        ControlSlips.render(e, d, HtmlFixtures.PROCEDURE)
            .replace("</body>", "<script>window.x = 1;</script></body>"));
  }

  private static void start(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    RUNS.put(name, Chromium.start(chromium.get(), file, dir));
  }

  @AfterAll
  static void stopLeftovers() {
    for (Chromium.Pending run : RUNS.values()) {
      if (run.process().isAlive()) {
        run.process().destroyForcibly();
      }
    }
  }

  @BeforeEach
  void requireChromium() {
    Assumptions.assumeTrue(
        chromium.isPresent(),
        "Chromium not found at "
            + System.getProperty("proctime.chromium", Chromium.DEFAULT_BINARY)
            + " (Debian package 'chromium'; set -Dproctime.chromium=PATH for another binary):"
            + " the real-browser checks are SKIPPED");
  }

  private static Chromium.Run page(String name) throws Exception {
    Chromium.Run run = Chromium.await(RUNS.get(name));
    assertEquals(List.of(), run.consoleLines(), "console messages of " + name);
    assertTrue(
        run.dom().contains("data-load-errors=\"0\""),
        "the page loaded and recorded no error: " + run.dom());
    assertTrue(Chromium.isNotBlank(run.screenshot()), name + " screenshot is blank");
    return run;
  }

  @Test
  void monthlyReportPageLoadsWithoutErrorsAndDrawsItsChart() throws Exception {
    Chromium.Run run = page("report.html");
    assertTrue(run.dom().contains("<svg"), "the chart is in the page");
    assertTrue(run.dom().contains("href=\"timelines/H40.25-250828-0007.svg\""), "timeline links");
    assertTrue(run.dom().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "name shown as text");
    assertTrue(Chromium.markedPixels(run.screenshot()) > 50_000, "the page is drawn");
  }

  @Test
  void timelinePictureLoadsAndDraws() throws Exception {
    Chromium.Run run = Chromium.await(RUNS.get("timeline.svg"));
    assertEquals(List.of(), run.consoleLines(), "console messages");
    assertTrue(run.dom().contains("Quá hạn"), "the SVG was parsed: " + run.dom());
    assertTrue(Chromium.markedPixels(run.screenshot()) > 20_000, "the picture is drawn");
  }

  @Test
  void controlSlipLoadsWithoutErrors() throws Exception {
    Chromium.Run run = page("slip.html");
    assertTrue(run.dom().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "name shown as text");
  }

  @Test
  void apologyDraftLoadsWithoutErrors() throws Exception {
    Chromium.Run run = page("apology.html");
    assertTrue(run.dom().contains("DỰ THẢO"));
  }

  @Test
  void aScriptThatSlipsIntoAPageIsCaught() throws Exception {
    Chromium.Run run = Chromium.await(RUNS.get("bad.html"));
    assertTrue(
        run.consoleLines().stream().anyMatch(l -> l.contains("Content Security Policy")),
        run.log());
  }
}
