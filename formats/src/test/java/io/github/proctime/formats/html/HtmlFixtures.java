package io.github.proctime.formats.html;

import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.calendar.WorkingCalendars;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.DossierEvent;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.Evaluator;
import io.github.proctime.core.EventType;
import io.github.proctime.core.Procedure;
import io.github.proctime.core.ProcedureCatalogue;
import io.github.proctime.core.ProcedureVersion;
import io.github.proctime.core.ProcessingTime;
import io.github.proctime.core.Step;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Fixed dossiers for the document tests; illustrative data, not real dossiers. */
final class HtmlFixtures {
  static final WorkingCalendar CALENDAR = WorkingCalendars.vietnam();
  static final String CRAFTED = "<script>alert(1)</script>";
  static final String DESK = "Nguyễn Văn An";
  static final String DESK_UNIT = "Bộ phận TN&TKQ";
  static final String SPECIALIST = "Trần Thị Bình";
  static final String SPECIALIST_UNIT = "Phòng Kinh tế - Hạ tầng";
  static final String TAX = "Phạm Minh Dũng";
  static final String TAX_AGENCY = "Chi cục Thuế khu vực";
  static final String LEADER = "Lê Văn Cường";
  static final String LEADER_UNIT = "Lãnh đạo UBND";

  static final Procedure PROCEDURE =
      Procedure.builder()
          .code("1.004227")
          .name("Cấp giấy phép xây dựng (minh hoạ)")
          .field("Xây dựng")
          .addVersions(
              ProcedureVersion.builder()
                  .effectiveFrom(LocalDate.of(2018, 1, 1))
                  .processingTime(ProcessingTime.workingDays(5))
                  .addSteps(
                      Step.builder()
                          .id("THAM_DINH")
                          .name("Thẩm định hồ sơ")
                          .ownerUnit(SPECIALIST_UNIT)
                          .allotment(ProcessingTime.workingDays(3))
                          .build(),
                      Step.builder()
                          .id("THUE")
                          .name("Xác định nghĩa vụ tài chính")
                          .ownerUnit(TAX_AGENCY)
                          .agency(TAX_AGENCY)
                          .allotment(ProcessingTime.workingDays(1))
                          .build(),
                      Step.builder()
                          .id("PHE_DUYET")
                          .name("Phê duyệt")
                          .ownerUnit(LEADER_UNIT)
                          .allotment(ProcessingTime.workingDays(1))
                          .build())
                  .build())
          .build();

  static final Evaluator EVALUATOR =
      Evaluator.builder().calendar(CALENDAR).procedures(ProcedureCatalogue.of(PROCEDURE)).build();

  private HtmlFixtures() {}

  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(CALENDAR.zone()).toInstant();
  }

  /**
   * Received Thursday 2025-08-28 (Decree 118, slip Mẫu 06), a supplement wait over the 2 September
   * holidays, appraisal late, approval still open and overdue on 2025-09-10.
   */
  static Dossier late2025(String applicant, String specialist) {
    return late2025(applicant, specialist, false);
  }

  /** The same dossier, optionally with an apology giving a new appointment on 2025-09-05. */
  static Dossier late2025(String applicant, String specialist, boolean apology) {
    List<DossierEvent> events = new ArrayList<>();
    events.add(event(EventType.RECEIVED, "2025-08-28T09:00", DESK, DESK_UNIT).build());
    events.add(
        event(EventType.HANDED_OVER, "2025-08-28T10:00", DESK, DESK_UNIT)
            .toOfficial(specialist)
            .toUnit(SPECIALIST_UNIT)
            .step("THAM_DINH")
            .build());
    events.add(
        event(EventType.SUPPLEMENT_REQUESTED, "2025-08-29T14:00", specialist, SPECIALIST_UNIT)
            .build());
    events.add(event(EventType.SUPPLEMENT_RECEIVED, "2025-09-04T08:00", DESK, DESK_UNIT).build());
    if (apology) {
      events.add(
          event(EventType.APOLOGY_ISSUED, "2025-09-05T10:00", specialist, SPECIALIST_UNIT)
              .reason("Hồ sơ cần xác minh thực địa")
              .newAppointment(at("2025-09-12T16:00"))
              .build());
    }
    events.add(
        event(EventType.HANDED_OVER, "2025-09-09T15:00", specialist, SPECIALIST_UNIT)
            .toOfficial(LEADER)
            .toUnit(LEADER_UNIT)
            .step("PHE_DUYET")
            .build());
    return Dossier.builder()
        .code("H40.25-250828-0007")
        .procedureCode(PROCEDURE.code())
        .receivingUnit(DESK_UNIT)
        .applicant(applicant)
        .events(events)
        .build();
  }

  static Dossier late2025() {
    return late2025("Hoàng Thị Em", SPECIALIST);
  }

  static final Instant LATE_2025_AS_OF = at("2025-09-10T16:00");

  static Evaluation evaluate(Dossier dossier, Instant asOf) {
    return EVALUATOR.evaluate(dossier, asOf);
  }

  /**
   * Received Friday 2024-04-26 (Decree 61, slip Mẫu 05) over the 30/4 holidays, through the tax
   * office, finished and returned; an invalid pause kept counting.
   */
  static Dossier finished2024(String applicant) {
    List<DossierEvent> events = new ArrayList<>();
    events.add(event(EventType.RECEIVED, "2024-04-26T14:30", DESK, DESK_UNIT).build());
    events.add(
        event(EventType.HANDED_OVER, "2024-04-26T15:30", DESK, DESK_UNIT)
            .toOfficial(SPECIALIST)
            .toUnit(SPECIALIST_UNIT)
            .step("THAM_DINH")
            .build());
    events.add(
        event(EventType.PAUSED, "2024-05-03T08:00", SPECIALIST, SPECIALIST_UNIT)
            .reason("CHO_Y_KIEN")
            .build());
    events.add(event(EventType.RESUMED, "2024-05-03T14:00", SPECIALIST, SPECIALIST_UNIT).build());
    events.add(
        event(EventType.HANDED_OVER, "2024-05-06T09:00", SPECIALIST, SPECIALIST_UNIT)
            .toOfficial(TAX)
            .toUnit(TAX_AGENCY)
            .step("THUE")
            .build());
    events.add(
        event(EventType.HANDED_OVER, "2024-05-07T08:00", TAX, TAX_AGENCY)
            .toOfficial(LEADER)
            .toUnit(LEADER_UNIT)
            .step("PHE_DUYET")
            .build());
    events.add(event(EventType.RESULT_READY, "2024-05-07T10:00", LEADER, LEADER_UNIT).build());
    events.add(event(EventType.RESULT_RETURNED, "2024-05-08T08:00", DESK, DESK_UNIT).build());
    return Dossier.builder()
        .code("H40.24-240426-0031")
        .procedureCode(PROCEDURE.code())
        .receivingUnit(DESK_UNIT)
        .applicant(applicant)
        .events(events)
        .build();
  }

  static final Instant FINISHED_2024_AS_OF = at("2024-05-10T12:00");

  /**
   * A dossier received at a unit, appraised by an official, approved by the leader and finished.
   *
   * @param received local receipt time; the hand-over to the specialist is an hour later
   */
  static Dossier simple(
      String code, String unit, String specialist, String received, String toLeader, String ready) {
    Instant receivedAt = at(received);
    List<DossierEvent> events = new ArrayList<>();
    events.add(event(EventType.RECEIVED, received, DESK, unit).build());
    events.add(
        DossierEvent.builder()
            .type(EventType.HANDED_OVER)
            .occurredAt(receivedAt.plusSeconds(3600))
            .recordedAt(receivedAt.plusSeconds(3600))
            .official(DESK)
            .unit(unit)
            .toOfficial(specialist)
            .toUnit(SPECIALIST_UNIT)
            .step("THAM_DINH")
            .build());
    events.add(
        event(EventType.HANDED_OVER, toLeader, specialist, SPECIALIST_UNIT)
            .toOfficial(LEADER)
            .toUnit(LEADER_UNIT)
            .step("PHE_DUYET")
            .build());
    events.add(event(EventType.RESULT_READY, ready, LEADER, LEADER_UNIT).build());
    return Dossier.builder()
        .code(code)
        .procedureCode(PROCEDURE.code())
        .receivingUnit(unit)
        .events(events)
        .build();
  }

  private static DossierEvent.Builder event(
      EventType type, String at, String official, String unit) {
    Instant instant = at(at);
    return DossierEvent.builder()
        .type(type)
        .occurredAt(instant)
        .recordedAt(instant)
        .official(official)
        .unit(unit);
  }
}
