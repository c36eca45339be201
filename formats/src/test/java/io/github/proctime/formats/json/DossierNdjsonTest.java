package io.github.proctime.formats.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.proctime.core.Dossier;
import io.github.proctime.formats.Fixtures;
import io.github.proctime.formats.FormatException;
import io.github.proctime.formats.FormatRule;
import io.github.proctime.formats.ReadOptions;
import io.github.proctime.formats.ReadReport;
import io.github.proctime.formats.RecordReader;
import io.github.proctime.formats.RoundTrips;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DossierNdjsonTest {
  static final String HEADER = "{\"format\":\"proctime.dossiers\",\"formatVersion\":1}\n";

  static String dossier(String code, String extraDossierFields, String event) {
    return "{\"code\":\""
        + code
        + "\",\"procedureCode\":\"1.004227\",\"receivingUnit\":\"BO_PHAN_MOT_CUA\","
        + "\"channel\":\"IN_PERSON\""
        + extraDossierFields
        + ",\"events\":["
        + event
        + "]}\n";
  }

  static String event(String type, String occurredAt) {
    return "{\"type\":\""
        + type
        + "\",\"occurredAt\":\""
        + occurredAt
        + "\",\"recordedAt\":\"2025-03-03T08:00+07:00\"}";
  }

  static final String GOOD_EVENT = event("RECEIVED", "2025-03-03T08:00+07:00");

  /** rule, input, line, field, value, JSON path. */
  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of(
            FormatRule.OFFSET_REQUIRED,
            HEADER + dossier("A", "", event("RECEIVED", "2025-03-03T08:00")),
            2,
            "occurredAt",
            "2025-03-03T08:00",
            "$.events[0].occurredAt"),
        Arguments.of(
            FormatRule.INVALID_DATE_TIME,
            HEADER + dossier("A", "", event("RECEIVED", "2025-13-03T08:00+07:00")),
            2,
            "occurredAt",
            "2025-13-03T08:00+07:00",
            "$.events[0].occurredAt"),
        Arguments.of(
            FormatRule.UNKNOWN_VALUE,
            HEADER + dossier("A", "", event("RECIEVED", "2025-03-03T08:00+07:00")),
            2,
            "type",
            "RECIEVED",
            "$.events[0].type"),
        Arguments.of(
            FormatRule.UNKNOWN_VALUE,
            HEADER + dossier("A", "", GOOD_EVENT).replace("IN_PERSON", "in_person"),
            2,
            "channel",
            "in_person",
            "$.channel"),
        Arguments.of(
            FormatRule.MISSING_FIELD,
            HEADER
                + dossier(
                    "A", "", "{\"type\":\"RECEIVED\",\"occurredAt\":\"2025-03-03T08:00+07:00\"}"),
            2,
            "recordedAt",
            null,
            "$.events[0].recordedAt"),
        Arguments.of(
            FormatRule.WRONG_TYPE,
            HEADER + dossier("A", "", GOOD_EVENT).replace("\"1.004227\"", "1.004227"),
            2,
            "procedureCode",
            "1.004227",
            "$.procedureCode"),
        Arguments.of(
            FormatRule.UNKNOWN_FIELD,
            HEADER + dossier("A", ",\"aplicant\":\"Nguyễn Văn An\"", GOOD_EVENT),
            2,
            "aplicant",
            "Nguyễn Văn An",
            "$.aplicant"),
        Arguments.of(
            FormatRule.INVALID_VALUE,
            HEADER + dossier(" ", "", GOOD_EVENT),
            2,
            "code",
            " ",
            "$.code"),
        Arguments.of(
            FormatRule.DUPLICATE_CODE,
            HEADER
                + dossier("A", "", GOOD_EVENT)
                + dossier("B", "", GOOD_EVENT)
                + dossier("A", "", GOOD_EVENT),
            4,
            "code",
            "A",
            "$.code"),
        Arguments.of(
            FormatRule.FORMAT_MISMATCH,
            "{\"format\":\"proctime.dossiers\",\"formatVersion\":2}\n",
            1,
            "formatVersion",
            "2",
            "$.formatVersion"),
        Arguments.of(
            FormatRule.FORMAT_MISMATCH,
            "{\"format\":\"proctime.procedures\",\"formatVersion\":1}\n",
            1,
            "format",
            "proctime.procedures",
            "$.format"),
        Arguments.of(
            FormatRule.FORMAT_MISMATCH,
            dossier("A", "", GOOD_EVENT),
            1,
            "format",
            null,
            "$.format"));
  }

  @ParameterizedTest
  @MethodSource("badInputs")
  void badInputIsReportedWithItsPlace(
      FormatRule rule, String input, long line, String field, String value, String path) {
    FormatException e = RoundTrips.strictError(input, DossierNdjson::reader);
    assertEquals(rule, e.rule(), e.getMessage());
    assertEquals("test", e.source());
    assertEquals(line, e.line());
    assertEquals(Optional.ofNullable(field), e.field());
    assertEquals(Optional.ofNullable(value), e.value());
    assertEquals(Optional.of(path), e.jsonPath());
  }

  @Test
  void theDossierCodeIsNamedWhenKnown() {
    FormatException e =
        RoundTrips.strictError(
            HEADER + dossier("A-1", "", event("RECEIVED", "2025-03-03T08:00")),
            DossierNdjson::reader);
    assertEquals(Optional.of("A-1"), e.dossierCode());
  }

  @Test
  void brokenJsonNamesLineAndColumn() {
    FormatException e =
        RoundTrips.strictError(
            HEADER + dossier("A", "", GOOD_EVENT) + "{\"code\": \"B\",,}\n", DossierNdjson::reader);
    assertEquals(FormatRule.MALFORMED_SYNTAX, e.rule());
    assertEquals(3, e.line());
    assertEquals(14, e.column());
  }

  @Test
  void duplicateKeysAreRejected() {
    FormatException e =
        RoundTrips.strictError(
            HEADER + dossier("A", ",\"code\":\"B\"", GOOD_EVENT), DossierNdjson::reader);
    assertEquals(FormatRule.MALFORMED_SYNTAX, e.rule());
    assertEquals(2, e.line());
  }

  @Test
  void anEmptyLineIsRejected() {
    FormatException e =
        RoundTrips.strictError(
            HEADER + dossier("A", "", GOOD_EVENT) + "\n" + dossier("B", "", GOOD_EVENT),
            DossierNdjson::reader);
    assertEquals(FormatRule.MALFORMED_SYNTAX, e.rule());
    assertEquals(3, e.line());
  }

  @Test
  void nullIsAbsentForAnOptionalFieldAndMissingForARequiredOne() {
    Dossier d =
        RoundTrips.read(
                HEADER + dossier("A", ",\"applicant\":null", GOOD_EVENT), DossierNdjson::reader)
            .get(0);
    assertEquals(Optional.empty(), d.applicant());
    FormatException e =
        RoundTrips.strictError(
            HEADER + dossier("A", "", GOOD_EVENT).replace("\"1.004227\"", "null"),
            DossierNdjson::reader);
    assertEquals(FormatRule.MISSING_FIELD, e.rule());
    assertEquals(Optional.of("procedureCode"), e.field());
  }

  @Test
  void anEmptyInputHasNoHeader() {
    FormatException e = RoundTrips.strictError("", DossierNdjson::reader);
    assertEquals(FormatRule.FORMAT_MISMATCH, e.rule());
    assertEquals(1, e.line());
  }

  @Test
  void lenientModeSkipsBadLinesAndCountsThem() {
    String input =
        HEADER
            + dossier("A", "", GOOD_EVENT)
            + dossier("B", "", event("RECEIVED", "2025-03-03T08:00"))
            + "not json\n"
            + dossier("C", "", GOOD_EVENT)
            + dossier("A", "", GOOD_EVENT);
    List<FormatException> heard = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    ReadReport report;
    try (RecordReader<Dossier> r =
        DossierNdjson.reader(
            new StringReader(input),
            ReadOptions.lenient("d.ndjson").withRejectionListener(heard::add))) {
      r.forEachRemaining(d -> codes.add(d.code()));
      report = r.report();
    }
    assertEquals(List.of("A", "C"), codes);
    assertEquals(5, report.read());
    assertEquals(2, report.accepted());
    assertEquals(3, report.rejected());
    assertEquals(report.read(), report.accepted() + report.rejected());
    assertEquals(heard, report.rejections());
    assertEquals(List.of(3L, 4L, 6L), heard.stream().map(FormatException::line).toList());
    assertEquals(
        List.of(FormatRule.OFFSET_REQUIRED, FormatRule.MALFORMED_SYNTAX, FormatRule.DUPLICATE_CODE),
        heard.stream().map(FormatException::rule).toList());
    assertEquals("d.ndjson", heard.get(0).source());
  }

  @Test
  void strictModeStopsAtTheFirstBadRecord() {
    String input =
        HEADER
            + dossier("A", "", GOOD_EVENT)
            + dossier("B", "", event("RECEIVED", "2025-03-03T08:00"))
            + dossier("C", "", GOOD_EVENT);
    try (RecordReader<Dossier> r =
        DossierNdjson.reader(new StringReader(input), ReadOptions.strict("d.ndjson"))) {
      assertEquals("A", r.next().code());
      FormatException e = assertThrows(FormatException.class, r::next);
      assertEquals(3, e.line());
      assertEquals(false, r.hasNext());
      assertEquals(2, r.report().read());
      assertEquals(1, r.report().rejected());
    }
  }

  @Test
  void aHeaderErrorEndsLenientReadingToo() {
    try (RecordReader<Dossier> r =
        DossierNdjson.reader(
            new StringReader(
                "{\"format\":\"x\",\"formatVersion\":1}\n" + dossier("A", "", GOOD_EVENT)),
            ReadOptions.lenient("d.ndjson"))) {
      FormatException e = assertThrows(FormatException.class, r::hasNext);
      assertEquals(FormatRule.FORMAT_MISMATCH, e.rule());
      assertEquals(1, r.report().rejected());
    }
  }

  @Test
  void windowsLineEndsAreRead() {
    String golden = Fixtures.resource("/io/github/proctime/formats/golden/dossiers.ndjson");
    assertEquals(
        Fixtures.dossiers(), RoundTrips.read(golden.replace("\n", "\r\n"), DossierNdjson::reader));
  }

  private static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<Dossier> readBytes(InputStream in) {
    try (RecordReader<Dossier> r = DossierNdjson.reader(in, ReadOptions.strict("d.ndjson"))) {
      List<Dossier> out = new ArrayList<>();
      r.forEachRemaining(out::add);
      return out;
    }
  }

  @Test
  void bytesAreReadAsTheirUtf8Text() {
    String golden = Fixtures.resource("/io/github/proctime/formats/golden/dossiers.ndjson");
    assertEquals(Fixtures.dossiers(), readBytes(utf8(golden)));
    assertEquals(Fixtures.dossiers(), readBytes(utf8(golden.replace("\n", "\r\n"))));
    assertEquals(Fixtures.dossiers(), readBytes(utf8(golden.replace("\n", "\r"))));
    assertEquals(Fixtures.dossiers(), readBytes(utf8(golden.stripTrailing())));
  }

  @Test
  void aByteOrderMarkIsNotSkipped() {
    // As from a Reader (InputStreamReader leaves U+FEFF in the text): the header is malformed.
    try (RecordReader<Dossier> r =
        DossierNdjson.reader(
            utf8("\uFEFF" + HEADER + dossier("A", "", GOOD_EVENT)),
            ReadOptions.lenient("d.ndjson"))) {
      FormatException e = assertThrows(FormatException.class, r::hasNext);
      assertEquals(FormatRule.MALFORMED_SYNTAX, e.rule());
      assertEquals(1, e.line());
      assertEquals(1, r.report().rejected());
    }
  }

  private static byte[] withBytes(String before, int[] bad, String after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    for (int b : bad) {
      out.write(b);
    }
    out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  @Test
  void aLineThatIsNotUtf8IsRejectedNamingItsBytes() {
    // "Lê" with its second letter cut after the lead byte: 0xC3 then 'x'.
    byte[] input =
        withBytes(
            HEADER + dossier("A", "", GOOD_EVENT) + "{\"code\":\"L",
            new int[] {0xc3},
            "x\"}\n" + dossier("C", "", GOOD_EVENT));
    List<FormatException> heard = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    try (RecordReader<Dossier> r =
        DossierNdjson.reader(
            new ByteArrayInputStream(input),
            ReadOptions.lenient("d.ndjson").withRejectionListener(heard::add))) {
      r.forEachRemaining(d -> codes.add(d.code()));
      assertEquals(List.of("A", "C"), codes);
      assertEquals(1, r.report().rejected());
    }
    FormatException e = heard.get(0);
    assertEquals(FormatRule.MALFORMED_SYNTAX, e.rule());
    assertEquals("d.ndjson", e.source());
    assertEquals(3, e.line());
    assertEquals(11, e.column());
    assertEquals(Optional.of("0xC3 0x78"), e.value());
    assertEquals(Optional.empty(), e.field());
    assertEquals(
        "d.ndjson:3:11: MALFORMED_SYNTAX (the text must be well-formed), value '0xC3 0x78': not"
            + " UTF-8: the bytes at byte offset 10 of the line (0xC3 0x78) are not a valid UTF-8"
            + " sequence",
        e.getMessage());
  }

  @Test
  void strictModeStopsAtTheFirstLineThatIsNotUtf8() {
    byte[] input =
        withBytes(
            HEADER + dossier("A", "", GOOD_EVENT).replace("BO_PHAN", "B\u1ed8_PHAN").strip(),
            new int[] {0xe1, 0xbb},
            "\n" + dossier("C", "", GOOD_EVENT));
    try (RecordReader<Dossier> r =
        DossierNdjson.reader(new ByteArrayInputStream(input), ReadOptions.strict("s"))) {
      FormatException e = assertThrows(FormatException.class, r::hasNext);
      assertEquals(FormatRule.MALFORMED_SYNTAX, e.rule());
      assertEquals(2, e.line());
      assertEquals(Optional.of("0xE1 0xBB"), e.value());
      assertEquals(true, e.getMessage().endsWith("(it is cut off by the end of the line)"));
      assertEquals(false, r.hasNext());
    }
  }

  @Test
  void aHeaderThatIsNotUtf8EndsLenientReading() {
    byte[] input =
        withBytes("{\"format\":\"proctime.dossiers\"", new int[] {0xff}, ",\"formatVersion\":1}\n");
    try (RecordReader<Dossier> r =
        DossierNdjson.reader(new ByteArrayInputStream(input), ReadOptions.lenient("h"))) {
      FormatException e = assertThrows(FormatException.class, r::hasNext);
      assertEquals(FormatRule.MALFORMED_SYNTAX, e.rule());
      assertEquals(1, e.line());
      assertEquals(Optional.of("0xFF"), e.value());
      assertEquals(false, r.hasNext());
    }
  }
}
