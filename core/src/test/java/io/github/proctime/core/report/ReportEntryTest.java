package io.github.proctime.core.report;

import static io.github.proctime.core.report.ReportFixtures.ATTRIBUTOR;
import static io.github.proctime.core.report.ReportFixtures.EVALUATOR;
import static io.github.proctime.core.report.ReportFixtures.MARCH;
import static io.github.proctime.core.report.ReportFixtures.XD;
import static io.github.proctime.core.report.ReportFixtures.date;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.proctime.core.Dossier;
import io.github.proctime.core.Evaluation;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportEntryTest {
  private static final Dossier D = ReportFixtures.lateBySpecialist("XD-04", XD, date("2025-03-18"));
  private static final Evaluation E = EVALUATOR.evaluate(D, MARCH.endInstant());

  @Test
  void theDossierGivesTheReceivingUnit() {
    ReportEntry entry = ReportEntry.of(D, E, ATTRIBUTOR.attribute(E));
    assertEquals("XD-04", entry.dossierCode());
    assertEquals(XD, entry.receivingUnit());
    assertEquals(Optional.of(ATTRIBUTOR.attribute(E)), entry.attribution());
    assertEquals(Optional.empty(), ReportEntry.of(D, E).attribution());
  }

  @Test
  void theBuilderTakesAReceivingUnitKeptApart() {
    ReportEntry entry = ReportEntry.builder().evaluation(E).receivingUnit("UBND_XA_A").build();
    assertEquals("UBND_XA_A", entry.receivingUnit());
  }
}
