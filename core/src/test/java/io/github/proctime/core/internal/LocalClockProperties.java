package io.github.proctime.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalClockProperties {
  // Vietnam (fixed since 1975), a zone with daylight saving rules to this day, a fixed offset, and
  // a
  // zone whose last transition moved the clock back (an overlap in local time).
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Asia/Ho_Chi_Minh"),
          ZoneId.of("Europe/Paris"),
          ZoneId.of("UTC"),
          ZoneId.of("+07:00"),
          ZoneId.of("Asia/Singapore"),
          ZoneId.of("Pacific/Apia"));
  private static final long FROM = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond();
  private static final long TO = Instant.parse("2101-01-01T00:00:00Z").getEpochSecond();

  @Test
  void instantsToLocalAsTheZoneRulesDo() {
    qt().withExamples(2000)
        .forAll(
            longs().between(FROM, TO),
            integers().between(0, 999_999_999),
            integers().between(0, ZONES.size() - 1))
        .checkAssert(
            (second, nano, z) -> {
              ZoneId zone = ZONES.get(z);
              LocalClock clock = LocalClock.of(zone);
              Instant instant = Instant.ofEpochSecond(second, nano);
              ZonedDateTime oracle = instant.atZone(zone);
              assertEquals(oracle.toLocalDateTime(), clock.dateTime(instant), instant + " " + zone);
              assertEquals(oracle.toLocalDate(), clock.date(instant));
              assertEquals(oracle.toLocalTime(), clock.time(instant));
              assertEquals(oracle.toLocalDate().toEpochDay(), clock.epochDay(instant));
              assertEquals(
                  oracle.toLocalDateTime().toEpochSecond(java.time.ZoneOffset.UTC),
                  clock.localSecond(instant));
              if (clock.isFixedFrom(instant)) {
                // No transition follows: the offset is the same now and at any later instant.
                assertEquals(
                    zone.getRules().getOffset(instant),
                    zone.getRules().getOffset(Instant.ofEpochSecond(TO * 2)),
                    instant + " " + zone);
                assertEquals(null, zone.getRules().nextTransition(instant), instant + " " + zone);
              }
            });
  }

  @Test
  void oneClockAskedTheSameDaysAgainGivesEachItsOwnDate() {
    // One clock for every example, so that its remembered dates are read back; the days asked
    // share slots of its table (they are 4,096 days apart), so a date kept for one day must not be
    // given for another.
    ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
    LocalClock clock = LocalClock.of(zone);
    qt().withExamples(1000)
        .forAll(integers().between(0, 4), integers().between(0, 9), integers().between(0, 86_399))
        .checkAssert(
            (apart, near, second) -> {
              long epochDay = 18_000 + 4096L * apart + near;
              LocalDate oracle = LocalDate.ofEpochDay(epochDay);
              assertEquals(oracle, clock.date(epochDay));
              Instant instant = oracle.atStartOfDay(zone).plusSeconds(second).toInstant();
              assertEquals(oracle, clock.date(instant), instant.toString());
            });
  }

  @Test
  void anInstantsTimeOnAnotherDateIsTheInstantOfThatDateAndTime() {
    qt().withExamples(2000)
        .forAll(
            longs().between(FROM, TO),
            integers().between(-400, 400),
            integers().between(0, ZONES.size() - 1))
        .checkAssert(
            (second, days, z) -> {
              ZoneId zone = ZONES.get(z);
              LocalClock clock = LocalClock.of(zone);
              Instant instant = Instant.ofEpochSecond(second, 123_456_789);
              LocalDate date = clock.date(instant).plusDays(days);
              assertEquals(
                  ZonedDateTime.of(date, instant.atZone(zone).toLocalTime(), zone).toInstant(),
                  clock.atTimeOf(date, instant),
                  instant + " " + date + " " + zone);
            });
  }

  @Test
  void offsetsAreFixedOnlyAfterTheLastTransition() {
    Instant now = Instant.parse("2025-01-14T07:03:00Z");
    assertEquals(true, LocalClock.of(ZoneId.of("Asia/Ho_Chi_Minh")).isFixedFrom(now));
    assertEquals(
        false,
        LocalClock.of(ZoneId.of("Asia/Ho_Chi_Minh"))
            .isFixedFrom(Instant.parse("1975-06-12T15:59:59Z")));
    // The last transition, 1975-06-13 00:00 UTC+8, is 1975-06-12 16:00 UTC.
    assertEquals(
        true,
        LocalClock.of(ZoneId.of("Asia/Ho_Chi_Minh"))
            .isFixedFrom(Instant.parse("1975-06-12T16:00:00Z")));
    assertEquals(true, LocalClock.of(ZoneId.of("UTC")).isFixedFrom(Instant.EPOCH));
    assertEquals(false, LocalClock.of(ZoneId.of("Europe/Paris")).isFixedFrom(now));
  }

  @Test
  void localToInstantsAsZonedDateTimeOfDoes() {
    // Local date-times, so the gaps and overlaps of every zone are hit now and then.
    qt().withExamples(2000)
        .forAll(
            longs().between(FROM, TO),
            integers().between(0, 999_999_999),
            integers().between(0, ZONES.size() - 1))
        .checkAssert(
            (second, nano, z) -> {
              ZoneId zone = ZONES.get(z);
              LocalDateTime local =
                  LocalDateTime.ofEpochSecond(second, nano, java.time.ZoneOffset.UTC);
              assertEquals(
                  ZonedDateTime.of(local, zone).toInstant(),
                  LocalClock.of(zone).instant(local.toLocalDate(), local.toLocalTime()),
                  local + " " + zone);
            });
  }

  @Test
  void aroundVietnamsLastOffsetChange() {
    // 1975-06-13 00:00 UTC+8 became 1975-06-12 23:00 UTC+7: local hour 23:00-24:00 happened twice.
    ZoneId vietnam = ZoneId.of("Asia/Ho_Chi_Minh");
    LocalClock clock = LocalClock.of(vietnam);
    for (long s = -3 * 3600; s <= 3 * 3600; s += 60) {
      Instant instant = Instant.parse("1975-06-12T16:00:00Z").plusSeconds(s);
      assertEquals(instant.atZone(vietnam).toLocalDateTime(), clock.dateTime(instant));
      LocalDateTime local = LocalDateTime.of(2025, 1, 1, 0, 0).plusSeconds(s);
      assertEquals(
          ZonedDateTime.of(local, vietnam).toInstant(),
          clock.instant(local.toLocalDate(), local.toLocalTime()));
      LocalDateTime old = LocalDateTime.of(1975, 6, 12, 23, 30).plusSeconds(s);
      assertEquals(
          ZonedDateTime.of(old, vietnam).toInstant(),
          clock.instant(old.toLocalDate(), old.toLocalTime()));
    }
    assertEquals(LocalDate.of(2025, 1, 14), clock.date(Instant.parse("2025-01-13T17:00:00Z")));
    assertEquals(LocalTime.of(0, 0), clock.time(Instant.parse("2025-01-13T17:00:00Z")));
  }
}
