package io.github.proctime.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LatePartyTest {
  private static LateParty.Builder official() {
    return LateParty.builder()
        .dimension(ReportDimension.OFFICIAL)
        .name("Nguyễn Văn An")
        .unit("SO_TNMT")
        .totalDelay(Duration.ofHours(30))
        .largestDelay(Duration.ofHours(20));
  }

  @Test
  void theDossiersBeyondTheCapAreCounted() {
    LateParty p = official().lateDossiers(5).addDossierCodes("A", "B").build();
    assertEquals(3, p.omittedDossierCodes());
  }

  @Test
  void aPartyCannotListMoreCodesThanLateDossiers() {
    assertThrows(
        IllegalArgumentException.class,
        () -> official().lateDossiers(1).addDossierCodes("A", "B").build());
  }
}
