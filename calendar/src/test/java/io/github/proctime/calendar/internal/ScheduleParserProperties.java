package io.github.proctime.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.proctime.calendar.ScheduleFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The schedule reader's shortcuts against the general path: its hand-written date parsing against
 * {@link LocalDate#parse}, and its byte-level reading of plain schedules against reading the
 * decoded text.
 */
class ScheduleParserProperties {
  private static final List<String> KINDS =
      List.of(
          "PUBLIC_HOLIDAY",
          "PUBLIC_HOLIDAY",
          "COMPENSATORY_DAY_OFF",
          "SWAPPED_DAY_OFF",
          "MAKE_UP_WORKING_DAY",
          " PUBLIC_HOLIDAY",
          "public_holiday");
  private static final List<String> HOLIDAYS =
      List.of("LUNAR_NEW_YEAR", "NATIONAL_DAY", "SWAP", "NATIONAL_DAY ", "TET");
  private static final List<String> TEXTS =
      List.of(
          "Tết Nguyên đán",
          "Làm bù",
          "Quốc khánh",
          "CV 8726/VPCP-KGVX",
          "",
          "  Nghỉ bù ",
          "Giỗ Tổ\u3000",
          "\u3000x",
          "bad \uFFFD byte");
  private static final List<String> OTHER_LINES =
      List.of(
          "",
          "   ",
          "# a comment, with commas: Tết",
          "  # an indented comment",
          "date,kind,holiday,name,source",
          "date,kind,holiday,name,source  ",
          "2027-02-05,PUBLIC_HOLIDAY,LUNAR_NEW_YEAR,Tết",
          "2027-02-05,PUBLIC_HOLIDAY,LUNAR_NEW_YEAR,Tết,CV 1,extra",
          "2027-02-30,PUBLIC_HOLIDAY,LUNAR_NEW_YEAR,Tết,CV 1",
          "+2027-02-05,PUBLIC_HOLIDAY,LUNAR_NEW_YEAR,Tết,CV 1",
          " 2027-02-05,PUBLIC_HOLIDAY,LUNAR_NEW_YEAR,Tết,CV 1");

  private static Gen<String> scheduleLines() {
    Gen<String> data =
        integers()
            .between(0, 3 * 365)
            .zip(
                integers().between(0, KINDS.size() - 1),
                integers().between(0, HOLIDAYS.size() - 1),
                (day, kind, holiday) ->
                    LocalDate.of(2026, 1, 1).plusDays(day)
                        + ","
                        + KINDS.get(kind)
                        + ","
                        + HOLIDAYS.get(holiday))
            .zip(
                integers().between(0, TEXTS.size() - 1),
                integers().between(0, TEXTS.size() - 1),
                (start, name, source) -> start + "," + TEXTS.get(name) + "," + TEXTS.get(source));
    Gen<String> other = integers().between(0, OTHER_LINES.size() - 1).map(OTHER_LINES::get);
    return integers().between(0, 9).zip(data, other, (pick, d, o) -> pick < 7 ? d : o);
  }

  /** Schedules: mostly a header and data lines, sometimes CR LF, a byte order mark or no header. */
  private static Gen<String> schedules() {
    return lists()
        .of(scheduleLines())
        .ofSizeBetween(0, 6)
        .zip(
            integers().between(0, 9),
            booleans().all(),
            (lines, variant, finalNewLine) -> {
              String eol = variant == 0 ? "\r\n" : "\n";
              String head =
                  (variant == 1 ? "\uFEFF" : "")
                      + (variant == 2 ? "" : "# Schedule" + eol + ScheduleParser.HEADER + eol);
              return head + String.join(eol, lines) + (finalNewLine ? eol : "");
            });
  }

  /** The entries read from a text, or the fields of the error. */
  private static String readOutcome(String text, boolean asBytes) {
    try {
      List<ScheduleEntry> entries =
          asBytes
              ? ScheduleParser.parse(text.getBytes(StandardCharsets.UTF_8), "s.csv")
              : ScheduleParser.parse(new StringReader(text), "s.csv");
      return entries.toString();
    } catch (ScheduleFormatException e) {
      return String.join(
          " | ", e.source(), Integer.toString(e.line()), e.field(), e.value(), e.problem());
    }
  }

  @Test
  void readsBytesAsTheirDecodedText() {
    qt().withExamples(1000)
        .forAll(schedules())
        .checkAssert(text -> assertEquals(readOutcome(text, false), readOutcome(text, true), text));
  }

  @Test
  void readsAPlainScheduleWithSpacedNamesByteByByte() {
    String text =
        "# Lịch nghỉ\n"
            + ScheduleParser.HEADER
            + "\n\n"
            + "2027-02-05,PUBLIC_HOLIDAY,LUNAR_NEW_YEAR,  Tết Nguyên đán ,CV 1234/VPCP-KGVX\n"
            + "# giữa\n"
            + "2027-02-20,MAKE_UP_WORKING_DAY,SWAP,Làm bù,CV 1234\u3000\n"
            + "2027-02-19,SWAPPED_DAY_OFF,SWAP,Nghỉ hoán đổi,CV 1234";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    List<ScheduleEntry> plain = ScheduleParser.parsePlain(bytes, "s.csv");
    assertNotNull(plain, "the schedule is plain");
    assertEquals(ScheduleParser.parse(new StringReader(text), "s.csv"), plain);
    assertEquals(3, plain.size());
    assertEquals("Tết Nguyên đán", plain.get(0).day().name());
    assertEquals("CV 1234", plain.get(1).day().source());
    assertEquals(7, plain.get(2).line());
  }

  @Test
  void readsTheBundledScheduleByteByByteAsItsDecodedText() throws IOException {
    byte[] bundled;
    try (InputStream in =
        io.github.proctime.calendar.WorkingCalendars.class.getResourceAsStream(
            "vn-official-schedules.csv")) {
      bundled = in.readAllBytes();
    }
    List<ScheduleEntry> plain = ScheduleParser.parsePlain(bundled, "b.csv");
    assertNotNull(plain, "the bundled schedule is plain");
    assertEquals(
        ScheduleParser.parse(
            new InputStreamReader(
                new java.io.ByteArrayInputStream(bundled), StandardCharsets.UTF_8),
            "b.csv"),
        plain);
  }

  private static final String ODD_CHARACTERS = "0159-+ x/\u0663";

  /** Text of the form yyyy-MM-dd with fields that may be out of range, one character may be odd. */
  private static Gen<String> dateLikeTexts() {
    Gen<String> plain =
        integers()
            .between(0, 9999)
            .zip(
                integers().between(0, 13),
                integers().between(0, 32),
                (y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
    return plain.zip(
        integers().between(-1, 9),
        integers().between(0, ODD_CHARACTERS.length() - 1),
        (text, at, odd) ->
            at < 0
                ? text
                : text.substring(0, at) + ODD_CHARACTERS.charAt(odd) + text.substring(at + 1));
  }

  private static String outcome(String text, boolean handWritten) {
    try {
      return (handWritten ? ScheduleParser.parseDate(text) : LocalDate.parse(text)).toString();
    } catch (DateTimeParseException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  @Test
  void parsesAsLocalDateParseDoes() {
    qt().withExamples(1000)
        .forAll(dateLikeTexts())
        .checkAssert(text -> assertEquals(outcome(text, false), outcome(text, true), text));
  }

  @Test
  void parsesEveryDayOfALeapCycleAsLocalDateParseDoes() {
    for (LocalDate d = LocalDate.of(1999, 12, 25); d.getYear() < 2004; d = d.plusDays(1)) {
      assertEquals(d, ScheduleParser.parseDate(d.toString()));
    }
    assertEquals(outcome("2023-02-29", false), outcome("2023-02-29", true));
    assertEquals(outcome("2024-02-30", false), outcome("2024-02-30", true));
  }
}
