package io.github.proctime.core.internal.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SentencesProperties {
  private static final long NANOS_PER_HOUR = 3_600_000_000_000L;

  /** The durations' text as a builder wrote it part by part, before it became one concatenation. */
  private static String oracle(Duration d) {
    long minutes = d.toMinutes();
    long hours = minutes / 60;
    long rest = minutes % 60;
    long seconds = d.getSeconds() - minutes * 60;
    StringBuilder b = new StringBuilder();
    if (hours > 0) {
      b.append(hours).append(" h");
    }
    if (rest > 0 || hours == 0) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(rest).append(" min");
    }
    if (seconds > 0) {
      b.append(' ').append(seconds).append(" s");
    }
    return b.toString();
  }

  @Test
  void writesDurationsAsTheBuilderDid() {
    // Up to a year of hours either way, negative ones included (working time measured backwards).
    qt().withExamples(1000)
        .forAll(longs().between(-8_760 * NANOS_PER_HOUR, 8_760 * NANOS_PER_HOUR))
        .checkAssert(
            nanos -> {
              Duration d = Duration.ofNanos(nanos);
              assertEquals(oracle(d), Sentences.duration(d));
              assertEquals(oracle(d), Sentences.duration(nanos));
            });
  }

  @Test
  void writesWholeHoursMinutesAndSeconds() {
    for (long seconds :
        new long[] {0, 1, 59, 60, 61, 3_599, 3_600, 3_601, 3_660, 3_661, 90_000, -1, -60, -61}) {
      Duration d = Duration.ofSeconds(seconds);
      assertEquals(oracle(d), Sentences.duration(d), "seconds " + seconds);
    }
    for (long hours = -50; hours <= 50; hours++) {
      Duration d = Duration.ofHours(hours);
      assertEquals(oracle(d), Sentences.duration(d), "hours " + hours);
    }
    assertEquals("25 h 50 min", Sentences.duration(Duration.ofMinutes(25 * 60 + 50)));
    assertEquals("", Sentences.duration(Duration.ofHours(-2)));
  }
}
