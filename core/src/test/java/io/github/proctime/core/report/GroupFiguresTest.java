package io.github.proctime.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GroupFiguresTest {
  private static final TimelinessIndicator NONE =
      TimelinessIndicator.builder()
          .denominator(0)
          .numerator(0)
          .lateByRepeatedSupplement(0)
          .maxPoints(20)
          .scoreTarget(1)
          .build();

  /** A month in the style of Gia Lai's portal: 90 received, 10 carried over, 8 late. */
  private static GroupFigures.Builder month() {
    return GroupFigures.builder()
        .received(90)
        .carriedOver(10)
        .finishedEarly(40)
        .finishedOnTime(30)
        .finishedLate(5)
        .refused(3)
        .withdrawn(1)
        .stopped(1)
        .inProgressOnTime(17)
        .inProgressOverdue(3)
        .inProgressDueSoon(4)
        .waitingForApplicant(2)
        .totalProcessingTime(Duration.ofHours(75 * 20))
        .processingTimeP50(Duration.ofHours(16))
        .processingTimeP90(Duration.ofHours(36))
        .totalPaused(Duration.ofHours(12))
        .totalInvalidlyPaused(Duration.ofHours(1))
        .apologyOnTime(2)
        .apologyLate(1)
        .apologyMissing(5)
        .workingDayLength(Duration.ofHours(8))
        .indicator766(NONE);
  }

  @Test
  void derivedCountsFollowTheirFormulas() {
    GroupFigures g = month().build();
    assertEquals(100, g.toProcess());
    assertEquals(75, g.finished());
    assertEquals(80, g.ended());
    assertEquals(20, g.inProgress());
    assertEquals(8, g.late());
    assertEquals(8, g.apologyRequired());
  }

  @Test
  void theOnTimeRateIsOneMinusTheLateRateOfGiaLai() {
    GroupFigures g = month().build();
    // Tỉ lệ trễ hạn = (3 + 5) / (90 + 10) = 8 %; Tỉ lệ đúng hạn = 92 %.
    assertEquals(0.92, g.onTimeRate().orElseThrow(), 1e-12);
    assertEquals(70.0 / 75, g.finishedOnTimeRate().orElseThrow(), 1e-12);
  }

  @Test
  void timesAreGivenInWorkingDaysOfTheConfiguredLength() {
    GroupFigures g = month().build();
    assertEquals(2.5, g.averageProcessingDays().orElseThrow(), 1e-12);
    assertEquals(2.0, g.processingDaysP50().orElseThrow(), 1e-12);
    assertEquals(4.5, g.processingDaysP90().orElseThrow(), 1e-12);
    assertEquals(1.5, g.pausedDays(), 1e-12);
    GroupFigures sixHourDays = month().workingDayLength(Duration.ofHours(6)).build();
    assertEquals(2.0, sixHourDays.pausedDays(), 1e-12);
  }

  @Test
  void anEmptyGroupHasNoRatesOrAverages() {
    GroupFigures g =
        month()
            .received(0)
            .carriedOver(0)
            .finishedEarly(0)
            .finishedOnTime(0)
            .finishedLate(0)
            .refused(0)
            .withdrawn(0)
            .stopped(0)
            .inProgressOnTime(0)
            .inProgressOverdue(0)
            .processingTimeP50(Optional.empty())
            .processingTimeP90(Optional.empty())
            .build();
    assertTrue(g.onTimeRate().isEmpty());
    assertTrue(g.finishedOnTimeRate().isEmpty());
    assertTrue(g.averageProcessingDays().isEmpty());
    assertTrue(g.processingDaysP50().isEmpty());
    assertTrue(g.processingDaysP90().isEmpty());
  }
}
