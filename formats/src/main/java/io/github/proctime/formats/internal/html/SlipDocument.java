package io.github.proctime.formats.internal.html;

import io.github.proctime.core.ControlSlipForm;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.PauseRecord;
import io.github.proctime.core.Procedure;
import io.github.proctime.core.StepRecord;
import io.github.proctime.core.TimelineEvaluation;
import io.github.proctime.core.Verdict;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the process-control slip; see {@link io.github.proctime.formats.html.ControlSlips} for the
 * layout and its sources.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SlipDocument {
  private static final String CSS =
      "@page { size: A5; margin: 10mm; }\n"
          + "body { font-family: 'Times New Roman', 'Liberation Serif', serif; font-size: 10.5pt;"
          + " color: #000; background: #fff; margin: 0; }\n"
          + ".sheet { max-width: 128mm; margin: 0 auto; padding: 4mm 0; }\n"
          + ".form-number { text-align: right; font-style: italic; margin: 0; }\n"
          + "h1 { font-size: 12pt; text-align: center; margin: 3mm 0; text-transform: uppercase; }\n"
          + ".header p { margin: 1mm 0; }\n"
          + "table { border-collapse: collapse; width: 100%; margin-top: 3mm; }\n"
          + "th, td { border: 1px solid #000; padding: 1mm; vertical-align: top;"
          + " font-size: 9.5pt; }\n"
          + "th { font-weight: bold; text-align: center; }\n"
          + ".verdict { text-align: center; font-weight: bold; }\n"
          + ".sign { display: block; margin-top: 1mm; }\n"
          + ".sign span { display: block; min-height: 8mm; }\n";

  private SlipDocument() {}

  /**
   * Writes the slip.
   *
   * @param evaluation the evaluation
   * @param dossier the dossier
   * @param procedure the procedure
   * @param zone the zone of local times
   * @return the HTML page
   */
  public static String render(
      Evaluation evaluation, Dossier dossier, Procedure procedure, ZoneId zone) {
    Inputs.check(evaluation, dossier, procedure);
    ControlSlipForm form = evaluation.ruleSet().controlSlipForm();
    TimelineEvaluation t = evaluation.occurred();
    Markup out = new Markup();
    Pages.open(out, form.title() + " — " + dossier.code(), CSS);
    out.raw("<div class=\"sheet\">").nl();
    out.element("p class=\"form-number\"", form.formNumber() + " — " + form.circular()).nl();
    out.element("h1", form.title()).nl();
    out.raw("<div class=\"header\">").nl();
    field(out, "Kèm theo hồ sơ của", dossier.applicant().orElse(Texts.BLANK));
    field(out, "Mã hồ sơ", dossier.code());
    field(out, "Ngày nhận", Texts.formInstant(t.receivedAt(), zone));
    field(out, "Ngày, giờ hẹn trả kết quả", Texts.formInstant(t.baseDue(), zone));
    field(out, "Cơ quan (bộ phận) giải quyết hồ sơ", join(solvingUnits(t, dossier)));
    field(out, "Cơ quan phối hợp giải quyết hồ sơ", join(coordinatingAgencies(t)));
    out.raw("</div>").nl();
    out.raw("<table>").nl();
    out.raw("<thead><tr><th>TÊN CƠ QUAN</th><th>THỜI GIAN GIAO, NHẬN HỒ SƠ</th>")
        .raw("<th>KẾT QUẢ GIẢI QUYẾT HỒ SƠ<br>(Trước hạn/đúng hạn/quá hạn)</th>")
        .raw("<th>GHI CHÚ</th></tr></thead>")
        .nl();
    out.raw("<tbody>").nl();
    List<StepRecord> steps = t.steps();
    for (int i = 1; i < steps.size(); i++) {
      StepRecord giver = steps.get(i - 1);
      StepRecord receiver = steps.get(i);
      row(
          out,
          i,
          receiver.handedOverByUnit().or(giver::holderUnit),
          Optional.of(unitOf(receiver)),
          receiver.startedAt(),
          receiver.handedOverBy().or(giver::holderOfficial),
          receiver.holderOfficial(),
          giver,
          t,
          zone);
    }
    if (!steps.isEmpty()) {
      StepRecord last = steps.get(steps.size() - 1);
      Optional<Instant> end = last.endedAt();
      row(
          out,
          steps.size(),
          Optional.of(unitOf(last)),
          Optional.empty(),
          end.orElse(null),
          last.holderOfficial(),
          Optional.empty(),
          last,
          t,
          zone);
    }
    out.raw("</tbody>").nl();
    out.raw("</table>").nl();
    out.raw("</div>").nl();
    Pages.close(out);
    return out.toString();
  }

  private static void field(Markup out, String label, String value) {
    out.raw("<p>").text(label).raw(": <b>").text(value).raw("</b></p>").nl();
  }

  private static String unitOf(StepRecord step) {
    return step.agency().or(step::holderUnit).orElse(Texts.BLANK);
  }

  private static List<String> solvingUnits(TimelineEvaluation t, Dossier dossier) {
    Set<String> units = new LinkedHashSet<>();
    for (StepRecord step : t.steps()) {
      if (step.agency().isEmpty()
          && step.holderUnit().isPresent()
          && !step.holderUnit().get().equals(dossier.receivingUnit())) {
        units.add(step.holderUnit().get());
      }
    }
    return new ArrayList<>(units);
  }

  private static List<String> coordinatingAgencies(TimelineEvaluation t) {
    Set<String> agencies = new LinkedHashSet<>();
    for (StepRecord step : t.steps()) {
      step.agency().ifPresent(agencies::add);
    }
    return new ArrayList<>(agencies);
  }

  private static String join(List<String> values) {
    return values.isEmpty() ? Texts.BLANK : String.join("; ", values);
  }

  private static void row(
      Markup out,
      int number,
      Optional<String> fromUnit,
      Optional<String> toUnit,
      Instant at,
      Optional<String> fromOfficial,
      Optional<String> toOfficial,
      StepRecord judged,
      TimelineEvaluation t,
      ZoneId zone) {
    out.raw("<tr>");
    out.raw("<td>").text(number + ". Giao: " + fromUnit.orElse(Texts.BLANK));
    toUnit.ifPresent(u -> out.raw("<br>").text("Nhận: " + u));
    out.raw("</td>");
    out.raw("<td>").text(at == null ? Texts.BLANK : Texts.formInstant(at, zone));
    out.raw("<span class=\"sign\">").text("Người giao: " + fromOfficial.orElse(Texts.BLANK));
    out.raw("<span></span></span>");
    if (toUnit.isPresent()) {
      out.raw("<span class=\"sign\">").text("Người nhận: " + toOfficial.orElse(Texts.BLANK));
      out.raw("<span></span></span>");
    }
    out.raw("</td>");
    out.raw("<td class=\"verdict\">")
        .text(judged.verdict().map(Verdict::vietnameseLabel).orElse(""))
        .raw("</td>");
    out.raw("<td>").text(String.join("; ", notes(judged, t))).raw("</td>");
    out.raw("</tr>").nl();
  }

  private static List<String> notes(StepRecord step, TimelineEvaluation t) {
    List<String> notes = new ArrayList<>();
    step.stepName().or(step::stepId).ifPresent(name -> notes.add("Bước: " + name));
    if (step.isOpen()) {
      notes.add("Đang xử lý");
    } else if (step.index() == 0 && step.stepId().isEmpty()) {
      notes.add("Tiếp nhận hồ sơ");
    } else if (step.verdict().isEmpty()) {
      notes.add("Bước không có thời hạn trong quy trình nội bộ");
    }
    if (step.overrun().compareTo(java.time.Duration.ZERO) > 0) {
      notes.add("Quá " + Texts.workingTime(step.overrun()) + " làm việc");
    }
    for (PauseRecord pause : t.pauses()) {
      if (pause.startEventIndex() >= step.startEventIndex()
          && step.heldUntilEventIndex().stream().allMatch(end -> pause.startEventIndex() < end)) {
        notes.add(pauseNote(pause));
      }
    }
    return notes;
  }

  private static String pauseNote(PauseRecord pause) {
    String what;
    switch (pause.kind()) {
      case SUPPLEMENT:
        what = "Chờ bổ sung hồ sơ";
        break;
      case FINANCIAL_OBLIGATION:
        what = "Chờ thực hiện nghĩa vụ tài chính";
        break;
      default:
        what = "Tạm dừng" + pause.reason().map(r -> " (" + r + ")").orElse("");
        break;
    }
    String counted = pause.isClockStopped() ? "không tính" : "vẫn tính";
    return what + " " + Texts.workingTime(pause.workingTime()) + ", " + counted + " thời gian";
  }
}
