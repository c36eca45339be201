package io.github.proctime.formats.internal.html;

import io.github.proctime.formats.html.ApologyDraft;
import io.github.proctime.formats.html.ApologyForm;
import java.time.ZoneId;

/**
 * Writes the apology letter draft; see {@link io.github.proctime.formats.html.ApologyDrafts} for
 * the content and its sources.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ApologyDocument {
  private static final String CSS =
      "@page { size: A5; margin: 10mm; }\n"
          + "body { font-family: 'Times New Roman', 'Liberation Serif', serif; font-size: 11pt;"
          + " color: #000; background: #fff; margin: 0; }\n"
          + ".sheet { max-width: 128mm; margin: 0 auto; padding: 4mm 0; position: relative; }\n"
          + ".draft-banner { border: 2px dashed #000; text-align: center; font-weight: bold;"
          + " letter-spacing: 0.05em; padding: 1mm; margin-bottom: 2mm; }\n"
          + ".watermark { position: fixed; top: 40%; left: 0; right: 0; text-align: center;"
          + " font-size: 60pt; color: rgba(0, 0, 0, 0.08); transform: rotate(-30deg);"
          + " pointer-events: none; z-index: 0; }\n"
          + ".form-number { text-align: right; font-style: italic; margin: 0; }\n"
          + "h1 { font-size: 12pt; text-align: center; margin: 3mm 0; text-transform: uppercase; }\n"
          + ".content p { margin: 1.2mm 0; }\n"
          + ".notes { border: 1px solid #000; padding: 1mm 2mm; margin-top: 4mm;"
          + " font-size: 9.5pt; }\n"
          + ".notes h2 { font-size: 10pt; margin: 0 0 1mm 0; }\n"
          + "@media print { .notes { display: none; } }\n";

  private ApologyDocument() {}

  /**
   * Writes the draft.
   *
   * @param draft the draft
   * @return the HTML page
   */
  public static String render(ApologyDraft draft) {
    ZoneId zone = draft.zone();
    ApologyForm form = draft.form();
    boolean form2025 = form == ApologyForm.TT03_2025_FORM_04;
    Markup out = new Markup();
    Pages.open(out, "DỰ THẢO — " + form.title() + " — " + draft.dossierCode(), CSS);
    out.raw("<div class=\"watermark\" aria-hidden=\"true\">DỰ THẢO</div>").nl();
    out.raw("<div class=\"sheet\">").nl();
    out.raw("<p class=\"draft-banner\">DỰ THẢO — cán bộ kiểm tra, chỉnh sửa trước khi ban hành</p>")
        .nl();
    out.element("p class=\"form-number\"", form.formNumber() + " — " + form.circular()).nl();
    out.element("h1", form.title()).nl();
    out.raw("<div class=\"content\">").nl();
    line(out, "Kính gửi", draft.applicant().orElse(Texts.BLANK));
    line(out, "Mã hồ sơ", draft.dossierCode());
    line(out, "Thủ tục", draft.procedureName() + " (" + draft.procedureCode() + ")");
    line(out, "Ngày nhận hồ sơ", Texts.formInstant(draft.receivedAt(), zone));
    line(out, "Ngày, giờ hẹn trả kết quả", Texts.formInstant(draft.dueAt(), zone));
    line(out, "Tình trạng hồ sơ", draft.state().vietnameseLabel());
    line(out, "Lý do chậm trễ", draft.reason().orElse(Texts.BLANK));
    line(
        out,
        "Cơ quan, đơn vị chịu trách nhiệm",
        draft.responsibleUnits().isEmpty()
            ? Texts.BLANK
            : String.join("; ", draft.responsibleUnits()));
    line(
        out,
        form2025 ? "Thời gian đề nghị gia hạn trả kết quả" : "Hẹn lại ngày trả kết quả",
        Texts.formInstant(draft.newAppointment(), zone));
    out.raw("<p>")
        .text(
            "Cơ quan giải quyết hồ sơ thành thật xin lỗi Ông/Bà vì hồ sơ chưa được giải quyết"
                + " đúng hẹn"
                + (form2025
                    ? " và đề nghị được gia hạn thời gian giải quyết đến thời gian nêu trên."
                    : " và hẹn lại ngày trả kết quả vào thời gian nêu trên."))
        .raw("</p>")
        .nl();
    out.raw("</div>").nl();
    out.raw("<div class=\"notes\">").nl();
    out.element("h2", "Ghi chú cho cán bộ (không in)").nl();
    out.raw("<p>").text("Cách tính thời gian hẹn mới: " + draft.appointmentBasis()).raw("</p>");
    out.nl();
    out.raw("<p>")
        .text(
            "Hạn gửi văn bản xin lỗi (chậm nhất một ngày trước ngày hết hạn): "
                + Texts.formInstant(draft.apologyDeadline(), zone)
                + (draft.isAfterApologyDeadline() ? " — ĐÃ QUÁ HẠN GỬI." : "."))
        .raw("</p>")
        .nl();
    if (draft.isBeyondRescheduleLimit()) {
      out.raw("<p>")
          .text(
              "Lưu ý: hồ sơ đã được hẹn lại "
                  + draft.earlierReschedules()
                  + " lần; quy định cho phép hẹn lại không quá "
                  + draft.maxReschedules()
                  + " lần.")
          .raw("</p>")
          .nl();
    }
    out.raw("<p>")
        .text("Dự thảo lập lúc " + Texts.formInstant(draft.preparedAt(), zone) + ".")
        .raw("</p>")
        .nl();
    out.raw("</div>").nl();
    out.raw("</div>").nl();
    Pages.close(out);
    return out.toString();
  }

  private static void line(Markup out, String label, String value) {
    out.raw("<p>").text(label).raw(": <b>").text(value).raw("</b></p>").nl();
  }
}
