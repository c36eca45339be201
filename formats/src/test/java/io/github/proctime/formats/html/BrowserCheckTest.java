package io.github.proctime.formats.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.proctime.core.Dossier;
import io.github.proctime.core.Evaluation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the documents in a real browser, headless Chromium: each must load without any console
 * message (no script error, no blocked load, no policy violation) and draw a picture that is not
 * blank.
 *
 * <p>Skipped, with the reason in the test report, only where Chromium is not installed ({@code
 * .ci/run} installs the Debian package {@code chromium} when it is missing).
 */
class BrowserCheckTest {
  private static Path chromium;

  @TempDir Path dir;

  @BeforeEach
  void findChromium() {
    chromium = Chromium.binary().orElse(null);
    Assumptions.assumeTrue(
        chromium != null,
        "Chromium not found at "
            + System.getProperty("proctime.chromium", Chromium.DEFAULT_BINARY)
            + " (Debian package 'chromium'; set -Dproctime.chromium=PATH for another binary):"
            + " the real-browser checks are SKIPPED");
  }

  private Chromium.Run openPage(String name, String html) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, Chromium.withErrorRecorder(html), StandardCharsets.UTF_8);
    Chromium.Run run = Chromium.open(chromium, file, dir);
    assertEquals(java.util.List.of(), run.consoleLines(), "console messages of " + name);
    assertTrue(
        run.dom().contains("data-load-errors=\"0\""),
        "the page loaded and recorded no error: " + run.dom());
    assertTrue(Chromium.isNotBlank(run.screenshot()), name + " screenshot is blank");
    return run;
  }

  @Test
  void timelinePictureLoadsAndDraws() throws Exception {
    Path file = dir.resolve("timeline.svg");
    Files.writeString(
        file,
        TimelinePictures.svg(TimelinePicturesTest.LATE_EVALUATION, HtmlFixtures.CALENDAR),
        StandardCharsets.UTF_8);
    Chromium.Run run = Chromium.open(chromium, file, dir);
    assertEquals(java.util.List.of(), run.consoleLines(), "console messages");
    assertTrue(run.dom().contains("Quá hạn"), "the SVG was parsed: " + run.dom());
    assertTrue(Chromium.markedPixels(run.screenshot()) > 20_000, "the picture is drawn");
  }

  @Test
  void monthlyReportPageLoadsWithoutErrorsAndDrawsItsChart() throws Exception {
    Chromium.Run run =
        openPage(
            "report.html",
            ReportPages.html(
                ReportPagesTest.september(HtmlFixtures.CRAFTED, ReportPagesTest.CENTRE),
                LinkPolicy.timelines()));
    assertTrue(run.dom().contains("<svg"), "the chart is in the page");
    assertTrue(run.dom().contains("href=\"timelines/H40.25-250828-0007.svg\""), "timeline links");
    assertTrue(run.dom().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "name shown as text");
    assertTrue(Chromium.markedPixels(run.screenshot()) > 50_000, "the page is drawn");
  }

  @Test
  void controlSlipLoadsWithoutErrors() throws Exception {
    Dossier d = HtmlFixtures.late2025(HtmlFixtures.CRAFTED, HtmlFixtures.CRAFTED);
    Evaluation e = HtmlFixtures.evaluate(d, HtmlFixtures.LATE_2025_AS_OF);
    Chromium.Run run = openPage("slip.html", ControlSlips.render(e, d, HtmlFixtures.PROCEDURE));
    assertTrue(run.dom().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "name shown as text");
  }

  @Test
  void apologyDraftLoadsWithoutErrors() throws Exception {
    Dossier d = HtmlFixtures.late2025(HtmlFixtures.CRAFTED, HtmlFixtures.CRAFTED);
    Evaluation e = HtmlFixtures.evaluate(d, HtmlFixtures.LATE_2025_AS_OF);
    ApologyDraft draft =
        ApologyDrafts.draft(e, d, HtmlFixtures.PROCEDURE, HtmlFixtures.CALENDAR)
            .withReason("<img src=x onerror=alert(2)>");
    Chromium.Run run = openPage("apology.html", ApologyDrafts.render(draft));
    assertTrue(run.dom().contains("DỰ THẢO"));
  }

  @Test
  void aScriptThatSlipsIntoAPageIsCaught() throws Exception {
    // The check itself must be able to fail: a page with a script is blocked by the policy, and
    // Chromium reports the violation on the console.
    String page =
        ControlSlips.render(
                ControlSlipsTest.LATE_EVALUATION, ControlSlipsTest.LATE, HtmlFixtures.PROCEDURE)
            .replace("</body>", "<script>window.x = 1;</script></body>");
    Path file = dir.resolve("bad.html");
    Files.writeString(file, page, StandardCharsets.UTF_8);
    Chromium.Run run = Chromium.open(chromium, file, dir);
    assertTrue(
        run.consoleLines().stream().anyMatch(l -> l.contains("Content Security Policy")),
        run.log());
  }
}
