package io.github.proctime.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TimelinessIndicatorTest {
  private static TimelinessIndicator of(
      long denominator, long numerator, double max, double target) {
    return TimelinessIndicator.builder()
        .denominator(denominator)
        .numerator(numerator)
        .lateByRepeatedSupplement(0)
        .maxPoints(max)
        .scoreTarget(target)
        .build();
  }

  static Stream<Arguments> scores() {
    return Stream.of(
        // The dashboard's observed conversion: rate x 20 (shared/domain/regulations.md §3.2).
        Arguments.of(358_643, 314_557, 20.0, 1.0, 314_557.0 / 358_643 * 20),
        Arguments.of(10, 10, 20.0, 1.0, 20.0),
        Arguments.of(10, 0, 20.0, 1.0, 0.0),
        // A target: full points from 90 % (the method's 5.4 conversion, §3.1).
        Arguments.of(100, 95, 6.0, 0.9, 6.0),
        Arguments.of(100, 45, 6.0, 0.9, 3.0));
  }

  @ParameterizedTest
  @MethodSource("scores")
  void theScoreIsMaxPointsTimesTheRateOverTheTargetCappedAtOne(
      long denominator, long numerator, double max, double target, double score) {
    TimelinessIndicator i = of(denominator, numerator, max, target);
    assertEquals((double) numerator / denominator, i.rate().orElseThrow(), 1e-12);
    assertEquals(score, i.score().orElseThrow(), 1e-9);
    assertEquals(denominator - numerator, i.late());
  }

  @Test
  void aZeroDenominatorHasNoRate() {
    TimelinessIndicator i = of(0, 0, 20, 1);
    assertTrue(i.rate().isEmpty());
    assertTrue(i.score().isEmpty());
  }

  @Test
  void theNumeratorCannotExceedTheDenominator() {
    assertThrows(IllegalArgumentException.class, () -> of(3, 4, 20, 1));
  }
}
