package io.github.proctime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProcedureTest {
  private static final ProcedureVersion V2024 =
      ProcedureVersion.builder()
          .effectiveFrom(LocalDate.of(2024, 1, 1))
          .processingTime(ProcessingTime.workingDays(10))
          .build();
  private static final ProcedureVersion V2025 =
      ProcedureVersion.builder()
          .effectiveFrom(LocalDate.of(2025, 7, 1))
          .processingTime(ProcessingTime.workingDays(7))
          .build();

  @Test
  void dossierKeepsTheVersionInForceOnItsReceiptDate() {
    Procedure p =
        Procedure.builder().code("1.000001").name("Test").addVersions(V2024, V2025).build();
    assertTrue(p.versionOn(LocalDate.of(2023, 12, 31)).isEmpty());
    assertEquals(V2024, p.versionOn(LocalDate.of(2025, 6, 30)).orElseThrow());
    assertEquals(V2025, p.versionOn(LocalDate.of(2025, 7, 1)).orElseThrow());
  }

  @Test
  void versionsOutOfOrderAreRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Procedure.builder()
                    .code("1.000001")
                    .name("Test")
                    .addVersions(V2025, V2024)
                    .build());
    assertTrue(e.getMessage().contains("2024-01-01 follows 2025-07-01"), e.getMessage());
  }

  @Test
  void duplicateStepIdsAreRejected() {
    Step s =
        Step.builder()
            .id("A")
            .name("a")
            .ownerUnit("U")
            .allotment(ProcessingTime.workingDays(1))
            .build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ProcedureVersion.builder().from(V2024).addSteps(s, s).build());
    assertTrue(e.getMessage().contains("duplicate step id 'A'"), e.getMessage());
  }

  @Test
  void processingTimeRoundTripsThroughText() {
    assertEquals(ProcessingTime.workingHours(4), ProcessingTime.parse("4 WORKING_HOURS"));
    assertEquals("4 WORKING_HOURS", ProcessingTime.workingHours(4).toString());
    assertThrows(IllegalArgumentException.class, () -> ProcessingTime.parse("4 FORTNIGHTS"));
    assertThrows(IllegalArgumentException.class, () -> ProcessingTime.workingDays(-1));
  }
}
