package io.github.proctime.formats.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.proctime.core.Dossier;
import io.github.proctime.formats.Fixtures;
import io.github.proctime.formats.FormatException;
import io.github.proctime.formats.FormatRule;
import io.github.proctime.formats.ReadOptions;
import io.github.proctime.formats.RecordReader;
import io.github.proctime.formats.RoundTrips;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DossierJsonTest {
  private static final String GOLDEN =
      Fixtures.resource("/io/github/proctime/formats/golden/dossiers.json");

  @Test
  void aBadRecordIsPlacedByItsStartLineAndPath() {
    FormatException e =
        RoundTrips.strictError(
            GOLDEN.replace("\"2025-03-05T16:00:00+07:00\"", "\"2025-03-05T16:00:00\""),
            DossierJson::reader);
    assertEquals(FormatRule.OFFSET_REQUIRED, e.rule());
    assertEquals(62, e.line());
    assertEquals(5, e.column());
    assertEquals(Optional.of("$.dossiers[1].events[1].occurredAt"), e.jsonPath());
    assertEquals(Optional.of("occurredAt"), e.field());
    assertEquals(Optional.of("2025-03-05T16:00:00"), e.value());
    assertEquals(Optional.of("000.00.12.H40-250304-0002"), e.dossierCode());
  }

  @Test
  void theFormatMustComeBeforeTheDossiers() {
    FormatException e =
        RoundTrips.strictError(
            "{\"dossiers\": [], \"format\": \"proctime.dossiers\", \"formatVersion\": 1}",
            DossierJson::reader);
    assertEquals(FormatRule.FORMAT_MISMATCH, e.rule());
    assertEquals(Optional.of("$.format"), e.jsonPath());
  }

  @Test
  void anUnsupportedVersionIsRejected() {
    FormatException e =
        RoundTrips.strictError(
            GOLDEN.replace("\"formatVersion\": 1", "\"formatVersion\": 2"), DossierJson::reader);
    assertEquals(FormatRule.FORMAT_MISMATCH, e.rule());
    assertEquals(Optional.of("formatVersion"), e.field());
    assertEquals(Optional.of("2"), e.value());
    assertEquals(3, e.line());
  }

  @Test
  void anUnknownTopLevelFieldIsRejected() {
    FormatException e =
        RoundTrips.strictError(
            "{\"format\": \"proctime.dossiers\", \"formatVersion\": 1, \"comment\": \"x\","
                + " \"dossiers\": []}",
            DossierJson::reader);
    assertEquals(FormatRule.UNKNOWN_FIELD, e.rule());
    assertEquals(Optional.of("comment"), e.field());
  }

  @Test
  void theDossiersMustBeAnArray() {
    FormatException e =
        RoundTrips.strictError(
            "{\"format\": \"proctime.dossiers\", \"formatVersion\": 1, \"dossiers\": {}}",
            DossierJson::reader);
    assertEquals(FormatRule.WRONG_TYPE, e.rule());
    assertEquals(Optional.of("dossiers"), e.field());
  }

  @Test
  void aMissingArrayIsReported() {
    FormatException e =
        RoundTrips.strictError(
            "{\"format\": \"proctime.dossiers\", \"formatVersion\": 1}", DossierJson::reader);
    assertEquals(FormatRule.MISSING_FIELD, e.rule());
    assertEquals(Optional.of("dossiers"), e.field());
  }

  @Test
  void aDossierThatIsNotAnObjectIsRejected() {
    FormatException e =
        RoundTrips.strictError(
            "{\"format\": \"proctime.dossiers\", \"formatVersion\": 1, \"dossiers\": [42]}",
            DossierJson::reader);
    assertEquals(FormatRule.WRONG_TYPE, e.rule());
    assertEquals(Optional.of("$.dossiers[0]"), e.jsonPath());
    assertEquals(Optional.of("42"), e.value());
  }

  @Test
  void lenientModeSkipsABadDossierAndGoesOn() {
    String input = GOLDEN.replace("\"IN_PERSON\"", "\"AT_DESK\"");
    try (RecordReader<Dossier> r =
        DossierJson.reader(new StringReader(input), ReadOptions.lenient("d.json"))) {
      List<Dossier> read = r.stream().toList();
      assertEquals(List.of(Fixtures.apologisedDossier()), read);
      assertEquals(2, r.report().read());
      assertEquals(1, r.report().rejected());
      FormatException e = r.report().rejections().get(0);
      assertEquals(FormatRule.UNKNOWN_VALUE, e.rule());
      assertEquals(Optional.of("AT_DESK"), e.value());
      assertEquals(5, e.line());
    }
  }

  @Test
  void brokenSyntaxEndsLenientReading() {
    String input = GOLDEN.replace("\"channel\": \"ONLINE\",", "\"channel\": \"ONLINE\",,");
    try (RecordReader<Dossier> r =
        DossierJson.reader(new StringReader(input), ReadOptions.lenient("d.json"))) {
      assertEquals(Fixtures.returnedDossier(), r.next());
      FormatException e = assertThrows(FormatException.class, r::hasNext);
      assertEquals(FormatRule.MALFORMED_SYNTAX, e.rule());
      assertEquals(66, e.line());
      assertEquals(2, r.report().read());
    }
  }

  @Test
  void contentAfterTheDocumentIsRejected() {
    FormatException e = RoundTrips.strictError(GOLDEN + "{}", DossierJson::reader);
    assertEquals(FormatRule.MALFORMED_SYNTAX, e.rule());
  }
}
