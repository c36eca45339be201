package io.github.proctime.formats.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.proctime.core.Dossier;
import io.github.proctime.formats.Fixtures;
import io.github.proctime.formats.FormatException;
import io.github.proctime.formats.FormatRule;
import io.github.proctime.formats.ReadOptions;
import io.github.proctime.formats.RecordReader;
import io.github.proctime.formats.RecordWriter;
import io.github.proctime.formats.RoundTrips;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EventLogCsvTest {
  static final String HEADER =
      "dossier_code,procedure_code,receiving_unit,channel,event_type,occurred_at,recorded_at,official\n";

  static String row(String code, String type, String occurredAt) {
    return code
        + ",1.004227,BO_PHAN_MOT_CUA,IN_PERSON,"
        + type
        + ","
        + occurredAt
        + ",2025-03-03T08:00+07:00,Lê Thị Cúc\n";
  }

  static final String A1 = row("A", "RECEIVED", "2025-03-03T08:00+07:00");
  static final String A2 = row("A", "HANDED_OVER", "2025-03-03T09:00+07:00");
  static final String B1 = row("B", "RECEIVED", "2025-03-03T08:00+07:00");

  /** rule, input, line, cell, field, value. */
  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of(
            FormatRule.OFFSET_REQUIRED,
            HEADER + A1 + row("A", "HANDED_OVER", "2025-03-03T09:00"),
            3,
            6,
            "occurred_at",
            "2025-03-03T09:00"),
        Arguments.of(
            FormatRule.INVALID_DATE_TIME,
            HEADER + A1 + row("A", "HANDED_OVER", "03/03/2025 09:00"),
            3,
            6,
            "occurred_at",
            "03/03/2025 09:00"),
        Arguments.of(
            FormatRule.UNKNOWN_VALUE,
            HEADER + row("A", "Tiếp nhận", "2025-03-03T08:00+07:00"),
            2,
            5,
            "event_type",
            "Tiếp nhận"),
        Arguments.of(
            FormatRule.UNKNOWN_VALUE,
            HEADER + A1.replace("IN_PERSON", "DESK"),
            2,
            4,
            "channel",
            "DESK"),
        Arguments.of(
            FormatRule.MISSING_FIELD,
            HEADER + row("A", "", "2025-03-03T08:00+07:00"),
            2,
            5,
            "event_type",
            null),
        Arguments.of(
            FormatRule.MISSING_FIELD,
            HEADER + A1.replace(",1.004227,", ",,"),
            2,
            2,
            "procedure_code",
            null),
        Arguments.of(
            FormatRule.INVALID_VALUE,
            HEADER + A1.replace(",1.004227,", ", ,"),
            2,
            2,
            "procedure_code",
            " "),
        Arguments.of(FormatRule.DUPLICATE_CODE, HEADER + A1 + B1 + A2, 4, 1, "dossier_code", "A"),
        Arguments.of(
            FormatRule.INCONSISTENT_DOSSIER,
            HEADER + A1 + A2.replace("1.004227", "2.000635"),
            3,
            2,
            "procedure_code",
            "2.000635"),
        Arguments.of(FormatRule.WRONG_CELL_COUNT, HEADER + A1 + "A,1.004227\n", 3, 3, null, "2"),
        Arguments.of(
            FormatRule.MISSING_FIELD, HEADER + A1.replace("A,", ","), 2, 1, "dossier_code", null),
        Arguments.of(
            FormatRule.MISSING_COLUMN,
            HEADER.replace(",recorded_at", "") + A1,
            1,
            0,
            "recorded_at",
            null),
        Arguments.of(
            FormatRule.UNKNOWN_COLUMN,
            HEADER.replace("official", "oficial") + A1,
            1,
            8,
            "oficial",
            "oficial"),
        Arguments.of(
            FormatRule.UNKNOWN_COLUMN,
            HEADER.replace("official", "channel") + A1,
            1,
            8,
            "channel",
            "channel"));
  }

  @ParameterizedTest
  @MethodSource("badInputs")
  void badInputIsReportedWithItsPlace(
      FormatRule rule, String input, long line, int cell, String field, String value) {
    FormatException e = RoundTrips.strictError(input, EventLogCsv::reader);
    assertEquals(rule, e.rule(), e.getMessage());
    assertEquals("test", e.source());
    assertEquals(line, e.line());
    assertEquals(cell, e.column());
    assertEquals(Optional.ofNullable(field), e.field());
    assertEquals(Optional.ofNullable(value), e.value());
    assertEquals(Optional.empty(), e.jsonPath());
  }

  @Test
  void theDossierCodeIsNamed() {
    FormatException e =
        RoundTrips.strictError(
            HEADER + A1 + row("A", "HANDED_OVER", "2025-03-03T09:00"), EventLogCsv::reader);
    assertEquals(Optional.of("A"), e.dossierCode());
  }

  @Test
  void linesAreCountedThroughQuotedLineBreaks() {
    String input =
        HEADER + A1.replace("Lê Thị Cúc", "\"Lê\nThị\r\nCúc\"") + row("A", "HANDED_OVER", "bad");
    FormatException e = RoundTrips.strictError(input, EventLogCsv::reader);
    assertEquals(5, e.line());
  }

  @Test
  void aQuoteInsideAnUnquotedCellIsASyntaxError() {
    FormatException e =
        RoundTrips.strictError(
            HEADER + A1.replace("Lê Thị Cúc", "Lê \"Cúc\""), EventLogCsv::reader);
    assertEquals(FormatRule.MALFORMED_SYNTAX, e.rule());
    assertEquals(2, e.line());
    assertEquals(8, e.column());
  }

  @Test
  void anUnclosedQuoteEndsLenientReading() {
    String input = HEADER + A1 + B1 + A1.replace("Lê Thị Cúc", "\"Lê Thị Cúc") + A2;
    try (RecordReader<Dossier> r =
        EventLogCsv.reader(new StringReader(input), ReadOptions.lenient("e.csv"))) {
      assertEquals("A", r.next().code());
      FormatException e = assertThrows(FormatException.class, r::hasNext);
      assertEquals(FormatRule.MALFORMED_SYNTAX, e.rule());
      assertEquals(4, e.line());
      assertEquals(Optional.empty(), e.dossierCode());
      // B is rejected too: the broken text might have held more of its rows.
      FormatException b = r.report().rejections().get(0);
      assertEquals(Optional.of("B"), b.dossierCode());
      assertEquals(4, b.line());
      assertEquals(3, r.report().read());
      assertEquals(2, r.report().rejected());
    }
  }

  @Test
  void lenientModeSkipsAWholeDossierWithOneBadRow() {
    String input =
        HEADER
            + A1
            + row("A", "HANDED_OVER", "2025-03-03T09:00")
            + B1
            + row("C", "RECEIVED", "2025-03-03T08:00+07:00")
            + row("C", "RECIEVED", "2025-03-03T08:00+07:00")
            + A2
            + row("D", "RECEIVED", "2025-03-03T08:00+07:00").replace("A,", "D,");
    List<FormatException> heard = new ArrayList<>();
    try (RecordReader<Dossier> r =
        EventLogCsv.reader(
            new StringReader(input),
            ReadOptions.lenient("e.csv").withRejectionListener(heard::add))) {
      List<String> codes = r.stream().map(Dossier::code).toList();
      assertEquals(List.of("B", "D"), codes);
      assertEquals(5, r.report().read());
      assertEquals(2, r.report().accepted());
      assertEquals(3, r.report().rejected());
      assertEquals(
          List.of(FormatRule.OFFSET_REQUIRED, FormatRule.UNKNOWN_VALUE, FormatRule.DUPLICATE_CODE),
          heard.stream().map(FormatException::rule).toList());
      assertEquals(List.of(3L, 6L, 7L), heard.stream().map(FormatException::line).toList());
    }
  }

  @Test
  void aRowWithoutCodeComingFirstIsARecordOfItsOwn() {
    try (RecordReader<Dossier> r =
        EventLogCsv.reader(
            new StringReader(HEADER + A1.replace("A,", ",") + B1), ReadOptions.lenient("e.csv"))) {
      assertEquals(List.of("B"), r.stream().map(Dossier::code).toList());
      assertEquals(2, r.report().read());
      assertEquals(1, r.report().rejected());
    }
  }

  @Test
  void optionalColumnsMayBeLeftOutAndColumnsReordered() {
    String input =
        "event_type,occurred_at,recorded_at,channel,receiving_unit,procedure_code,dossier_code\r\n"
            + "RECEIVED,2025-03-03T08:00+07:00,2025-03-03T08:00+07:00,ONLINE,BO_PHAN_MOT_CUA,1.004227,A\r\n";
    List<Dossier> read = RoundTrips.read(input, EventLogCsv::reader);
    assertEquals(1, read.size());
    assertEquals(Optional.empty(), read.get(0).events().get(0).official());
    assertEquals(Fixtures.at("2025-03-03T08:00"), read.get(0).receivedAt().get());
  }

  @Test
  void aByteOrderMarkIsIgnored() {
    assertEquals(1, RoundTrips.read("\uFEFF" + HEADER + A1, EventLogCsv::reader).size());
  }

  @Test
  void dossierColumnsMayBeLeftEmptyOnLaterRows() {
    String input =
        HEADER + A1 + "A,,,,HANDED_OVER,2025-03-03T09:00+07:00,2025-03-03T09:00+07:00,\n";
    Dossier d = RoundTrips.read(input, EventLogCsv::reader).get(0);
    assertEquals("1.004227", d.procedureCode());
    assertEquals(2, d.events().size());
  }

  @Test
  void anEmptyInputHasNoHeader() {
    FormatException e = RoundTrips.strictError("", EventLogCsv::reader);
    assertEquals(FormatRule.MISSING_COLUMN, e.rule());
    assertEquals(Optional.of("dossier_code"), e.field());
  }

  @Test
  void theHeaderListsEveryColumn() {
    assertEquals(17, EventLogCsv.header().size());
    assertEquals("dossier_code", EventLogCsv.header().get(0));
  }

  @Test
  void aDossierWithoutEventsCannotBeWritten() {
    Dossier empty = Dossier.builder().code("X").procedureCode("1").receivingUnit("U").build();
    try (RecordWriter<Dossier> w = EventLogCsv.writer(new StringWriter())) {
      assertThrows(IllegalArgumentException.class, () -> w.write(empty));
    }
  }
}
