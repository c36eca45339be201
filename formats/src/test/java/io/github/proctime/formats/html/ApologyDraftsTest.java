package io.github.proctime.formats.html;

import static io.github.proctime.formats.html.HtmlFixtures.CRAFTED;
import static io.github.proctime.formats.html.HtmlFixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.proctime.core.Attribution;
import io.github.proctime.core.Attributor;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.DossierState;
import io.github.proctime.core.Evaluation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApologyDraftsTest {
  private static final Dossier LATE = HtmlFixtures.late2025();
  private static final Evaluation LATE_EVALUATION =
      HtmlFixtures.evaluate(LATE, HtmlFixtures.LATE_2025_AS_OF);
  private static final Dossier RUNNING_2024 = HtmlFixtures.finished2024("Đỗ Văn Giang");

  /** Before the 2024 dossier's approval: in progress, under Decree 61. */
  private static final Evaluation RUNNING_2024_EVALUATION =
      HtmlFixtures.evaluate(RUNNING_2024, at("2024-05-06T10:00"));

  private static ApologyDraft draft(Evaluation evaluation, Dossier dossier) {
    return ApologyDrafts.draft(evaluation, dossier, HtmlFixtures.PROCEDURE, HtmlFixtures.CALENDAR);
  }

  @Test
  void draftOfA2025DossierUsesTheRenamedForm() {
    ApologyDraft d = draft(LATE_EVALUATION, LATE).withReason("Hồ sơ cần xác minh thực địa");
    assertEquals(ApologyForm.TT03_2025_FORM_04, d.form());
    assertEquals(DossierState.IN_PROGRESS_OVERDUE, d.state());
    Golden.assertMatches("apology-2025.html", ApologyDrafts.render(d));
  }

  @Test
  void draftOfA2024DossierUsesTheForm04Of2018WithABlankReason() {
    ApologyDraft d = draft(RUNNING_2024_EVALUATION, RUNNING_2024);
    assertEquals(ApologyForm.TT01_2018_FORM_04, d.form());
    String html = ApologyDrafts.render(d);
    assertTrue(html.contains("Phiếu xin lỗi và hẹn lại ngày trả kết quả"));
    assertTrue(html.contains("Lý do chậm trễ: <b>……………………</b>"));
    Golden.assertMatches("apology-2018.html", html);
  }

  @Test
  void draftIsMarkedAsADraft() {
    String html = ApologyDrafts.render(draft(LATE_EVALUATION, LATE));
    assertTrue(html.contains("<title>DỰ THẢO — "));
    assertTrue(html.contains("class=\"draft-banner\">DỰ THẢO"));
    assertTrue(html.contains("class=\"watermark\""));
  }

  @Test
  void standardAppointmentIsTheDueExtendedByTheOverrunThenOneWorkingDay() {
    ApologyDraft d = draft(LATE_EVALUATION, LATE);
    assertEquals(at("2025-09-09T14:00"), LATE_EVALUATION.dueAt());
    assertEquals(java.time.Duration.ofHours(10), LATE_EVALUATION.occurred().delay());
    // 10 working hours after Tuesday 14:00 is Wednesday 16:00 (the evaluation instant); + 1 day.
    assertEquals(at("2025-09-11T16:00"), d.newAppointment());
  }

  @Test
  void standardAppointmentOfADossierNotYetLateIsOneWorkingDayAfterTheDue() {
    ApologyDraft d = draft(RUNNING_2024_EVALUATION, RUNNING_2024);
    assertEquals(Instant.parse("2024-05-07T07:30:00Z"), RUNNING_2024_EVALUATION.dueAt());
    assertEquals(at("2024-05-08T14:30"), d.newAppointment());
  }

  @Test
  void policiesTheCallerChooses() {
    ApologyDraft days =
        ApologyDrafts.draft(
            LATE_EVALUATION,
            LATE,
            HtmlFixtures.PROCEDURE,
            HtmlFixtures.CALENDAR,
            AppointmentPolicy.workingDaysAfterDue(3));
    Instant due = LATE_EVALUATION.dueAt();
    Instant threeDaysLater =
        HtmlFixtures.CALENDAR
            .plusWorkingDays(due.atZone(HtmlFixtures.CALENDAR.zone()).toLocalDate(), 3)
            .atTime(due.atZone(HtmlFixtures.CALENDAR.zone()).toLocalTime())
            .atZone(HtmlFixtures.CALENDAR.zone())
            .toInstant();
    assertEquals(threeDaysLater, days.newAppointment());
    Instant chosen = at("2025-09-19T09:00");
    ApologyDraft fixed =
        ApologyDrafts.draft(
            LATE_EVALUATION,
            LATE,
            HtmlFixtures.PROCEDURE,
            HtmlFixtures.CALENDAR,
            AppointmentPolicy.fixed(chosen));
    assertEquals(chosen, fixed.newAppointment());
    assertEquals("Thời gian hẹn do người dùng nhập.", fixed.appointmentBasis());
  }

  @Test
  void negativeExtensionsAreRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AppointmentPolicy.extendByOverrun(-1));
    assertTrue(e.getMessage().contains("extraWorkingDays"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class, () -> AppointmentPolicy.workingDaysAfterDue(-2));
    assertTrue(e.getMessage().contains("workingDays"), e.getMessage());
  }

  @Test
  void responsibleUnitsAreTheOverrunningOnesAndCanBeReplaced() {
    ApologyDraft d = draft(LATE_EVALUATION, LATE);
    assertEquals(
        List.of(HtmlFixtures.SPECIALIST_UNIT, HtmlFixtures.LEADER_UNIT), d.responsibleUnits());
    ApologyDraft replaced = d.withResponsibleUnits(List.of("Phòng Tài nguyên và Môi trường"));
    assertTrue(ApologyDrafts.render(replaced).contains("Phòng Tài nguyên và Môi trường"));
  }

  @Test
  void responsibleUnitsComeFromTheAttributionWhenGiven() {
    Attribution attribution = Attributor.of(HtmlFixtures.CALENDAR).attribute(LATE_EVALUATION);
    List<String> units = ApologyDrafts.responsibleUnits(attribution);
    assertFalse(units.isEmpty());
    ApologyDraft d =
        ApologyDrafts.draft(
            LATE_EVALUATION,
            LATE,
            HtmlFixtures.PROCEDURE,
            HtmlFixtures.CALENDAR,
            AppointmentPolicy.standard(),
            attribution);
    assertEquals(units, d.responsibleUnits());
    assertEquals(HtmlFixtures.SPECIALIST_UNIT, units.get(0));
  }

  @Test
  void attributionOfAnotherDossierIsRejected() {
    Evaluation other = HtmlFixtures.evaluate(TimelinePicturesTest.FINISHED, at("2024-05-06T10:00"));
    Attribution wrong = Attributor.of(HtmlFixtures.CALENDAR).attribute(other);
    DocumentInputException e =
        assertThrows(
            DocumentInputException.class,
            () ->
                ApologyDrafts.draft(
                    LATE_EVALUATION,
                    LATE,
                    HtmlFixtures.PROCEDURE,
                    HtmlFixtures.CALENDAR,
                    AppointmentPolicy.standard(),
                    wrong));
    assertEquals("attribution.dossierCode", e.field());
    assertEquals("H40.24-240426-0031", e.actual());
  }

  @Test
  void secondResetOfTheReturnDateIsFlagged() {
    Dossier rescheduled = HtmlFixtures.late2025("Hoàng Thị Em", HtmlFixtures.SPECIALIST, true);
    ApologyDraft d =
        draft(HtmlFixtures.evaluate(rescheduled, HtmlFixtures.LATE_2025_AS_OF), rescheduled);
    assertTrue(d.isBeyondRescheduleLimit());
    assertTrue(
        ApologyDrafts.render(d)
            .contains("hồ sơ đã được hẹn lại 1 lần; quy định cho phép hẹn lại không quá 1 lần"));
    assertFalse(draft(LATE_EVALUATION, LATE).isBeyondRescheduleLimit());
  }

  @Test
  void craftedNameAndReasonRenderAsText() {
    Dossier crafted = HtmlFixtures.late2025(CRAFTED, CRAFTED);
    ApologyDraft d =
        draft(HtmlFixtures.evaluate(crafted, HtmlFixtures.LATE_2025_AS_OF), crafted)
            .withReason("\"><img src=x onerror=alert(1)>")
            .withResponsibleUnits(List.of(CRAFTED));
    String html = ApologyDrafts.render(d);
    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("<img"), html);
    assertTrue(html.contains("Kính gửi: <b>&lt;script&gt;alert(1)&lt;/script&gt;</b>"));
    assertTrue(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
  }

  @Test
  void finishedDossierIsRejectedNamingTheState() {
    Dossier finished = HtmlFixtures.finished2024("Đỗ Văn Giang");
    Evaluation evaluation = HtmlFixtures.evaluate(finished, HtmlFixtures.FINISHED_2024_AS_OF);
    DocumentInputException e =
        assertThrows(DocumentInputException.class, () -> draft(evaluation, finished));
    assertEquals("evaluation.state", e.field());
    assertEquals("a state in progress", e.expected());
    assertEquals("FINISHED_ON_TIME", e.actual());
  }
}
