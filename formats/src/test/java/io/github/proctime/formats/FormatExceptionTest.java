package io.github.proctime.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.proctime.ProctimeException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormatExceptionTest {
  @Test
  void theMessageNamesThePlaceTheFieldTheValueAndTheRule() {
    IllegalStateException cause = new IllegalStateException("x");
    FormatException e =
        FormatException.builder(FormatRule.OFFSET_REQUIRED, "events.csv")
            .line(12)
            .column(6)
            .field("occurred_at")
            .value("2025-03-03T08:00")
            .dossierCode("H1")
            .detail("expected an offset")
            .cause(cause)
            .build();
    assertEquals(
        "events.csv:12:6: OFFSET_REQUIRED (a date-time must carry an explicit zone offset),"
            + " dossier H1, field occurred_at, value '2025-03-03T08:00': expected an offset",
        e.getMessage());
    assertEquals(FormatRule.OFFSET_REQUIRED, e.rule());
    assertEquals("events.csv", e.source());
    assertEquals(12, e.line());
    assertEquals(6, e.column());
    assertEquals(Optional.of("occurred_at"), e.field());
    assertEquals(Optional.of("2025-03-03T08:00"), e.value());
    assertEquals(Optional.of("H1"), e.dossierCode());
    assertEquals(Optional.empty(), e.jsonPath());
    assertEquals(cause, e.getCause());
    assertInstanceOf(ProctimeException.class, e);
  }

  @Test
  void aMissingValueAndUnknownPlaceAreSaidSo() {
    FormatException e =
        FormatException.builder(FormatRule.MISSING_FIELD, "d.json").jsonPath("$.code").build();
    assertEquals(
        "d.json: MISSING_FIELD (a required field must be present) at $.code, value missing",
        e.getMessage());
    assertEquals(0, e.line());
    assertEquals(Optional.empty(), e.value());
  }
}
