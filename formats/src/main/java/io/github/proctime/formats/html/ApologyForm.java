package io.github.proctime.formats.html;

import io.github.proctime.core.ControlSlipForm;
import java.util.Objects;

/**
 * The form of the apology letter (văn bản xin lỗi) for a late dossier, by circular.
 *
 * <p>Both circulars number it Mẫu số 04; TT 03/2025/TT-VPCP renames it ({@code
 * shared/domain/regulations.md} §2 and §1.13, TT 03/2025 from a secondary source). The apology form
 * in force goes with the control-slip form in force: {@link #of(ControlSlipForm)}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ApologyForm {
  /** Mẫu số 04, Thông tư 01/2018/TT-VPCP: Phiếu xin lỗi và hẹn lại ngày trả kết quả. */
  TT01_2018_FORM_04(
      "Mẫu số 04", "Thông tư 01/2018/TT-VPCP", "Phiếu xin lỗi và hẹn lại ngày trả kết quả"),
  /**
   * Mẫu số 04, Thông tư 03/2025/TT-VPCP: Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết.
   */
  TT03_2025_FORM_04(
      "Mẫu số 04",
      "Thông tư 03/2025/TT-VPCP",
      "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết");

  private final String formNumber;
  private final String circular;
  private final String title;

  ApologyForm(String formNumber, String circular, String title) {
    this.formNumber = formNumber;
    this.circular = circular;
    this.title = title;
  }

  /**
   * The apology form of the same circular as a control-slip form.
   *
   * @param slipForm the control-slip form in force
   * @return the apology form in force with it
   */
  public static ApologyForm of(ControlSlipForm slipForm) {
    Objects.requireNonNull(slipForm, "slipForm");
    return slipForm == ControlSlipForm.TT01_2018_FORM_05 ? TT01_2018_FORM_04 : TT03_2025_FORM_04;
  }

  /**
   * The form number as printed.
   *
   * @return "Mẫu số 04"
   */
  public String formNumber() {
    return formNumber;
  }

  /**
   * The circular that issues the form.
   *
   * @return the circular's number
   */
  public String circular() {
    return circular;
  }

  /**
   * The form's title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }
}
