package io.github.proctime.core;

import static io.github.proctime.core.TestDossiers.CATALOGUE;
import static io.github.proctime.core.TestDossiers.THREE_DAYS;
import static io.github.proctime.core.TestDossiers.at;
import static io.github.proctime.core.TestDossiers.log;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.calendar.WorkingCalendars;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Events after the end event may fall beyond the calendar's coverage (a result collected in the new
 * year from a calendar built for one year): the clock has stopped, so they are never measured and
 * the evaluation succeeds. A regression test for the working-position evaluation, which once looked
 * such instants up before clipping them to the clock.
 */
class EvaluationNearCoverageEndTest {
  private static final WorkingCalendar YEAR_2025 =
      WorkingCalendars.vietnamBuilder()
          .coverage(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))
          .build();

  private static Evaluation evaluate(WorkingCalendar calendar, Dossier d, String asOf) {
    return Evaluator.builder()
        .calendar(calendar)
        .procedures(CATALOGUE)
        .explaining(false)
        .build()
        .evaluate(d, at(asOf));
  }

  @Test
  void aResultReturnedAfterTheCoverageEndsIsEvaluated() {
    Dossier d =
        log()
            .received("2025-12-01T09:00")
            .byHolder(EventType.RESULT_READY, "2025-12-04T10:00")
            .byHolder(EventType.RESULT_RETURNED, "2026-01-05T09:00")
            .dossier(THREE_DAYS);
    Evaluation e = evaluate(YEAR_2025, d, "2026-01-06T09:00");
    assertEquals(DossierState.FINISHED_LATE, e.state());
    assertEquals(Duration.ofHours(25), e.elapsed());
    // The same figures as with a calendar that covers the return.
    Evaluation wide = evaluate(WorkingCalendars.vietnam(), d, "2026-01-06T09:00");
    assertEquals(wide.occurred().steps(), e.occurred().steps());
    assertEquals(wide.occurred().elapsed(), e.occurred().elapsed());
  }

  @Test
  void aPauseOpenedAfterTheEndAndBeyondTheCoverageIsRecordedWithNoWorkingTime() {
    Dossier d =
        log()
            .received("2025-12-01T09:00")
            .byHolder(EventType.RESULT_READY, "2025-12-04T10:00")
            .byHolder(EventType.FINANCIAL_OBLIGATION_REQUESTED, "2026-01-05T09:00")
            .dossier(THREE_DAYS);
    Evaluation e = evaluate(YEAR_2025, d, "2026-01-06T09:00");
    assertEquals(1, e.occurred().pauses().size());
    assertEquals(Duration.ZERO, e.occurred().pauses().get(0).workingTime());
    assertEquals(
        evaluate(WorkingCalendars.vietnam(), d, "2026-01-06T09:00").occurred(), e.occurred());
  }
}
