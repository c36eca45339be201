package io.github.proctime.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every figure and text of {@code proctime evaluate} on a spread of the bundled demo's dossiers
 * (the header and every 100th line, with explanations, attribution and compliance findings),
 * against a reviewed file. It guards the outputs against the performance work, which must change no
 * result and no text: a renamed variable once reached a finding's message.
 *
 * <p>After an intended change, regenerate with {@code ./mvnw -q -B verify -pl examples -am
 * -Dproctime.golden.update=true}, review the diff and commit it.
 */
class DemoEvaluationGoldenTest {
  private static final String UPDATE_PROPERTY = "proctime.golden.update";
  private static final String NAME = "/io/github/proctime/examples/cli/golden/demo-evaluate.ndjson";

  @Test
  void evaluateWritesWhatWasReviewed() throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        ProctimeCli.run(
            new PrintWriter(out),
            new PrintWriter(err),
            "evaluate",
            "--as-of",
            "2025-02-01T00:00+07:00");
    assertEquals(0, code, err.toString());
    String[] lines = out.toString().split("\n", -1);
    StringBuilder sample = new StringBuilder();
    for (int i = 0; i < lines.length; i += 100) {
      sample.append(lines[i]).append('\n');
    }
    String actual = sample.toString();
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      Path file = Path.of("src/test/resources" + NAME);
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    try (InputStream in = DemoEvaluationGoldenTest.class.getResourceAsStream(NAME)) {
      if (in == null) {
        throw new AssertionError(
            "no golden file " + NAME + "; run with -D" + UPDATE_PROPERTY + "=true to create it");
      }
      String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String[] want = expected.split("\n", -1);
      String[] got = actual.split("\n", -1);
      for (int i = 0; i < Math.min(want.length, got.length); i++) {
        // Line by line, so a failure names the first dossier whose output changed.
        assertEquals(want[i], got[i], "line " + i + " of the sample (line " + (100 * i) + ")");
      }
      assertEquals(want.length, got.length, "lines in the sample");
    }
  }
}
