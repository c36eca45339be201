package io.github.proctime.formats.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.proctime.calendar.CalendarConflictException;
import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.calendar.WorkingCalendars;
import io.github.proctime.calendar.WorkingSession;
import io.github.proctime.formats.Fixtures;
import io.github.proctime.formats.FormatException;
import io.github.proctime.formats.FormatRule;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CalendarOverlayJsonTest {
  private static final String OVERLAY =
      Fixtures.resource("/io/github/proctime/formats/calendar/yen-bai-overlay.json");
  private static final LocalDate MON_2024_09_09 = LocalDate.of(2024, 9, 9);
  private static final LocalDate SAT_2024_09_14 = LocalDate.of(2024, 9, 14);

  private static WorkingCalendar read(String json) {
    return CalendarOverlayJson.read(
        new StringReader(json), "overlay.json", WorkingCalendars.vietnam());
  }

  @Test
  void theOverlayEqualsTheSameChangesMadeWithTheBuilder() {
    WorkingCalendar expected =
        WorkingCalendars.overlay(WorkingCalendars.vietnam())
            .closeDays(
                MON_2024_09_09,
                LocalDate.of(2024, 9, 10),
                "Nghỉ do bão Yagi (illustrative)",
                "CĐ 01/CĐ-UBND (illustrative)")
            .openDay(SAT_2024_09_14, "Làm bù (illustrative)", "QĐ 2/QĐ-UBND (illustrative)")
            .sessions(
                DayOfWeek.FRIDAY,
                WorkingSession.parse("07:30-11:30"),
                WorkingSession.parse("13:00-16:30"))
            .sessions(LocalDate.of(2024, 9, 11), WorkingSession.parse("08:00-11:30"))
            .receptionSessions(DayOfWeek.SATURDAY, WorkingSession.parse("07:30-11:30"))
            .build();
    WorkingCalendar read = read(OVERLAY);
    assertEquals(expected, read);
    assertFalse(read.isWorkingDay(MON_2024_09_09));
    assertTrue(read.isWorkingDay(SAT_2024_09_14));
  }

  /** rule, input, field, JSON path. */
  static Stream<Arguments> badOverlays() {
    return Stream.of(
        Arguments.of(
            FormatRule.UNKNOWN_VALUE,
            OVERLAY.replace("\"FRIDAY\"", "\"FRI\""),
            "FRI",
            "$.weeklySessions.FRI"),
        Arguments.of(
            FormatRule.INVALID_DATE_TIME,
            OVERLAY.replace("\"SATURDAY\": [\"07:30-11:30\"]", "\"SATURDAY\": [\"7h30-11h30\"]"),
            "SATURDAY",
            "$.receptionSessions.SATURDAY[0]"),
        Arguments.of(
            FormatRule.INVALID_DATE_TIME,
            OVERLAY.replace("\"2024-09-11\"", "\"11/09/2024\""),
            "11/09/2024",
            "$.dateSessions.11/09/2024"),
        Arguments.of(
            FormatRule.INVALID_VALUE,
            OVERLAY.replace("\"to\": \"2024-09-10\"", "\"to\": \"2024-09-08\""),
            "to",
            "$.closures[0].to"),
        Arguments.of(
            FormatRule.UNKNOWN_FIELD,
            OVERLAY.replace("\"source\": \"QĐ 2/QĐ-UBND (illustrative)\"", "\"note\": \"x\""),
            "note",
            "$.openings[0].note"),
        Arguments.of(
            FormatRule.FORMAT_MISMATCH,
            OVERLAY.replace("\"formatVersion\": 1", "\"formatVersion\": 2"),
            "formatVersion",
            "$.formatVersion"),
        Arguments.of(
            FormatRule.UNKNOWN_FIELD,
            OVERLAY.replace("\"openings\"", "\"opening\""),
            "opening",
            "$.opening"));
  }

  @ParameterizedTest
  @MethodSource("badOverlays")
  void badOverlaysAreReportedWithTheirPath(
      FormatRule rule, String input, String field, String path) {
    FormatException e = assertThrows(FormatException.class, () -> read(input));
    assertEquals(rule, e.rule(), e.getMessage());
    assertEquals("overlay.json", e.source());
    assertEquals(Optional.of(field), e.field());
    assertEquals(Optional.of(path), e.jsonPath());
  }

  @Test
  void aMissingFieldIsNamed() {
    FormatException e =
        assertThrows(
            FormatException.class,
            () ->
                read(
                    OVERLAY.replace(
                        "\"source\": \"QĐ 2/QĐ-UBND (illustrative)\"", "\"name\": \"x\"")));
    assertEquals(FormatRule.MALFORMED_SYNTAX, e.rule(), "duplicate key 'name'");
    FormatException missing =
        assertThrows(
            FormatException.class,
            () -> read(OVERLAY.replace(", \"source\": \"QĐ 2/QĐ-UBND (illustrative)\"", "")));
    assertEquals(FormatRule.MISSING_FIELD, missing.rule());
    assertEquals(Optional.of("$.openings[0].source"), missing.jsonPath());
  }

  @Test
  void aChangeTheCalendarRejectsKeepsTheCalendarsException() {
    FormatException e =
        assertThrows(
            FormatException.class,
            () -> read(OVERLAY.replace("\"date\": \"2024-09-14\"", "\"date\": \"2024-09-09\"")));
    assertEquals(FormatRule.INVALID_VALUE, e.rule());
    assertEquals(Optional.of("$.openings[0].date"), e.jsonPath());
    assertInstanceOf(CalendarConflictException.class, e.getCause());
  }
}
