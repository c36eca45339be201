package io.github.proctime.core;

import static io.github.proctime.core.TestDossiers.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DelayShareTest {
  private static DelayShare.Builder share() {
    return DelayShare.builder()
        .party(PartyKind.UNATTRIBUTED)
        .cause(DelayCause.UNATTRIBUTED)
        .amount(Duration.ofMinutes(30))
        .intervalStart(at("2025-03-05T08:00"))
        .intervalEnd(at("2025-03-05T08:30"))
        .explanation("30 min unattributed");
  }

  @Test
  void sharesAreEqualByValue() {
    DelayShare first = share().build();
    DelayShare second = share().build();
    assertNotSame(first, second);
    assertEquals(first, second);
    assertEquals(first.hashCode(), second.hashCode());
  }

  @Test
  void aShareWithoutDelayIsRefused() {
    IllegalArgumentException x =
        assertThrows(IllegalArgumentException.class, () -> share().amount(Duration.ZERO).build());
    assertTrue(x.getMessage().contains("amount must be positive"), x.getMessage());
  }

  @Test
  void aShareEndingBeforeItStartsIsRefused() {
    IllegalArgumentException x =
        assertThrows(
            IllegalArgumentException.class,
            () -> share().intervalEnd(at("2025-03-05T07:00")).build());
    assertTrue(x.getMessage().contains("is before intervalStart"), x.getMessage());
  }

  @Test
  void anAttributionSumsItsSharesByParty() {
    DelayShare official =
        share()
            .party(PartyKind.OFFICIAL)
            .cause(DelayCause.STEP_OVERRUN)
            .official("Trần Thị Bình")
            .amount(Duration.ofMinutes(90))
            .build();
    Attribution a =
        Attribution.builder()
            .dossierCode("H40-1")
            .timeline(Timeline.OCCURRED)
            .method(AttributionMethod.STEP_OVERRUN_IN_HANDOVER_ORDER)
            .delay(Duration.ofMinutes(120))
            .lateOnlyOnRecord(false)
            .addShares(official, share().build())
            .build();

    assertEquals(Duration.ofMinutes(90), a.attributed());
    assertEquals(Duration.ofMinutes(30), a.unattributed());
    assertEquals(Duration.ZERO, a.applicant());
    assertEquals(Duration.ofMinutes(90), a.shareOf("Trần Thị Bình"));
    assertEquals(Duration.ZERO, a.shareOf("Lê Văn Cường"));
    assertTrue(a.isLate());
  }
}
