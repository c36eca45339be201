package io.github.proctime.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The schedule reader's hand-written date parsing against {@link LocalDate#parse}. */
class ScheduleParserProperties {
  private static final String ODD_CHARACTERS = "0159-+ x/\u0663";

  /** Text of the form yyyy-MM-dd with fields that may be out of range, one character may be odd. */
  private static Gen<String> dateLikeTexts() {
    Gen<String> plain =
        integers()
            .between(0, 9999)
            .zip(
                integers().between(0, 13),
                integers().between(0, 32),
                (y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
    return plain.zip(
        integers().between(-1, 9),
        integers().between(0, ODD_CHARACTERS.length() - 1),
        (text, at, odd) ->
            at < 0
                ? text
                : text.substring(0, at) + ODD_CHARACTERS.charAt(odd) + text.substring(at + 1));
  }

  private static String outcome(String text, boolean handWritten) {
    try {
      return (handWritten ? ScheduleParser.parseDate(text) : LocalDate.parse(text)).toString();
    } catch (DateTimeParseException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  @Test
  void parsesAsLocalDateParseDoes() {
    qt().withExamples(1000)
        .forAll(dateLikeTexts())
        .checkAssert(text -> assertEquals(outcome(text, false), outcome(text, true), text));
  }

  @Test
  void parsesEveryDayOfALeapCycleAsLocalDateParseDoes() {
    for (LocalDate d = LocalDate.of(1999, 12, 25); d.getYear() < 2004; d = d.plusDays(1)) {
      assertEquals(d, ScheduleParser.parseDate(d.toString()));
    }
    assertEquals(outcome("2023-02-29", false), outcome("2023-02-29", true));
    assertEquals(outcome("2024-02-30", false), outcome("2024-02-30", true));
  }
}
