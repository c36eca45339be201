package io.github.proctime.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ProctimeCli.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  private List<String> lines() {
    return out.toString().lines().toList();
  }

  @Test
  void daysPrintsEveryDateOfTheYear() {
    assertEquals(0, run("calendar", "days", "--year", "2025"));
    List<String> lines = lines();
    assertEquals("date,working,kind,name,source", lines.get(0));
    assertEquals(1 + 365, lines.size());
    assertEquals(
        "2025-01-01,false,PUBLIC_HOLIDAY,Tết Dương lịch,CV 8726/VPCP-KGVX; TB 6150/TB-BLĐTBXH",
        lines.get(1));
    assertEquals("2025-01-02,true,WORKING,,", lines.get(2));
    assertTrue(lines.contains("2025-01-04,false,WEEKEND,,"), out.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("2025-04-26,true,MAKE_UP_WORKING_DAY,")));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("2025-05-02,false,SWAPPED_DAY_OFF,")));
  }

  @Test
  void daysMarksProvisionalDays() {
    assertEquals(0, run("calendar", "days", "--year", "2030"));
    assertTrue(
        lines().stream()
            .anyMatch(
                l ->
                    l.startsWith("2030-02-02,false,PUBLIC_HOLIDAY,Tết Nguyên đán (mùng 1),")
                        && l.endsWith("(provisional)")),
        out.toString());
  }

  @Test
  void daysReadsAnAddedSchedule(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("vn-2027.csv");
    Files.writeString(
        file,
        "date,kind,holiday,name,source\n"
            + "2027-02-11,PUBLIC_HOLIDAY,LUNAR_NEW_YEAR,Tết Nguyên đán,CV 1/VPCP-KGVX\n",
        StandardCharsets.UTF_8);
    assertEquals(0, run("calendar", "days", "--year", "2027", "--schedule", file.toString()));
    assertTrue(
        lines().contains("2027-02-11,false,PUBLIC_HOLIDAY,Tết Nguyên đán,CV 1/VPCP-KGVX"),
        out.toString());
  }

  @Test
  void aMalformedScheduleIsBadInputNamingTheLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, "date,kind,holiday,name,source\n2027-02-31,X,Y,Z,W\n");
    assertEquals(1, run("calendar", "days", "--year", "2027", "--schedule", file.toString()));
    assertTrue(err.toString().contains("bad.csv:2: invalid date '2027-02-31'"), err.toString());
  }

  @ParameterizedTest
  @CsvSource({
    "2025-01-24T16:30, 3, WORKING_DAYS, 2025-02-05T16:30",
    "2025-01-24T16:30, -3, WORKING_DAYS, 2025-01-21T16:30",
    "2025-01-24T16:30, 0, WORKING_DAYS, 2025-01-24T16:30",
    "2025-01-24T16:30, 2, WORKING_HOURS, 2025-02-03T09:00",
    "2025-01-24T16:30, -2, WORKING_HOURS, 2025-01-24T14:30",
    "2025-01-24T16:30, 3, CALENDAR_DAYS, 2025-01-27T16:30",
    "2025-01-24T16:30, -30, CALENDAR_DAYS, 2024-12-25T16:30"
  })
  void addPrintsTheResultingDateTime(String start, String amount, String unit, String expected) {
    assertEquals(0, run("calendar", "add", "--start", start, "--amount", amount, "--unit", unit));
    assertEquals(expected, out.toString().strip());
  }

  @ParameterizedTest
  @CsvSource({
    "--start, 2025-13-01T08:00, 2025-13-01T08:00, 1, WORKING_DAYS",
    "--amount, three, 2025-01-24T16:30, three, WORKING_DAYS",
    "--unit, WEEKS, 2025-01-24T16:30, 1, WEEKS",
    "--start, 2100-12-31T08:00, 2100-12-31T08:00, 5, WORKING_DAYS"
  })
  void badAddInputExitsOneNamingTheOptionAndValue(
      String option, String value, String start, String amount, String unit) {
    assertEquals(1, run("calendar", "add", "--start", start, "--amount", amount, "--unit", unit));
    assertTrue(
        err.toString().contains("Invalid value for option '" + option + "': '" + value + "'"),
        err.toString());
  }

  @Test
  void aMissingOptionIsAUsageError() {
    assertEquals(2, run("calendar", "add", "--start", "2025-01-24T16:30", "--amount", "1"));
    assertTrue(err.toString().contains("--unit"), err.toString());
  }

  @Test
  void lunarAndSolar() {
    assertEquals(0, run("calendar", "lunar", "--date", "2025-01-29"));
    assertEquals("2025-01-01", out.toString().strip());
    out.getBuffer().setLength(0);
    assertEquals(0, run("calendar", "solar", "--lunar", "2025-01-01"));
    assertEquals("2025-01-29", out.toString().strip());
    out.getBuffer().setLength(0);
    // 2025 repeats month 6; its first day is 2025-07-25.
    assertEquals(0, run("calendar", "solar", "--lunar", "2025-06-01", "--leap"));
    assertEquals("2025-07-25", out.toString().strip());
    out.getBuffer().setLength(0);
    assertEquals(0, run("calendar", "lunar", "--date", "2025-07-25"));
    assertEquals("2025-06-01 leap", out.toString().strip());
  }

  @Test
  void badLunarInputExitsOne() {
    assertEquals(1, run("calendar", "solar", "--lunar", "2025-05-01", "--leap"));
    assertTrue(err.toString().contains("'--lunar': '2025-05-01 --leap'"), err.toString());
    assertEquals(1, run("calendar", "solar", "--lunar", "2025-1"));
    assertEquals(1, run("calendar", "lunar", "--date", "1800-01-01"));
    assertTrue(err.toString().contains("'--date': '1800-01-01'"), err.toString());
  }

  @Test
  void helpDocumentsTheCommands() {
    assertEquals(0, run("calendar", "--help"));
    assertTrue(out.toString().contains("days"));
    assertTrue(out.toString().contains("solar"));
    out.getBuffer().setLength(0);
    assertEquals(0, run("calendar", "add", "--help"));
    assertTrue(out.toString().contains("WORKING_HOURS"));
  }
}
