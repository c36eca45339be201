package io.github.proctime.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProctimeCliTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ProctimeCli.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void versionComesFromTheBuild() {
    assertEquals(0, run("--version"));
    String version = ProctimeCli.projectVersion();
    assertTrue(version.matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), version);
    assertEquals("proctime " + version, out.toString().strip());
  }

  @Test
  void helpListsTheTool() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString().contains("Usage: proctime"), out.toString());
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertEquals(ProctimeCli.EXIT_USAGE, run("--no-such-option"));
    assertTrue(err.toString().contains("--no-such-option"), err.toString());
  }
}
