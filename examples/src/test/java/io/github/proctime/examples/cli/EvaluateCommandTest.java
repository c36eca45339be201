package io.github.proctime.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ProctimeCli.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void writesOneAssessmentPerDossierWithAttributionAndCompliance(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("out.ndjson");
    assertEquals(
        0,
        run("evaluate", "--as-of", "2025-02-01T00:00+07:00", "--out", file.toString()),
        err.toString());
    List<String> lines = Files.readAllLines(file);
    assertEquals(3001, lines.size());
    ObjectMapper json = new ObjectMapper();
    assertEquals("proctime.evaluations", json.readTree(lines.get(0)).get("format").asText());
    JsonNode late = null;
    for (String line : lines.subList(1, lines.size())) {
      JsonNode node = json.readTree(line);
      if (node.get("dossierCode").asText().equals("H40.07-241223-0000003")) {
        late = node;
      }
    }
    assertEquals("FINISHED_LATE", late.get("state").asText());
    assertEquals(
        "INVALID_PAUSE", late.get("attribution").get("shares").get(0).get("cause").asText());
    assertTrue(late.get("compliance").toString().contains("COMPLIANCE_PAUSE_INVALID_REASON"));
  }

  @Test
  void aFileGetsTheSameLinesAsStandardOutput(@TempDir Path dir) throws Exception {
    // The file is written from UTF-8 bytes rendered on the workers, standard output as text.
    Path file = dir.resolve("out.ndjson");
    String[] args = {"evaluate", "--as-of", "2025-02-01T00:00+07:00"};
    assertEquals(0, run(args), err.toString());
    assertEquals(0, run(withOut(args, file)), err.toString());
    String written = Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(written.contains("Vũ"), "Vietnamese names survive the byte path");
    assertEquals(out.toString(), written);
  }

  @Test
  void charactersOutsideTheBasicPlaneAreWrittenAsThemselves(@TempDir Path dir) throws Exception {
    // Chữ Nôm and an emoji: Jackson's byte generator would escape them as surrogate pairs.
    String official = "Phạm \uD840\uDC00 \uD83D\uDE00";
    Path input =
        Files.writeString(
            dir.resolve("d.ndjson"),
            "{\"format\":\"proctime.dossiers\",\"formatVersion\":1}\n"
                + "{\"code\":\"A\",\"procedureCode\":\"2.001610\",\"receivingUnit\":\"U\","
                + "\"channel\":\"IN_PERSON\",\"events\":[{\"type\":\"RECEIVED\","
                + "\"occurredAt\":\"2025-01-06T08:00+07:00\",\"recordedAt\":\"2025-01-06T08:00+07:00\","
                + "\"official\":\""
                + official
                + "\",\"unit\":\"U\"}]}\n",
            java.nio.charset.StandardCharsets.UTF_8);
    Path file = dir.resolve("out.ndjson");
    String[] args = {"evaluate", "--as-of", "2025-01-07T08:00+07:00", "--input", input.toString()};
    assertEquals(0, run(args), err.toString());
    assertEquals(0, run(withOut(args, file)), err.toString());
    String written = Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(written.contains("\"holderOfficial\":\"" + official + "\""), written);
    assertEquals(out.toString(), written);
  }

  @Test
  void aStrictRunStopsOnTheFirstBadDossierInInputOrderAfterWritingTheOnesBefore(@TempDir Path dir)
      throws Exception {
    // Both bad dossiers are in one batch, evaluated on several threads: the one reported must be
    // the first in the input, every time, and the dossiers before it are written.
    StringBuilder text =
        new StringBuilder("{\"format\":\"proctime.dossiers\",\"formatVersion\":1}\n");
    for (int i = 0; i < 300; i++) {
      String code = i == 36 ? "BAD-EARLY" : i == 150 ? "BAD-LATE" : "OK-" + i;
      text.append("{\"code\":\"")
          .append(code)
          .append("\",\"procedureCode\":\"")
          .append(code.startsWith("BAD") ? "9.999" : "2.001610")
          .append("\",\"receivingUnit\":\"U\",\"channel\":\"IN_PERSON\",\"events\":[")
          .append("{\"type\":\"RECEIVED\",\"occurredAt\":\"2025-01-06T08:00+07:00\",")
          .append(
              "\"recordedAt\":\"2025-01-06T08:00+07:00\",\"official\":\"A\",\"unit\":\"U\"}]}\n");
    }
    Path input = Files.writeString(dir.resolve("d.ndjson"), text.toString());
    for (int run = 0; run < 10; run++) {
      out.getBuffer().setLength(0);
      err.getBuffer().setLength(0);
      assertEquals(
          ProctimeCli.EXIT_BAD_INPUT,
          run("evaluate", "--as-of", "2025-01-07T08:00+07:00", "--input", input.toString()));
      assertTrue(err.toString().contains("BAD-EARLY"), err.toString());
      assertTrue(!err.toString().contains("BAD-LATE"), err.toString());
      // The header and the 36 dossiers before the bad one.
      assertEquals(37, out.toString().lines().count(), out.toString());
      assertTrue(out.toString().contains("\"dossierCode\":\"OK-35\""), out.toString());
    }
  }

  @Test
  void aStrictRunStoppedByABadRecordWritesEveryDossierBeforeIt(@TempDir Path dir) throws Exception {
    // The bad record comes after more than a batch (512) of good ones. The lines of all of them
    // are written, in order, before the run stops, though later chunks were being evaluated
    // meanwhile: the batch being read when the record failed included.
    // Line 702 of the file (dossier 700) has an occurredAt without an offset.
    Path input = Files.writeString(dir.resolve("d.ndjson"), dossiers(710, -1, 700));
    assertEquals(
        ProctimeCli.EXIT_BAD_INPUT,
        run("evaluate", "--as-of", "2025-01-07T08:00+07:00", "--input", input.toString()));
    assertTrue(err.toString().contains("d.ndjson:702:1: OFFSET_REQUIRED"), err.toString());
    List<String> lines = out.toString().lines().toList();
    assertEquals(701, lines.size(), "the header and the 700 dossiers before the bad record");
    for (int i = 0; i < 700; i++) {
      assertTrue(lines.get(i + 1).contains("\"dossierCode\":\"OK-" + i + "\""), lines.get(i + 1));
    }
  }

  @Test
  void aStrictRunReportsTheFirstFailureInInputOrderWhetherOfADossierOrOfTheInput(@TempDir Path dir)
      throws Exception {
    // Dossier 100 cannot be evaluated (unknown procedure) and line 702 cannot be read: the dossier
    // comes first, and only the lines before it are written.
    Path first = Files.writeString(dir.resolve("a.ndjson"), dossiers(710, 100, 700));
    assertEquals(
        ProctimeCli.EXIT_BAD_INPUT,
        run("evaluate", "--as-of", "2025-01-07T08:00+07:00", "--input", first.toString()));
    assertTrue(err.toString().contains("BAD-100"), err.toString());
    assertEquals(101, out.toString().lines().count(), "the header and the 100 dossiers before it");
    // Dossier 600, in the second batch, cannot be evaluated; nothing is wrong with the input
    // before dossier 1198: the 600 lines before it are written, whatever is read meanwhile.
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    Path second = Files.writeString(dir.resolve("b.ndjson"), dossiers(1300, 600, 1198));
    assertEquals(
        ProctimeCli.EXIT_BAD_INPUT,
        run("evaluate", "--as-of", "2025-01-07T08:00+07:00", "--input", second.toString()));
    assertTrue(err.toString().contains("BAD-600"), err.toString());
    assertEquals(601, out.toString().lines().count(), "the header and the 600 dossiers before it");
  }

  /**
   * An NDJSON input of good dossiers ({@code OK-i}) but one that names an unknown procedure and one
   * whose receipt has no offset (a bad record); -1 for neither.
   */
  private static String dossiers(int count, int unknownProcedure, int badRecord) {
    StringBuilder text =
        new StringBuilder("{\"format\":\"proctime.dossiers\",\"formatVersion\":1}\n");
    for (int i = 0; i < count; i++) {
      text.append("{\"code\":\"")
          .append(i == unknownProcedure ? "BAD-" : "OK-")
          .append(i)
          .append("\",\"procedureCode\":\"")
          .append(i == unknownProcedure ? "9.999" : "2.001610")
          .append("\",\"receivingUnit\":\"U\",\"channel\":\"IN_PERSON\",\"events\":[")
          .append("{\"type\":\"RECEIVED\",\"occurredAt\":\"2025-01-06T08:00")
          .append(i == badRecord ? "" : "+07:00")
          .append("\",\"recordedAt\":\"2025-01-06T08:00+07:00\",\"official\":\"A\",")
          .append("\"unit\":\"U\"}]}\n");
    }
    return text.toString();
  }

  private static String[] withOut(String[] args, Path file) {
    String[] toFile = java.util.Arrays.copyOf(args, args.length + 2);
    toFile[args.length] = "--out";
    toFile[args.length + 1] = file.toString();
    return toFile;
  }

  @Test
  void missingAsOfIsAUsageErrorAndAnUnknownFileTypeToo(@TempDir Path dir) throws Exception {
    assertEquals(ProctimeCli.EXIT_USAGE, run("evaluate"));
    Path txt = Files.writeString(dir.resolve("dossiers.txt"), "x");
    assertEquals(
        ProctimeCli.EXIT_BAD_INPUT,
        run("evaluate", "--as-of", "2025-02-01T00:00+07:00", "--input", txt.toString()));
    assertTrue(err.toString().contains("unknown file type"), err.toString());
  }

  @Test
  void aBadRecordStopsAStrictRunWithItsLineAndIsSkippedInLenientMode(@TempDir Path dir)
      throws Exception {
    Path input =
        Files.writeString(
            dir.resolve("d.ndjson"),
            "{\"format\":\"proctime.dossiers\",\"formatVersion\":1}\n"
                + "{\"code\":\"A\",\"procedureCode\":\"2.001610\",\"receivingUnit\":\"U\",\"channel\":\"IN_PERSON\","
                + "\"events\":[{\"type\":\"RECEIVED\",\"occurredAt\":\"2025-01-06T08:00\","
                + "\"recordedAt\":\"2025-01-06T08:00+07:00\",\"official\":\"X\",\"unit\":\"U\"}]}\n");
    assertEquals(
        ProctimeCli.EXIT_BAD_INPUT,
        run("evaluate", "--as-of", "2025-02-01T00:00+07:00", "--input", input.toString()));
    assertTrue(err.toString().contains("d.ndjson:2:1: OFFSET_REQUIRED"), err.toString());
    assertTrue(err.toString().contains("occurredAt"), err.toString());
    assertEquals(
        0,
        run(
            "evaluate",
            "--as-of",
            "2025-02-01T00:00+07:00",
            "--input",
            input.toString(),
            "--lenient"));
    assertTrue(err.toString().contains("1 read, 0 accepted, 1 rejected"), err.toString());
  }
}
