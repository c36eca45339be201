package io.github.proctime.formats.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.proctime.calendar.WorkingCalendars;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.EvaluationMode;
import io.github.proctime.core.Evaluator;
import io.github.proctime.core.ProcedureCatalogue;
import io.github.proctime.formats.Fixtures;
import io.github.proctime.formats.HeaderLanguage;
import io.github.proctime.formats.RoundTrips;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationCsvTest {
  @Test
  void vietnameseHeadersByDefaultMatchTheGoldenFile() {
    assertEquals(
        Fixtures.resource("/io/github/proctime/formats/golden/evaluations-vi.csv"),
        RoundTrips.write(
            Fixtures.evaluations(), out -> EvaluationCsv.writer(out, HeaderLanguage.VIETNAMESE)));
  }

  @Test
  void englishHeadersOnRequestMatchTheGoldenFile() {
    assertEquals(
        Fixtures.resource("/io/github/proctime/formats/golden/evaluations-en.csv"),
        RoundTrips.write(
            Fixtures.evaluations(), out -> EvaluationCsv.writer(out, HeaderLanguage.ENGLISH)));
  }

  @Test
  void headersInBothLanguages() {
    assertEquals("Mã hồ sơ", EvaluationCsv.header(HeaderLanguage.VIETNAMESE).get(0));
    assertEquals("dossier_code", EvaluationCsv.header(HeaderLanguage.ENGLISH).get(0));
    assertEquals(
        EvaluationCsv.header(HeaderLanguage.VIETNAMESE).size(),
        EvaluationCsv.header(HeaderLanguage.ENGLISH).size());
  }

  @Test
  void formulaLikeCodesAreNeutralised() {
    Dossier d =
        Dossier.builder()
            .from(Fixtures.apologisedDossier())
            .code("=HYPERLINK(\"http://x\")")
            .build();
    Evaluation e =
        Evaluator.builder()
            .calendar(WorkingCalendars.vietnam())
            .procedures(ProcedureCatalogue.of(Fixtures.shortProcedure()))
            .mode(EvaluationMode.LENIENT)
            .build()
            .evaluate(d, Fixtures.at("2025-03-31T17:00"));
    String text =
        RoundTrips.write(List.of(e), out -> EvaluationCsv.writer(out, HeaderLanguage.ENGLISH));
    String row = text.split("\r\n")[1];
    assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", row.substring(0, row.indexOf(",2.000635")));
  }
}
