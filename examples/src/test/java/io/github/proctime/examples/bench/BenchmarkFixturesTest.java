package io.github.proctime.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.calendar.WorkingCalendars;
import io.github.proctime.core.Assessment;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.DossierEvent;
import io.github.proctime.core.EventType;
import io.github.proctime.core.report.PeriodReport;
import io.github.proctime.examples.cli.ProctimeCli;
import io.github.proctime.examples.demo.DemoData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  @Test
  void theCalendarCallLogReplaysWhatItRecordedAndRefusesWhatItCannotReplay() {
    WorkingCalendar real = WorkingCalendars.vietnam();
    CalendarCallLog log = CalendarCallLog.of(real);
    WorkingCalendar recording = log.recording();
    LocalDate monday = LocalDate.of(2025, 1, 20);
    Instant nine = Instant.parse("2025-01-20T02:00:00Z");
    long answers =
        recording.plusWorkingDays(monday, 5).toEpochDay()
            + recording.workingPosition(nine)
            + recording.plusWorkingTime(nine, Duration.ofHours(3)).getEpochSecond()
            + (recording.isWorkingDay(monday) ? 1 : 0)
            + recording.workingTimeBetween(nine, nine.plusSeconds(86_400)).getSeconds();
    // workingPosition is recorded once: the calls it makes inside the real calendar are not.
    assertEquals(
        Map.of(
            "isWorkingDay", 1,
            "plusWorkingDays", 1,
            "plusWorkingTime", 1,
            "workingPosition", 1,
            "workingTimeBetween", 1),
        log.counts());
    CalendarCallLog.Replay replay = log.replay();
    assertEquals(5, replay.size());
    assertEquals(answers, replay.recordedAnswers());
    assertEquals(answers, replay.run());
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> recording.sessions(monday));
    assertTrue(refused.getMessage().contains("WorkingCalendar.sessions"), refused.getMessage());
    assertEquals(0, log.clear().size());
  }

  @Test
  void theCalendarCallsOfTheTypicalDossierAreReplayed() throws Exception {
    EvaluationBenchmarks bench = new EvaluationBenchmarks();
    bench.setUp(); // checks that recording the calls did not change the results
    // At least a position for each of the 12 events on each of the two timelines.
    assertTrue(bench.calendarCalls().size() >= 24, "" + bench.calendarCalls().size());
    // Every recorded call is made again, with its arguments: the answers add up to the same sum.
    assertEquals(bench.calendarCalls().recordedAnswers(), bench.calendarCallsOfBulk());
  }

  @Test
  void theStagesOfEvaluateRenderWhatTheCommandWrites(@TempDir Path dir) throws Exception {
    EvaluateStageBenchmarks bench = new EvaluateStageBenchmarks();
    bench.count = 200;
    bench.setUp();
    List<Dossier> read = new ArrayList<>();
    bench.read(read::add);
    List<Assessment> assessed = new ArrayList<>();
    bench.assess(assessed::add);
    List<byte[]> rendered = new ArrayList<>();
    bench.render(rendered::add);
    assertEquals(200, read.size());
    assertEquals(200, assessed.size());
    assertTrue(bench.jacksonStream() > 0);

    Path input = dir.resolve("sample.ndjson");
    try (Writer out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      DemoData.writeDossiers(WorkingCalendars.vietnam(), 200, out, n -> {});
    }
    Path output = dir.resolve("evaluations.ndjson");
    StringWriter err = new StringWriter();
    int exit =
        ProctimeCli.run(
            new PrintWriter(Writer.nullWriter()),
            new PrintWriter(err),
            "evaluate",
            "--as-of",
            assessed.get(0).evaluation().asOf().toString(),
            "--no-explanation",
            "--input",
            input.toString(),
            "--out",
            output.toString());
    assertEquals(0, exit, err.toString());
    StringBuilder expected = new StringBuilder();
    for (byte[] line : rendered) {
      expected.append(new String(line, StandardCharsets.UTF_8)).append('\n');
    }
    String written = Files.readString(output, StandardCharsets.UTF_8);
    // The command writes each rendered line and a line feed, after the format's header line.
    assertEquals(written.substring(written.indexOf('\n') + 1), expected.toString());
  }
}
