package io.github.proctime.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  private static final String HEADER = "{\"format\":\"proctime.dossiers\",\"formatVersion\":1}\n";

  private static String dossier(String code, String procedure, String official, String at) {
    return "{\"code\":\""
        + code
        + "\",\"procedureCode\":\""
        + procedure
        + "\",\"receivingUnit\":\"SO_TAI_CHINH\",\"channel\":\"ONLINE\",\"events\":["
        + "{\"type\":\"RECEIVED\",\"occurredAt\":\""
        + at
        + "\",\"recordedAt\":\""
        + at
        + "\",\"official\":\""
        + official
        + "\",\"unit\":\"TTPVHCC\"}]}\n";
  }

  @Test
  void lenientReportSaysWhatItCouldNotCountAndStrictStops(@TempDir Path dir) throws Exception {
    Path input =
        Files.writeString(
            dir.resolve("d.ndjson"),
            HEADER
                + dossier("OK-1", "2.001610", "A", "2025-01-06T08:00+07:00")
                + dossier("BAD-1", "9.999", "A", "2025-01-06T08:00+07:00")
                + dossier("LATER-1", "2.001610", "A", "2025-02-10T08:00+07:00"));
    assertEquals(
        ProctimeCli.EXIT_BAD_INPUT,
        run("report", "--period", "2025-01", "--input", input.toString()));
    assertTrue(err.toString().contains("BAD-1"), err.toString());
    err.getBuffer().setLength(0);
    assertEquals(0, run("report", "--period", "2025-01", "--input", input.toString(), "--lenient"));
    assertTrue(err.toString().contains("1 dossiers could not be evaluated"), err.toString());
    assertTrue(err.toString().contains("1 dossiers received after"), err.toString());
  }

  @Test
  void aLenientReportCountsAndListsInInputOrderWhatItSkipsAcrossTheWholeBatch(@TempDir Path dir)
      throws Exception {
    // A batch is split into parts evaluated on several threads: what is skipped must still be
    // counted once and listed in the input's order.
    assertLenientRunCountsAndLists(dir, 300);
  }

  /**
   * A lenient report over dossiers of which every 37th names an unknown procedure and every 29th is
   * received after the period: it counts both, and lists the first 20 skipped in input order.
   */
  private void assertLenientRunCountsAndLists(Path dir, int count) throws Exception {
    StringBuilder text = new StringBuilder(HEADER);
    List<String> bad = new ArrayList<>();
    int later = 0;
    for (int i = 0; i < count; i++) {
      if (i % 37 == 5) {
        bad.add(String.format("BAD-%04d", i));
        text.append(dossier(bad.get(bad.size() - 1), "9.999", "A", "2025-01-06T08:00+07:00"));
      } else if (i % 29 == 3) {
        later++;
        text.append(dossier("LATER-" + i, "2.001610", "A", "2025-02-10T08:00+07:00"));
      } else {
        text.append(dossier("OK-" + i, "2.001610", "A", "2025-01-06T08:00+07:00"));
      }
    }
    Path input = Files.writeString(dir.resolve("d.ndjson"), text.toString());
    err.getBuffer().setLength(0);
    assertEquals(0, run("report", "--period", "2025-01", "--input", input.toString(), "--lenient"));
    String said = err.toString();
    assertTrue(said.contains(bad.size() + " dossiers could not be evaluated"), said);
    assertTrue(said.contains(later + " dossiers received after"), said);
    assertListedInOrder(said, bad.subList(0, Math.min(20, bad.size())));
    if (bad.size() > 20) {
      assertTrue(!said.contains(bad.get(20)), "only the first 20 are listed: " + said);
    }
  }

  /** Each code is said after the one before it. */
  private static void assertListedInOrder(String said, List<String> codes) {
    int from = 0;
    for (String code : codes) {
      int at = said.indexOf(code, from);
      assertTrue(at > from, code + " listed after the one before it: " + said);
      from = at;
    }
  }

  @Test
  void aStrictReportStopsOnTheFirstBadDossierInInputOrder(@TempDir Path dir) throws Exception {
    // Both bad dossiers are in one batch, in different parts evaluated on different threads: the
    // one reported must be the first in the input, every time.
    StringBuilder text = new StringBuilder(HEADER);
    for (int i = 0; i < 300; i++) {
      String code = i == 36 ? "BAD-EARLY" : i == 150 ? "BAD-LATE" : "OK-" + i;
      text.append(
          dossier(
              code, code.startsWith("BAD") ? "9.999" : "2.001610", "A", "2025-01-06T08:00+07:00"));
    }
    Path input = Files.writeString(dir.resolve("d.ndjson"), text.toString());
    for (int run = 0; run < 10; run++) {
      err.getBuffer().setLength(0);
      assertEquals(
          ProctimeCli.EXIT_BAD_INPUT,
          run("report", "--period", "2025-01", "--input", input.toString()));
      assertTrue(err.toString().contains("BAD-EARLY"), err.toString());
      assertTrue(!err.toString().contains("BAD-LATE"), err.toString());
    }
  }

  @Test
  void acrossBatchesInFlightTheFirstFailureInInputOrderIsReported(@TempDir Path dir)
      throws Exception {
    // Batches of 1,024 dossiers are evaluated while the next ones are handed out: the failure
    // reported by a strict run is still the first in the input, whether of a dossier (an unknown
    // procedure) or of the input (a receipt without offset), in whichever batch it falls.
    assertFirstFailure(dir, 3_300, Map.of(1_020, "9.999", 1_030, "9.999"), "BAD-1020");
    assertFirstFailure(dir, 3_300, Map.of(900, "9.999", 2_500, "record"), "BAD-0900");
    assertFirstFailure(dir, 3_300, Map.of(2_500, "record", 3_000, "9.999"), "d.ndjson:2502:1");
    // A bad dossier and a bad record in the batch being read when the record failed.
    assertFirstFailure(dir, 3_300, Map.of(2_100, "9.999", 3_000, "record"), "BAD-2100");
  }

  private void assertFirstFailure(Path dir, int count, Map<Integer, String> bad, String reported)
      throws Exception {
    StringBuilder text = new StringBuilder(HEADER);
    for (int i = 0; i < count; i++) {
      String how = bad.get(i);
      if (how == null) {
        text.append(dossier("OK-" + i, "2.001610", "A", "2025-01-06T08:00+07:00"));
      } else if (how.equals("record")) {
        text.append(dossier(String.format("BAD-%04d", i), "2.001610", "A", "2025-01-06T08:00"));
      } else {
        text.append(dossier(String.format("BAD-%04d", i), how, "A", "2025-01-06T08:00+07:00"));
      }
    }
    Path input = Files.writeString(dir.resolve("d.ndjson"), text.toString());
    err.getBuffer().setLength(0);
    assertEquals(
        ProctimeCli.EXIT_BAD_INPUT,
        run("report", "--period", "2025-01", "--input", input.toString()));
    assertTrue(err.toString().contains(reported), bad + ": " + err);
  }

  @Test
  void aLenientReportListsTheFirstTwentySkippedInInputOrderAcrossBatches(@TempDir Path dir)
      throws Exception {
    assertLenientRunCountsAndLists(dir, 3_300);
  }

  @Test
  void theReportDoesNotDependOnHowDossiersFallIntoBatchesPartsAndThreads(@TempDir Path dir)
      throws Exception {
    // Three batches of generated dossiers (several units, officials and procedures), then the
    // same lines shuffled: each dossier lands in another batch, part and thread.
    Path input = dir.resolve("d.ndjson");
    try (java.io.Writer w = Files.newBufferedWriter(input)) {
      io.github.proctime.examples.demo.DemoData.writeDossiers(
          io.github.proctime.calendar.WorkingCalendars.vietnam(), 3_000, w, n -> {});
    }
    List<String> lines = Files.readAllLines(input);
    List<String> dossiers = new ArrayList<>(lines.subList(1, lines.size()));
    java.util.Collections.shuffle(dossiers, new java.util.Random(9));
    dossiers.add(0, lines.get(0));
    Path shuffled = Files.write(dir.resolve("s.ndjson"), dossiers);
    String[] args = {"report", "--period", "2025-01", "--format", "json", "--input", ""};
    args[6] = input.toString();
    assertEquals(0, run(args), err.toString());
    String inOrder = out.toString();
    out.getBuffer().setLength(0);
    args[6] = shuffled.toString();
    assertEquals(0, run(args), err.toString());
    assertTrue(inOrder.contains("\"official\" :"), inOrder); // late officials are listed
    assertEquals(inOrder, out.toString());
  }

  @Test
  void markdownEscapesNamesFromTheInput(@TempDir Path dir) throws Exception {
    String evil = "Evil\\n## Heading [click](https://evil.example) <b>";
    Path input =
        Files.writeString(
            dir.resolve("d.ndjson"),
            HEADER
                + dossier("M-1", "2.001610", "A", "2025-01-06T08:00+07:00")
                    .replace("SO_TAI_CHINH", evil));
    assertEquals(0, run("report", "--period", "2025-01", "--input", input.toString()));
    String md = out.toString();
    assertTrue(!md.contains("\n## Heading"), md);
    assertTrue(md.contains("Evil \\#\\# Heading \\[click\\](https://evil.example) &lt;b&gt;"), md);
  }

  @Test
  void aLineThatIsNotUtf8IsNamedNeverReplaced(@TempDir Path dir) throws Exception {
    byte[] good =
        (HEADER + dossier("OK-1", "2.001610", "A", "2025-01-06T08:00+07:00"))
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] bad =
        dossier("BAD-1", "2.001610", "Lê", "2025-01-06T08:00+07:00")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Path input = dir.resolve("d.ndjson");
    Files.write(input, good);
    Files.write(input, bad, java.nio.file.StandardOpenOption.APPEND);
    assertEquals(
        ProctimeCli.EXIT_BAD_INPUT,
        run("report", "--period", "2025-01", "--input", input.toString()));
    assertTrue(err.toString().contains("d.ndjson:3:"), err.toString());
    assertTrue(err.toString().contains("MALFORMED_SYNTAX"), err.toString());
    assertTrue(err.toString().contains("not UTF-8"), err.toString());
    assertTrue(err.toString().contains("0xEA"), err.toString());
  }

  private String reportDecodingOn(String choice) {
    String before = System.getProperty("proctime.decoding");
    System.setProperty("proctime.decoding", choice);
    try {
      out.getBuffer().setLength(0);
      assertEquals(0, run("report", "--period", "2025-01", "--format", "csv"), err.toString());
      return out.toString();
    } finally {
      if (before == null) {
        System.clearProperty("proctime.decoding");
      } else {
        System.setProperty("proctime.decoding", before);
      }
    }
  }

  @Test
  void everyPlaceOfDecodingGivesTheSameReport() {
    String here = reportDecodingOn("none");
    assertTrue(here.contains("SO_TU_PHAP"), here);
    assertEquals(here, reportDecodingOn("common"));
    assertEquals(here, reportDecodingOn("own"));
    String before = System.getProperty("proctime.decoding");
    System.setProperty("proctime.decoding", "gpu");
    try {
      assertEquals(ProctimeCli.EXIT_BAD_INPUT, run("report", "--period", "2025-01"));
      assertTrue(err.toString().contains("-Dproctime.decoding=gpu"), err.toString());
    } finally {
      if (before == null) {
        System.clearProperty("proctime.decoding");
      } else {
        System.setProperty("proctime.decoding", before);
      }
    }
  }
}
