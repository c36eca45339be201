package io.github.proctime.formats.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EvaluationJsonCodecProperties {
  @Test
  void durationTextIsDurationToString() {
    // Whole seconds of either sign (the hand-written path and its fallback), up to a century.
    qt().withExamples(2000)
        .forAll(longs().between(-3_155_760_000L, 3_155_760_000L))
        .checkAssert(
            s ->
                assertEquals(
                    Duration.ofSeconds(s).toString(),
                    EvaluationJsonCodec.durationText(Duration.ofSeconds(s))));
    // With nanoseconds: always the fallback.
    qt().withExamples(500)
        .forAll(longs().between(-1_000_000L, 1_000_000L), integers().between(0, 999_999_999))
        .checkAssert(
            (s, n) ->
                assertEquals(
                    Duration.ofSeconds(s, n).toString(),
                    EvaluationJsonCodec.durationText(Duration.ofSeconds(s, n))));
  }

  @Test
  void durationTextOfWorkingTimes() {
    assertEquals("PT0S", EvaluationJsonCodec.durationText(Duration.ZERO));
    assertEquals("PT12H30M", EvaluationJsonCodec.durationText(Duration.ofMinutes(750)));
    assertEquals("PT1H5S", EvaluationJsonCodec.durationText(Duration.ofSeconds(3605)));
    assertEquals("PT59S", EvaluationJsonCodec.durationText(Duration.ofSeconds(59)));
    assertEquals("PT240H", EvaluationJsonCodec.durationText(Duration.ofHours(240)));
    // Hours beyond an int, and the digit counts around the fast paths.
    for (long hours :
        new long[] {9, 10, 99, 100, 999, 1000, 2_147_483_647L, 2_147_483_648L, 3_000_000_001L}) {
      Duration d = Duration.ofHours(hours).plusMinutes(7).plusSeconds(1);
      assertEquals(d.toString(), EvaluationJsonCodec.durationText(d));
    }
    Duration longest = Duration.ofSeconds(Long.MAX_VALUE);
    assertEquals(longest.toString(), EvaluationJsonCodec.durationText(longest));
  }
}
