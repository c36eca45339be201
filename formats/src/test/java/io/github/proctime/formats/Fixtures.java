package io.github.proctime.formats;

import io.github.proctime.calendar.WorkingCalendars;
import io.github.proctime.core.Channel;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.DossierEvent;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.EvaluationMode;
import io.github.proctime.core.Evaluator;
import io.github.proctime.core.EventType;
import io.github.proctime.core.Procedure;
import io.github.proctime.core.ProcedureCatalogue;
import io.github.proctime.core.ProcedureVersion;
import io.github.proctime.core.ProcessingTime;
import io.github.proctime.core.Step;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/** Small fixed inputs for golden-file and example tests; illustrative data, not real dossiers. */
public final class Fixtures {
  private Fixtures() {}

  /** An instant written with the +07:00 offset, such as {@code at("2025-03-03T08:00")}. */
  public static Instant at(String localVietnam) {
    return OffsetDateTime.parse(localVietnam + "+07:00").toInstant();
  }

  /** MON_2025_03_03 at 08:00: a dossier received in person, handed over, finished, returned. */
  public static Dossier returnedDossier() {
    return Dossier.builder()
        .code("000.00.12.H40-250303-0001")
        .procedureCode("1.004227")
        .receivingUnit("BO_PHAN_MOT_CUA")
        .channel(Channel.IN_PERSON)
        .applicant("Nguyễn Văn An")
        .printedAppointment(at("2025-03-10T17:00"))
        .addEvents(
            DossierEvent.builder()
                .type(EventType.RECEIVED)
                .occurredAt(at("2025-03-03T08:00"))
                .recordedAt(at("2025-03-03T08:05"))
                .official("Lê Thị Cúc")
                .unit("BO_PHAN_MOT_CUA")
                .step("TIEP_NHAN")
                .build(),
            DossierEvent.builder()
                .type(EventType.HANDED_OVER)
                .occurredAt(at("2025-03-03T14:00"))
                .recordedAt(at("2025-03-03T14:00"))
                .official("Lê Thị Cúc")
                .unit("BO_PHAN_MOT_CUA")
                .toOfficial("Trần Thị Bình")
                .toUnit("PHONG_TNMT")
                .step("THAM_DINH")
                .build(),
            DossierEvent.builder()
                .type(EventType.SUPPLEMENT_REQUESTED)
                .occurredAt(at("2025-03-04T09:30"))
                .recordedAt(at("2025-03-04T09:30"))
                .official("Trần Thị Bình")
                .unit("PHONG_TNMT")
                .note("Thiếu bản vẽ, \"mặt bằng\"; bổ sung\nbản sao")
                .build(),
            DossierEvent.builder()
                .type(EventType.SUPPLEMENT_RECEIVED)
                .occurredAt(at("2025-03-06T10:00"))
                .recordedAt(at("2025-03-06T10:20"))
                .official("Lê Thị Cúc")
                .unit("BO_PHAN_MOT_CUA")
                .build(),
            DossierEvent.builder()
                .type(EventType.RESULT_READY)
                .occurredAt(at("2025-03-11T16:00"))
                .recordedAt(at("2025-03-11T16:00"))
                .official("Trần Thị Bình")
                .unit("PHONG_TNMT")
                .build(),
            DossierEvent.builder()
                .type(EventType.RESULT_RETURNED)
                .occurredAt(at("2025-03-12T09:00"))
                .recordedAt(at("2025-03-12T09:00"))
                .official("Lê Thị Cúc")
                .unit("BO_PHAN_MOT_CUA")
                .build())
        .build();
  }

  /** TUE_2025_03_04: an online dossier still in progress, with an apology. */
  public static Dossier apologisedDossier() {
    return Dossier.builder()
        .code("000.00.12.H40-250304-0002")
        .procedureCode("2.000635")
        .receivingUnit("BO_PHAN_MOT_CUA")
        .channel(Channel.ONLINE)
        .addEvents(
            DossierEvent.builder()
                .type(EventType.RECEIVED)
                .occurredAt(at("2025-03-04T15:30"))
                .recordedAt(at("2025-03-04T15:30"))
                .official("Lê Thị Cúc")
                .unit("BO_PHAN_MOT_CUA")
                .build(),
            DossierEvent.builder()
                .type(EventType.APOLOGY_ISSUED)
                .occurredAt(at("2025-03-05T16:00"))
                .recordedAt(at("2025-03-05T16:00"))
                .official("Phạm Văn Dũng")
                .unit("PHONG_TU_PHAP")
                .reason("=QUA_TAI")
                .newAppointment(at("2025-03-07T17:00"))
                .build())
        .build();
  }

  /** The two dossiers, in order. */
  public static List<Dossier> dossiers() {
    return List.of(returnedDossier(), apologisedDossier());
  }

  /** A procedure with two versions, the later one with an internal process and a cut-off. */
  public static Procedure procedure() {
    return Procedure.builder()
        .code("1.004227")
        .name("Cấp giấy phép xây dựng (illustrative)")
        .field("Xây dựng")
        .addVersions(
            ProcedureVersion.builder()
                .effectiveFrom(LocalDate.of(2021, 1, 1))
                .processingTime(ProcessingTime.workingDays(7))
                .build(),
            ProcedureVersion.builder()
                .effectiveFrom(LocalDate.of(2024, 1, 1))
                .decision("QĐ 123/QĐ-UBND (illustrative)")
                .processingTime(ProcessingTime.workingDays(5))
                .intakeCutoff(LocalTime.of(15, 0))
                .addSteps(
                    Step.builder()
                        .id("TIEP_NHAN")
                        .name("Tiếp nhận hồ sơ")
                        .ownerUnit("BO_PHAN_MOT_CUA")
                        .allotment(ProcessingTime.workingHours(4))
                        .build(),
                    Step.builder()
                        .id("THAM_DINH")
                        .name("Thẩm định hồ sơ")
                        .ownerUnit("PHONG_TNMT")
                        .allotment(ProcessingTime.workingDays(3))
                        .build(),
                    Step.builder()
                        .id("THUE")
                        .name("Xác định nghĩa vụ tài chính")
                        .ownerUnit("CHI_CUC_THUE")
                        .allotment(ProcessingTime.calendarDays(2))
                        .agency("Chi cục Thuế")
                        .build())
                .build())
        .build();
  }

  /** A one-step procedure of 3 working days, for {@link #apologisedDossier()}. */
  public static Procedure shortProcedure() {
    return Procedure.builder()
        .code("2.000635")
        .name("Cấp bản sao trích lục hộ tịch (illustrative)")
        .field("Hộ tịch")
        .addVersions(
            ProcedureVersion.builder()
                .effectiveFrom(LocalDate.of(2021, 1, 1))
                .processingTime(ProcessingTime.workingDays(3))
                .build())
        .build();
  }

  /**
   * The evaluations of {@link #dossiers()} on the national calendar, lenient, at MON_2025_03_31
   * 17:00, without explanations, so that the golden files do not change with core's wording.
   *
   * @return one evaluation per dossier
   */
  public static List<Evaluation> evaluations() {
    return evaluations(false);
  }

  /**
   * The same evaluations with their explanations.
   *
   * @return one evaluation per dossier
   */
  public static List<Evaluation> explainedEvaluations() {
    return evaluations(true);
  }

  private static List<Evaluation> evaluations(boolean explaining) {
    Evaluator evaluator =
        Evaluator.builder()
            .calendar(WorkingCalendars.vietnam())
            .procedures(ProcedureCatalogue.of(procedure(), shortProcedure()))
            .mode(EvaluationMode.LENIENT)
            .explaining(explaining)
            .build();
    Instant asOf = at("2025-03-31T17:00");
    return dossiers().stream().map(d -> evaluator.evaluate(d, asOf)).toList();
  }

  /**
   * A test resource as text.
   *
   * @param name the resource path, relative to the class path root
   * @return the text, UTF-8
   */
  public static String resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("No resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
