package io.github.proctime.core.report;

import static io.github.proctime.core.report.ReportFixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReportPeriodTest {
  static Stream<Arguments> periods() {
    return Stream.of(
        Arguments.of(ReportPeriod.ofMonth(YearMonth.of(2025, 2)), "2025-02-01", "2025-03-01"),
        Arguments.of(ReportPeriod.ofMonth(YearMonth.of(2024, 12)), "2024-12-01", "2025-01-01"),
        Arguments.of(ReportPeriod.ofQuarter(2025, 1), "2025-01-01", "2025-04-01"),
        Arguments.of(ReportPeriod.ofQuarter(2025, 4), "2025-10-01", "2026-01-01"),
        Arguments.of(ReportPeriod.ofYear(2025), "2025-01-01", "2026-01-01"),
        Arguments.of(
            ReportPeriod.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 16)),
            "2025-03-01",
            "2025-03-16"));
  }

  @ParameterizedTest
  @MethodSource("periods")
  void factoriesGiveHalfOpenDateRanges(ReportPeriod p, String start, String end) {
    assertEquals(LocalDate.parse(start), p.startInclusive());
    assertEquals(LocalDate.parse(end), p.endExclusive());
    assertEquals(LocalDate.parse(end).minusDays(1), p.lastDay());
    assertEquals("Asia/Ho_Chi_Minh", p.zone().getId());
  }

  @Test
  void thePeriodRunsFromMidnightToMidnightInItsZone() {
    ReportPeriod march = ReportPeriod.ofMonth(YearMonth.of(2025, 3));
    assertEquals(Instant.parse("2025-02-28T17:00:00Z"), march.startInstant());
    assertEquals(Instant.parse("2025-03-31T17:00:00Z"), march.endInstant());
    assertTrue(march.contains(at("2025-03-01T00:00")));
    assertTrue(march.contains(at("2025-03-31T23:59")));
    assertFalse(march.contains(at("2025-04-01T00:00")));
    assertFalse(march.contains(at("2025-02-28T23:59")));
    ReportPeriod utc = march.withZone(ZoneOffset.UTC);
    assertEquals(Instant.parse("2025-03-01T00:00:00Z"), utc.startInstant());
    assertEquals(march.startInclusive(), utc.startInclusive());
  }

  @Test
  void periodsAreEqualByValue() {
    assertEquals(
        ReportPeriod.ofQuarter(2025, 1),
        ReportPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 1)));
    assertEquals(
        ReportPeriod.ofYear(2025).hashCode(),
        ReportPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)).hashCode());
    assertFalse(
        ReportPeriod.ofYear(2025).equals(ReportPeriod.ofYear(2025).withZone(ZoneOffset.UTC)));
    assertEquals("[2025-01-01, 2026-01-01) Asia/Ho_Chi_Minh", ReportPeriod.ofYear(2025).toString());
  }
}
