package io.github.proctime.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class MinuteTextProperties {
  private static final DateTimeFormatter ORACLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Test
  void writesWhatTheFormatterWrites() {
    // From year -2000 to 12000, so the formatter's fallback and the zone's old offsets are crossed.
    long from = Instant.parse("-2000-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("+12000-01-01T00:00:00Z").getEpochSecond();
    qt().withExamples(1000)
        .forAll(longs().between(from, to))
        .check(
            s -> {
              Instant instant = Instant.ofEpochSecond(s);
              return MinuteText.of(instant, VIETNAM).equals(ORACLE.format(instant.atZone(VIETNAM)))
                  && MinuteText.of(instant, ZoneId.of("UTC"))
                      .equals(ORACLE.format(instant.atZone(ZoneId.of("UTC"))));
            });
  }

  @Test
  void writesTheLocalMinute() {
    assertEquals("2025-01-14 14:03", MinuteText.of(Instant.parse("2025-01-14T07:03:59Z"), VIETNAM));
    assertEquals("1975-06-13 00:00", MinuteText.of(Instant.parse("1975-06-12T17:00:00Z"), VIETNAM));
  }
}
