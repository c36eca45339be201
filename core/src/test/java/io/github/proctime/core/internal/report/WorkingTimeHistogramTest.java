package io.github.proctime.core.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WorkingTimeHistogramTest {
  static Stream<Arguments> buckets() {
    return Stream.of(
        Arguments.of(0L, 0, 0L),
        Arguments.of(255L, 255, 255L),
        Arguments.of(256L, 256, 256L),
        Arguments.of(257L, 256, 256L),
        Arguments.of(511L, 383, 510L),
        Arguments.of(512L, 384, 512L),
        Arguments.of(1425L, 562, 1424L),
        Arguments.of(Long.MAX_VALUE, 7295, Long.MAX_VALUE - (1L << 55) + 1));
  }

  @ParameterizedTest
  @MethodSource("buckets")
  void bucketsAreExactBelow256MinutesThenLogLinear(long minutes, int bucket, long lowerBound) {
    assertEquals(bucket, WorkingTimeHistogram.bucket(minutes));
    assertEquals(lowerBound, WorkingTimeHistogram.lowerBound(bucket));
  }

  @Test
  void aValueIsAtMostOne128thAboveItsBucketsLowerBound() {
    qt().withExamples(1000)
        .forAll(longs().between(0, Long.MAX_VALUE))
        .checkAssert(
            v -> {
              long low = WorkingTimeHistogram.lowerBound(WorkingTimeHistogram.bucket(v));
              assertTrue(low <= v, v + " below " + low);
              assertTrue(v - low <= Math.max(0, v / 128), v + " too far from " + low);
              long next = WorkingTimeHistogram.lowerBound(WorkingTimeHistogram.bucket(v) + 1);
              assertTrue(next > v || WorkingTimeHistogram.bucket(v) == 7295);
            });
  }

  @Test
  void percentilesAreNearestRankOnExactValues() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, 255)).ofSizeBetween(1, 50))
        .checkAssert(
            values -> {
              WorkingTimeHistogram h = new WorkingTimeHistogram();
              values.forEach(v -> h.add(Duration.ofMinutes(v)));
              List<Integer> sorted = new ArrayList<>(values);
              Collections.sort(sorted);
              for (int p : new int[] {1, 50, 90, 100}) {
                int rank = (int) Math.ceil(p * sorted.size() / 100.0);
                assertEquals(
                    Optional.of(Duration.ofMinutes(sorted.get(Math.max(rank, 1) - 1))),
                    h.percentile(p),
                    "p" + p);
              }
            });
  }

  @Test
  void mergingAddsTheCounts() {
    WorkingTimeHistogram a = new WorkingTimeHistogram();
    WorkingTimeHistogram b = new WorkingTimeHistogram();
    a.add(Duration.ofMinutes(10));
    b.add(Duration.ofMinutes(20));
    b.add(Duration.ofMinutes(30));
    a.merge(b);
    assertEquals(Optional.of(Duration.ofMinutes(20)), a.percentile(50));
    assertEquals(Optional.of(Duration.ofMinutes(30)), a.percentile(90));
    assertEquals(Optional.empty(), new WorkingTimeHistogram().percentile(50));
  }
}
