package io.github.proctime.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.proctime.core.Dossier;
import io.github.proctime.core.DossierEvent;
import io.github.proctime.core.EventType;
import io.github.proctime.core.report.PeriodReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmarks' fixtures are what BENCHMARKS.md says they are, and the data generator's {@code
 * main} runs (on a small count). Nothing here is timed.
 */
class BenchmarkFixturesTest {
  @Test
  void theTypicalDossierHasTwelveEventsTwoPausesAndFourHandOvers() throws Exception {
    Dossier d = EvaluationBenchmarks.typicalDossier();
    assertEquals(12, d.events().size());
    assertEquals(4, count(d, EventType.HANDED_OVER));
    assertEquals(
        2, count(d, EventType.PAUSED) + count(d, EventType.FINANCIAL_OBLIGATION_REQUESTED));
    EvaluationBenchmarks bench = new EvaluationBenchmarks();
    bench.setUp(); // checks that the NDJSON line reads back as the dossier
    assertEquals(d, bench.parseProctime());
    assertEquals(12, bench.parseJacksonTree().get("events").size());
  }

  private static long count(Dossier d, EventType type) {
    List<DossierEvent> events = d.events();
    return events.stream().filter(e -> e.type() == type).count();
  }

  @Test
  void mainWritesTheDataFileOnceAndTheEndToEndRunsReadIt(@TempDir Path dir) throws Exception {
    PrintStream original = System.out;
    String previous = System.getProperty("proctime.benchData");
    System.setProperty("proctime.benchData", dir.toString());
    try {
      System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      EndToEndBenchmarks.main(new String[] {"200"});
      Path file = dir.resolve("dossiers-200.ndjson");
      assertEquals(201, Files.readAllLines(file, StandardCharsets.UTF_8).size()); // header + 200
      EndToEndBenchmarks bench = new EndToEndBenchmarks();
      bench.dossiers = 200;
      bench.setUp();
      assertTrue(bench.jacksonStream() > 0);
      assertTrue(bench.jacksonTreePerLine() > 0);
      assertTrue(bench.evaluate() >= 0);
      PeriodReport report = bench.report();
      assertEquals(200, report.entries());
      assertTrue(report.total().received() > 0);
    } finally {
      System.setOut(original);
      if (previous == null) {
        System.clearProperty("proctime.benchData");
      } else {
        System.setProperty("proctime.benchData", previous);
      }
    }
  }
}
