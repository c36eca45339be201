package io.github.proctime.formats.html;

import io.github.proctime.core.ControlSlipForm;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.Procedure;
import io.github.proctime.formats.internal.html.SlipDocument;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Renders the process-control slip (Phiếu kiểm soát quá trình giải quyết hồ sơ) of a dossier as a
 * standalone HTML page to print on A5.
 *
 * <p>The slip follows the form in force when the dossier was received, {@link
 * io.github.proctime.core.RuleSet#controlSlipForm()} of the evaluation's rule set: Mẫu số 05 of
 * Thông tư 01/2018/TT-VPCP or Mẫu số 06 of Thông tư 03/2025/TT-VPCP ({@code
 * shared/domain/regulations.md} §2). Only the fields our sources list are printed, as reconstructed
 * there from vendor templates of Mẫu 05:
 *
 * <ul>
 *   <li>header: Kèm theo hồ sơ của (the applicant), Mã hồ sơ, Ngày nhận, Ngày, giờ hẹn trả kết quả
 *       (the printed appointment, otherwise the statutory due: {@link
 *       io.github.proctime.core.TimelineEvaluation#baseDue()}), Cơ quan (bộ phận) giải quyết hồ sơ
 *       (the units that held the dossier, other than the receiving unit and other agencies), Cơ
 *       quan phối hợp giải quyết hồ sơ (the other agencies of inter-agency steps);
 *   <li>columns TÊN CƠ QUAN | THỜI GIAN GIAO, NHẬN HỒ SƠ | KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/đúng
 *       hạn/quá hạn) | GHI CHÚ;
 *   <li>one row per hand-over of the occurred step ledger ("Giao: unit", "Nhận: unit", the time,
 *       Người giao and Người nhận with room to sign), whose result is the verdict of the step the
 *       giver finished; a last row gives the verdict of the last holder's step (blank while it is
 *       open). The note names the step, an overrun and the pauses during the holding.
 * </ul>
 *
 * <p>The wording of Mẫu 06 of TT 03/2025 is not in our sources: the 2025 slip reuses the documented
 * 2018 fields under the 2025 number and circular. A blank that the data cannot fill prints as a
 * dotted line to complete by hand. Verdicts are core's, under the rule set's {@link
 * io.github.proctime.core.VerdictRule}.
 *
 * <pre>{@code
 * Evaluation e = evaluator.evaluate(dossier, asOf);
 * String html = ControlSlips.render(e, dossier, procedure);
 * Files.writeString(Path.of("slip.html"), html);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ControlSlips {
  /** The zone of local times when none is given. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private ControlSlips() {}

  /**
   * Renders the slip with local times in {@code Asia/Ho_Chi_Minh}.
   *
   * @param evaluation the dossier's evaluation
   * @param dossier the evaluated dossier (its applicant and receiving unit)
   * @param procedure the dossier's procedure
   * @return the HTML page
   * @throws DocumentInputException if the dossier or the procedure is not the evaluated one
   */
  public static String render(Evaluation evaluation, Dossier dossier, Procedure procedure) {
    return render(evaluation, dossier, procedure, DEFAULT_ZONE);
  }

  /**
   * Renders the slip with local times in a zone, usually the calendar's.
   *
   * @param evaluation the dossier's evaluation
   * @param dossier the evaluated dossier (its applicant and receiving unit)
   * @param procedure the dossier's procedure
   * @param zone the zone in which times are written
   * @return the HTML page
   * @throws DocumentInputException if the dossier or the procedure is not the evaluated one
   */
  public static String render(
      Evaluation evaluation, Dossier dossier, Procedure procedure, ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    return SlipDocument.render(evaluation, dossier, procedure, zone);
  }

  /**
   * The form a slip is printed on for an evaluation.
   *
   * @param evaluation the evaluation
   * @return the control-slip form of its rule set
   */
  public static ControlSlipForm formOf(Evaluation evaluation) {
    return Objects.requireNonNull(evaluation, "evaluation").ruleSet().controlSlipForm();
  }
}
