package io.github.proctime.examples.embedding;

import io.github.proctime.calendar.WorkingCalendars;
import io.github.proctime.core.*;
import java.time.*;

/** The README's quick start, compiled and run by a test so that it cannot rot. */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Evaluates one dossier received on the Friday before Tết 2025, after the 15:00 cut-off.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    // README quick start: begin
    // spotless:off
    Procedure birthRegistration = Procedure.builder().code("1.001193").name("Đăng ký khai sinh")
        .addVersions(ProcedureVersion.builder().effectiveFrom(LocalDate.of(2018, 6, 21))
            .processingTime(ProcessingTime.workingDays(3)).build())
        .build();
    Instant received = OffsetDateTime.parse("2025-01-24T16:10+07:00").toInstant(); // Friday before Tết, after 15:00
    Dossier dossier = Dossier.builder().code("HS-0001").procedureCode("1.001193").receivingUnit("UBND_XA")
        .addEvents(DossierEvent.builder().type(EventType.RECEIVED).occurredAt(received).recordedAt(received)
            .official("Nguyễn Văn An").unit("UBND_XA").build())
        .build();
    Evaluator evaluator = Evaluator.builder().calendar(WorkingCalendars.vietnam())
        .procedures(ProcedureCatalogue.of(birthRegistration)).ruleBook(RuleBook.standard()).build();
    Evaluation evaluation = evaluator.evaluate(dossier, received.plus(Duration.ofDays(14)));
    System.out.println(evaluation.dueAt() + " " + evaluation.state() + " " + evaluation.state().vietnameseLabel());
    evaluation.explanation().forEach(line -> System.out.println("  " + line.text()));
    // spotless:on
    // README quick start: end
  }
}
