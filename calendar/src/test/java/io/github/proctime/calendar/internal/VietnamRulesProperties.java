package io.github.proctime.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rules' hand-written date text against {@link LocalDate#toString()}. */
class VietnamRulesProperties {
  @Test
  void writesDatesAsLocalDateToStringDoes() {
    qt().withExamples(1000)
        .forAll(
            longs()
                .between(
                    LocalDate.of(-50, 1, 1).toEpochDay(), LocalDate.of(10050, 12, 31).toEpochDay()))
        .checkAssert(
            day -> {
              LocalDate date = LocalDate.ofEpochDay(day);
              assertEquals(date.toString(), VietnamRules.isoDate(date));
            });
  }

  @Test
  void writesTheYearsAtTheEdgesOfFourDigitsAsLocalDateToStringDoes() {
    for (int year : new int[] {-1, 0, 9, 99, 999, 1000, 9999, 10000}) {
      LocalDate date = LocalDate.of(year, 12, 31);
      assertEquals(date.toString(), VietnamRules.isoDate(date));
    }
  }
}
