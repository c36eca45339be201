package io.github.proctime.formats.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.proctime.formats.Fixtures;
import io.github.proctime.formats.FormatException;
import io.github.proctime.formats.FormatRule;
import io.github.proctime.formats.RoundTrips;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProcedureJsonTest {
  private static final String GOLDEN =
      Fixtures.resource("/io/github/proctime/formats/golden/procedures.json");

  /** rule, input, field, value, JSON path. */
  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of(
            FormatRule.INVALID_VALUE,
            GOLDEN.replace("\"amount\": 7", "\"amount\": -7"),
            "amount",
            "-7",
            "$.procedures[0].versions[0].processingTime.amount"),
        Arguments.of(
            FormatRule.WRONG_TYPE,
            GOLDEN.replace("\"amount\": 7", "\"amount\": 7.5"),
            "amount",
            "7.5",
            "$.procedures[0].versions[0].processingTime.amount"),
        Arguments.of(
            FormatRule.UNKNOWN_VALUE,
            GOLDEN.replace("\"CALENDAR_DAYS\"", "\"DAYS\""),
            "unit",
            "DAYS",
            "$.procedures[0].versions[1].steps[2].allotment.unit"),
        Arguments.of(
            FormatRule.INVALID_DATE_TIME,
            GOLDEN.replace("\"15:00\"", "\"3 pm\""),
            "intakeCutoff",
            "3 pm",
            "$.procedures[0].versions[1].intakeCutoff"),
        Arguments.of(
            FormatRule.INVALID_DATE_TIME,
            GOLDEN.replace("\"2021-01-01\"", "\"01/01/2021\""),
            "effectiveFrom",
            "01/01/2021",
            "$.procedures[0].versions[0].effectiveFrom"),
        Arguments.of(
            FormatRule.INVALID_VALUE,
            GOLDEN.replace("\"2021-01-01\"", "\"2024-01-01\""),
            "versions",
            null,
            "$.procedures[0].versions"),
        Arguments.of(
            FormatRule.INVALID_VALUE,
            GOLDEN.replace("\"THAM_DINH\"", "\"TIEP_NHAN\""),
            "steps",
            null,
            "$.procedures[0].versions[1].steps"),
        Arguments.of(
            FormatRule.MISSING_FIELD,
            GOLDEN.replace("\"ownerUnit\": \"PHONG_TNMT\",", ""),
            "ownerUnit",
            null,
            "$.procedures[0].versions[1].steps[1].ownerUnit"));
  }

  @ParameterizedTest
  @MethodSource("badInputs")
  void badInputIsReportedWithItsPath(
      FormatRule rule, String input, String field, String value, String path) {
    FormatException e = RoundTrips.strictError(input, ProcedureJson::reader);
    assertEquals(rule, e.rule(), e.getMessage());
    assertEquals(Optional.ofNullable(field), e.field());
    if (value != null) {
      assertEquals(Optional.of(value), e.value());
    }
    assertEquals(Optional.of(path), e.jsonPath());
    assertEquals(Optional.of("1.004227"), e.dossierCode());
    assertEquals(5, e.line());
  }

  @Test
  void aDuplicateProcedureCodeIsRejected() {
    String one = GOLDEN.substring(GOLDEN.indexOf("    {"), GOLDEN.lastIndexOf("  ]"));
    String input =
        "{\"format\": \"proctime.procedures\", \"formatVersion\": 1, \"procedures\": ["
            + one
            + ","
            + one
            + "]}";
    FormatException e = RoundTrips.strictError(input, ProcedureJson::reader);
    assertEquals(FormatRule.DUPLICATE_CODE, e.rule());
    assertEquals(Optional.of("$.procedures[1].code"), e.jsonPath());
    assertEquals(Optional.of("1.004227"), e.value());
  }

  @Test
  void readAllReadsTheCatalogue() {
    assertEquals(
        List.of(Fixtures.procedure()), ProcedureJson.readAll(new StringReader(GOLDEN), "p.json"));
  }
}
