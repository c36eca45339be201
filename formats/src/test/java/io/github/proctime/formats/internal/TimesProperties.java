package io.github.proctime.formats.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written instant parser and printer agree with java.time's ISO formatter. */
class TimesProperties {
  private static Instant viaFormatter(String text) {
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Test
  void fastParseAgreesWithTheFormatterOnPrintedInstants() {
    qt().withExamples(2000)
        .forAll(longs().between(-2_000_000_000L, 4_000_000_000L), integers().between(-12, 14))
        .checkAssert(
            (seconds, hours) -> {
              String text =
                  OffsetDateTime.ofInstant(
                          Instant.ofEpochSecond(seconds), ZoneOffset.ofHours(hours))
                      .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
              assertEquals(viaFormatter(text), Times.parseCommonForm(text), text);
            });
  }

  @Test
  void fastParseNeverAcceptsWhatTheFormatterRejects() {
    String good = "2025-03-03T08:00+07:00";
    qt().withExamples(3000)
        .forAll(integers().between(0, good.length() - 1), integers().between(0, 127))
        .checkAssert(
            (position, c) -> {
              String text =
                  good.substring(0, position) + (char) (int) c + good.substring(position + 1);
              Instant fast = Times.parseCommonForm(text);
              if (fast != null) {
                assertEquals(viaFormatter(text), fast, text);
              }
            });
    for (String bad :
        new String[] {
          "2025-02-30T08:00+07:00",
          "2025-13-01T08:00+07:00",
          "2025-03-03T24:00+07:00",
          "2025-03-03T08:00",
          "2025-03-03T08:00:5+07:00",
          "2025-03-03T08:00+0700",
          "2025-03-03T08:00:"
        }) {
      assertEquals(null, Times.parseCommonForm(bad), bad);
    }
  }

  @Test
  void printingAgreesWithTheFormatter() {
    qt().withExamples(2000)
        .forAll(longs().between(-30_000_000_000L, 200_000_000_000L))
        .checkAssert(
            seconds -> {
              Instant instant = Instant.ofEpochSecond(seconds);
              assertEquals(
                  OffsetDateTime.ofInstant(instant, Times.VIETNAM)
                      .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                  Times.printOffsetDateTime(instant, Times.VIETNAM));
            });
  }

  @Test
  void theCommonFormRefusesEveryDayAMonthDoesNotHave() {
    // Days 1-31 of every month of leap, common and century years: what the formatter refuses, the
    // hand-written path must give up on (null), so that the formatter reports it.
    for (int year : new int[] {1900, 1999, 2000, 2024, 2025, 2100, 2400}) {
      for (int month = 1; month <= 12; month++) {
        for (int day = 1; day <= 31; day++) {
          String text = String.format("%04d-%02d-%02dT08:30+07:00", year, month, day);
          Instant expected;
          try {
            expected =
                OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
          } catch (java.time.format.DateTimeParseException e) {
            expected = null;
          }
          assertEquals(expected, Times.parseCommonForm(text), text);
        }
      }
    }
  }

  @Test
  void epochDayAgreesWithLocalDateOnEveryDayOfYears0To9999() {
    java.time.LocalDate end = java.time.LocalDate.of(10_000, 1, 1);
    for (java.time.LocalDate d = java.time.LocalDate.of(0, 1, 1);
        d.isBefore(end);
        d = d.plusDays(1)) {
      if (Times.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()) != d.toEpochDay()) {
        assertEquals(
            d.toEpochDay(),
            Times.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()),
            "" + d);
      }
    }
  }

  @Test
  void printingAgreesWithTheFormatterOnEveryDayOf1890To2210() {
    java.time.LocalDate end = java.time.LocalDate.of(2211, 1, 1);
    byte[] b = new byte[Times.PRINTED_BYTES];
    int hour = 0;
    for (java.time.LocalDate d = java.time.LocalDate.of(1890, 1, 1);
        d.isBefore(end);
        d = d.plusDays(1)) {
      hour = (hour + 7) % 24;
      Instant instant = d.atTime(hour, 59, 58).toInstant(java.time.ZoneOffset.UTC);
      String expected =
          java.time.OffsetDateTime.ofInstant(instant, ZoneId.of("UTC"))
              .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      int n = Times.printOffsetDateTime(instant, java.time.ZoneOffset.UTC, b);
      String printed = new String(b, 0, n, java.nio.charset.StandardCharsets.US_ASCII);
      if (!printed.equals(expected)) {
        assertEquals(expected, printed, "" + d);
      }
    }
  }

  @Test
  void lengthOfMonthAgreesWithYearMonthOnEveryMonthOfYears0To9999() {
    for (int year = 0; year < 10_000; year++) {
      for (int month = 1; month <= 12; month++) {
        int expected = java.time.YearMonth.of(year, month).lengthOfMonth();
        if (Times.lengthOfMonth(year, month) != expected) {
          assertEquals(expected, Times.lengthOfMonth(year, month), year + "-" + month);
        }
      }
    }
  }

  @Test
  void printingAgreesWithTheFormatterAroundEveryTransition() {
    for (String id : new String[] {"Asia/Ho_Chi_Minh", "Europe/Paris", "America/New_York"}) {
      ZoneId zone = ZoneId.of(id);
      for (java.time.zone.ZoneOffsetTransition t : zone.getRules().getTransitions()) {
        for (long d = -1; d <= 1; d++) {
          Instant instant = t.getInstant().plusSeconds(d);
          for (ZoneId z : List.of(zone, Times.VIETNAM)) {
            assertEquals(
                OffsetDateTime.ofInstant(instant, z).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                Times.printOffsetDateTime(instant, z),
                z + " " + instant);
          }
        }
      }
    }
  }

  @Test
  void printingAgreesWithTheFormatterInEveryKindOfZone() {
    // A zone with daylight saving (no fixed offset), a fixed one, UTC ("Z"), one whose last
    // transition is long past, and offsets with seconds (local mean time before 1906); zones are
    // interleaved so the printer's one-entry caches keep changing.
    List<ZoneId> zones =
        List.of(
            ZoneId.of("Europe/Paris"),
            ZoneOffset.ofHoursMinutesSeconds(7, 6, 40),
            ZoneOffset.UTC,
            Times.VIETNAM,
            ZoneId.of("Asia/Bangkok"),
            ZoneId.of("America/New_York"));
    qt().withExamples(3000)
        .forAll(
            longs().between(-60_000_000_000L, 260_000_000_000L),
            integers().between(0, zones.size() - 1),
            integers().between(0, 3))
        .checkAssert(
            (seconds, z, nanoKind) -> {
              int nanos = nanoKind == 0 ? 500_000_000 : 0;
              Instant instant = Instant.ofEpochSecond(seconds, nanos);
              ZoneId zone = zones.get(z);
              assertEquals(
                  OffsetDateTime.ofInstant(instant, zone)
                      .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                  Times.printOffsetDateTime(instant, zone));
            });
  }

  @Test
  void codeSetFindsRepeatsAmongManyCodes() {
    CodeSet set = new CodeSet();
    for (int i = 0; i < 200_000; i++) {
      assertTrue(set.add("H40.01-250101-" + i));
    }
    assertFalse(set.add("H40.01-250101-" + 123_456));
    assertTrue(set.add("H40.01-250101-x"));
    assertEquals(200_001, set.size());
  }
}
