package io.github.proctime.formats.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.proctime.calendar.WorkingCalendars;
import io.github.proctime.core.Assessor;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.DossierEvent;
import io.github.proctime.core.EvaluationMode;
import io.github.proctime.core.Evaluator;
import io.github.proctime.core.ProcedureCatalogue;
import io.github.proctime.formats.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link EvaluationJson#assessmentLineUtf8} is exactly the UTF-8 encoding of {@link
 * EvaluationJson#assessmentLine}, whatever the texts hold: characters beyond the BMP, lone
 * surrogates, control characters, quotes and backslashes.
 */
class AssessmentLineProperties {
  private static final Assessor ASSESSOR =
      Assessor.of(
          Evaluator.builder()
              .calendar(WorkingCalendars.vietnam())
              .procedures(ProcedureCatalogue.of(Fixtures.procedure(), Fixtures.shortProcedure()))
              .mode(EvaluationMode.LENIENT)
              .build());
  private static final Instant AS_OF = Fixtures.at("2025-03-31T17:00");

  @Test
  void bytesAreTheTextInUtf8() {
    qt().withExamples(300)
        .forAll(
            strings().allPossible().ofLengthBetween(0, 6),
            strings().betweenCodePoints(0x1F600, 0x1F64F).ofLengthBetween(0, 2),
            strings().betweenCodePoints(0, 0x7F).ofLengthBetween(0, 6))
        .checkAssert(
            (any, emoji, ascii) -> {
              for (Dossier d : Fixtures.dossiers()) {
                assertSameBytes(named(d, "Lê " + any + emoji, "Cúc" + ascii));
              }
            });
  }

  @Test
  void examplesOfEveryKindOfCharacter() {
    for (String name :
        List.of(
            "Nguyễn 𡨸 Văn 😀",
            "lone \uD800 high",
            "lone \uDC00 low",
            "swapped \uDC00\uD800",
            "tab\there",
            "quote \" and backslash \\ and \\u0041",
            "\u0000\u001F\u007F")) {
      for (Dossier d : Fixtures.dossiers()) {
        assertSameBytes(named(d, name, name));
      }
    }
  }

  private static void assertSameBytes(Dossier d) {
    var assessment = ASSESSOR.assess(d, AS_OF);
    assertArrayEquals(
        EvaluationJson.assessmentLine(assessment).getBytes(StandardCharsets.UTF_8),
        EvaluationJson.assessmentLineUtf8(assessment),
        d.code());
  }

  /** The dossier with every event's official renamed, and its hand-overs' receivers too. */
  private static Dossier named(Dossier d, String official, String receiver) {
    List<DossierEvent> events =
        d.events().stream()
            .map(
                e -> {
                  DossierEvent.Builder r = DossierEvent.builder();
                  r.from(e).official(official);
                  if (e.toOfficial().isPresent()) {
                    r.toOfficial(receiver);
                  }
                  return (DossierEvent) r.build();
                })
            .toList();
    return Dossier.builder().from(d).events(events).build();
  }
}
