package io.github.proctime.examples.embedding;

import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.calendar.WorkingCalendars;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.DossierEvent;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.Evaluator;
import io.github.proctime.core.EventType;
import io.github.proctime.core.ProcedureCatalogue;
import io.github.proctime.core.RuleBook;
import io.github.proctime.examples.demo.DemoData;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * Computes the appointment printed on the receipt (Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Mẫu 01)
 * at the moment a dossier is received: evaluate the dossier as it stands, one RECEIVED event, at
 * its receipt instant, and print the due time to the minute, as the form asks ("…giờ…phút, ngày…").
 */
public final class ReceiptAppointment {
  private ReceiptAppointment() {}

  /**
   * Prints the appointment for a construction-permit dossier received at 16:20 on Friday 24 January
   * 2025, after the 15:00 cut-off and just before the Tết closure.
   *
   * @param args optionally the receipt instant, ISO with offset
   */
  public static void main(String[] args) {
    Instant received =
        OffsetDateTime.parse(args.length > 0 ? args[0] : "2025-01-24T16:20+07:00").toInstant();
    WorkingCalendar calendar = WorkingCalendars.vietnam();
    Evaluator evaluator =
        Evaluator.builder()
            .calendar(calendar)
            .procedures(ProcedureCatalogue.of(DemoData.province().procedures()))
            .ruleBook(RuleBook.standard())
            .build();
    Dossier dossier =
        Dossier.builder()
            .code("H40.02-250124-0042")
            .procedureCode("1.009974") // construction permit, 15 working days (illustrative)
            .receivingUnit("TTPVHCC")
            .applicant("Lê Thu Hà")
            .addEvents(
                DossierEvent.builder()
                    .type(EventType.RECEIVED)
                    .occurredAt(received)
                    .recordedAt(received)
                    .official("Phạm Minh Tâm")
                    .unit("TTPVHCC")
                    .build())
            .build();
    Evaluation evaluation = evaluator.evaluate(dossier, received);
    ZonedDateTime due = evaluation.statutoryDue().atZone(calendar.zone());
    System.out.printf(
        "Thời gian trả kết quả giải quyết hồ sơ: %d giờ %02d phút, ngày %02d tháng %02d năm %d%n",
        due.getHour(), due.getMinute(), due.getDayOfMonth(), due.getMonthValue(), due.getYear());
    System.out.println("Why:");
    evaluation.explanation().forEach(e -> System.out.println("  " + e.text()));
  }
}
