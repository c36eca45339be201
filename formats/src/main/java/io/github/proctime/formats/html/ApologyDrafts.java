package io.github.proctime.formats.html;

import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.core.Attribution;
import io.github.proctime.core.DelayShare;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.PartyKind;
import io.github.proctime.core.Procedure;
import io.github.proctime.core.StepRecord;
import io.github.proctime.core.TimelineEvaluation;
import io.github.proctime.formats.internal.html.ApologyDocument;
import io.github.proctime.formats.internal.html.Inputs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Drafts the apology letter for a dossier that will be late (Phiếu xin lỗi và hẹn lại ngày trả kết
 * quả, Mẫu 04 of TT 01/2018/TT-VPCP; Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết, Mẫu
 * 04 of TT 03/2025/TT-VPCP), in Vietnamese, as a standalone HTML page to print on A5, marked DỰ
 * THẢO (draft) for an official to edit.
 *
 * <p>{@link #draft} computes the content ({@link ApologyDraft}); {@link #render(ApologyDraft)}
 * writes it. Our sources give the forms' names but not their layout ({@code
 * shared/domain/regulations.md} §2), so the letter prints the content they require (§1.2, §1.13 and
 * the TP.HCM rules of §1) as labelled lines, and notes for the official that are not printed: how
 * the new appointment was computed, the apology deadline ("chậm nhất một ngày trước ngày hết hạn",
 * §1.2) if it has passed, and a warning when the dossier has already used the reschedules the rule
 * set allows ("không quá một lần", §1.3).
 *
 * <p>The responsible units are those an {@link Attribution} puts the delay on, when one is given,
 * largest share first; without an attribution, or when it puts no delay on an official yet (a
 * dossier not yet late), they are the units whose steps overran their allotment, largest overrun
 * first, or else the unit holding the dossier (the rule of §7: a delay belongs to the step that
 * exceeded its allotment). A caller may replace them with {@link
 * ApologyDraft#withResponsibleUnits(Iterable)}. The reason is left blank unless the caller gives
 * one ({@link ApologyDraft#withReason(String)}).
 *
 * <pre>{@code
 * ApologyDraft d = ApologyDrafts.draft(evaluation, dossier, procedure, calendar)
 *     .withReason("Hồ sơ cần xác minh thực địa");
 * Files.writeString(Path.of("xin-loi.html"), ApologyDrafts.render(d));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ApologyDrafts {
  private ApologyDrafts() {}

  /**
   * Drafts the apology with the {@linkplain AppointmentPolicy#standard() standard} appointment
   * policy.
   *
   * @param evaluation the dossier's evaluation, usually as of now
   * @param dossier the evaluated dossier
   * @param procedure the dossier's procedure
   * @param calendar the working calendar the new appointment is computed on
   * @return the draft
   * @throws DocumentInputException if the dossier or procedure is not the evaluated one, or the
   *     dossier is no longer in progress (field {@code evaluation.state})
   */
  public static ApologyDraft draft(
      Evaluation evaluation, Dossier dossier, Procedure procedure, WorkingCalendar calendar) {
    return draft(evaluation, dossier, procedure, calendar, AppointmentPolicy.standard());
  }

  /**
   * Drafts the apology with an appointment policy.
   *
   * @param evaluation the dossier's evaluation, usually as of now
   * @param dossier the evaluated dossier
   * @param procedure the dossier's procedure
   * @param calendar the working calendar the new appointment is computed on
   * @param policy how the new appointment is computed
   * @return the draft
   * @throws DocumentInputException if the dossier or procedure is not the evaluated one, or the
   *     dossier is no longer in progress (field {@code evaluation.state})
   * @throws io.github.proctime.calendar.CalendarCoverageException if the new appointment falls
   *     outside the calendar's coverage
   */
  public static ApologyDraft draft(
      Evaluation evaluation,
      Dossier dossier,
      Procedure procedure,
      WorkingCalendar calendar,
      AppointmentPolicy policy) {
    Inputs.check(evaluation, dossier, procedure);
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(policy, "policy");
    if (!evaluation.state().isInProgress()) {
      throw new DocumentInputException(
          "evaluation.state", "a state in progress", evaluation.state().name());
    }
    TimelineEvaluation t = evaluation.occurred();
    return ApologyDraft.builder()
        .form(ApologyForm.of(evaluation.ruleSet().controlSlipForm()))
        .dossierCode(dossier.code())
        .applicant(dossier.applicant())
        .procedureCode(procedure.code())
        .procedureName(procedure.name())
        .receivedAt(t.receivedAt())
        .dueAt(t.dueAt())
        .apologyDeadline(t.apologyDeadline())
        .newAppointment(policy.newAppointment(evaluation, calendar))
        .appointmentBasis(policy.description())
        .responsibleUnits(responsibleUnits(t))
        .state(t.state())
        .preparedAt(evaluation.asOf())
        .earlierReschedules(t.reschedules())
        .maxReschedules(evaluation.ruleSet().maxReschedules())
        .zone(calendar.zone())
        .build();
  }

  /**
   * Drafts the apology with an appointment policy, naming the units the attribution puts the delay
   * on.
   *
   * @param evaluation the dossier's evaluation, usually as of now
   * @param dossier the evaluated dossier
   * @param procedure the dossier's procedure
   * @param calendar the working calendar the new appointment is computed on
   * @param policy how the new appointment is computed
   * @param attribution the attribution of the evaluation's delay
   * @return the draft
   * @throws DocumentInputException if the dossier, procedure or attribution is not of the evaluated
   *     dossier (field {@code attribution.dossierCode}), or the dossier is no longer in progress
   *     (field {@code evaluation.state})
   * @throws io.github.proctime.calendar.CalendarCoverageException if the new appointment falls
   *     outside the calendar's coverage
   */
  public static ApologyDraft draft(
      Evaluation evaluation,
      Dossier dossier,
      Procedure procedure,
      WorkingCalendar calendar,
      AppointmentPolicy policy,
      Attribution attribution) {
    Objects.requireNonNull(attribution, "attribution");
    ApologyDraft draft = draft(evaluation, dossier, procedure, calendar, policy);
    if (!attribution.dossierCode().equals(evaluation.dossierCode())) {
      throw new DocumentInputException(
          "attribution.dossierCode",
          "'" + evaluation.dossierCode() + "'",
          attribution.dossierCode());
    }
    List<String> units = responsibleUnits(attribution);
    return units.isEmpty() ? draft : draft.withResponsibleUnits(units);
  }

  /**
   * The units an attribution puts a delay on: for each share on an official, the other agency of an
   * inter-agency step, otherwise the official's unit; largest total share first, ties in the order
   * of the shares.
   *
   * @param attribution the attribution
   * @return the units, empty if no delay is put on an official
   */
  public static List<String> responsibleUnits(Attribution attribution) {
    Objects.requireNonNull(attribution, "attribution");
    Map<String, Duration> totals = new LinkedHashMap<>();
    for (DelayShare share : attribution.shares()) {
      if (share.party() == PartyKind.OFFICIAL && share.amount().compareTo(Duration.ZERO) > 0) {
        share
            .agency()
            .or(share::unit)
            .ifPresent(unit -> totals.merge(unit, share.amount(), Duration::plus));
      }
    }
    List<String> units = new ArrayList<>(totals.keySet());
    units.sort(Comparator.comparing(totals::get, Comparator.reverseOrder()));
    return units;
  }

  /**
   * Renders a draft as a standalone HTML page.
   *
   * @param draft the draft
   * @return the HTML page
   */
  public static String render(ApologyDraft draft) {
    return ApologyDocument.render(Objects.requireNonNull(draft, "draft"));
  }

  private static List<String> responsibleUnits(TimelineEvaluation t) {
    Map<String, Duration> overruns = new LinkedHashMap<>();
    for (StepRecord step : t.steps()) {
      if (step.overrun().compareTo(Duration.ZERO) > 0) {
        step.agency()
            .or(step::holderUnit)
            .ifPresent(unit -> overruns.merge(unit, step.overrun(), Duration::plus));
      }
    }
    List<String> units = new ArrayList<>(overruns.keySet());
    units.sort(Comparator.comparing(overruns::get, Comparator.reverseOrder()));
    if (units.isEmpty() && !t.steps().isEmpty()) {
      StepRecord last = t.steps().get(t.steps().size() - 1);
      last.agency().or(last::holderUnit).ifPresent(units::add);
    }
    return units;
  }
}
