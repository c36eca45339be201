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
  void writesWhatTheFormatterWritesThroughAClock() {
    LocalClock vietnam = LocalClock.of(VIETNAM);
    LocalClock utc = LocalClock.of(ZoneId.of("UTC"));
    LocalClock paris = LocalClock.of(ZoneId.of("Europe/Paris"));
    // Years 1900-2100, where dossiers are, then the whole range of the test above.
    long near = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond();
    long far = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();
    long from = Instant.parse("-2000-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("+12000-01-01T00:00:00Z").getEpochSecond();
    qt().withExamples(1000)
        .forAll(longs().between(near, far), longs().between(from, to))
        .checkAssert(
            (s, t) -> {
              for (long second : new long[] {s, t}) {
                Instant instant = Instant.ofEpochSecond(second);
                assertEquals(
                    ORACLE.format(instant.atZone(VIETNAM)), MinuteText.of(instant, vietnam));
                assertEquals(
                    ORACLE.format(instant.atZone(ZoneId.of("UTC"))), MinuteText.of(instant, utc));
                assertEquals(
                    ORACLE.format(instant.atZone(ZoneId.of("Europe/Paris"))),
                    MinuteText.of(instant, paris));
              }
            });
  }

  @Test
  void writesTheDaysAroundLeapDaysAndCenturiesThroughAClock() {
    LocalClock utc = LocalClock.of(ZoneId.of("UTC"));
    for (String day :
        new String[] {
          "1000-01-01", "1600-02-29", "1700-02-28", "1700-03-01", "1900-02-28", "1900-03-01",
          "1999-12-31", "2000-02-29", "2000-03-01", "2024-02-29", "2100-03-01", "9999-12-31"
        }) {
      Instant instant = Instant.parse(day + "T23:59:00Z");
      assertEquals(day + " 23:59", MinuteText.of(instant, utc));
      assertEquals(day + " 23:59", MinuteText.of(instant.plusSeconds(59), utc));
    }
    for (String beyond : new String[] {"0999-12-31T23:59:00Z", "+10000-01-01T00:00:00Z"}) {
      Instant instant = Instant.parse(beyond);
      assertEquals(
          ORACLE.format(instant.atZone(ZoneId.of("UTC"))), MinuteText.of(instant, utc), beyond);
    }
  }

  @Test
  void writesTheLocalMinute() {
    assertEquals("2025-01-14 14:03", MinuteText.of(Instant.parse("2025-01-14T07:03:59Z"), VIETNAM));
    assertEquals("1975-06-13 00:00", MinuteText.of(Instant.parse("1975-06-12T17:00:00Z"), VIETNAM));
  }
}
