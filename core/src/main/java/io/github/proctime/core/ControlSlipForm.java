package io.github.proctime.core;

/**
 * The form of the process-control slip (Phiếu kiểm soát quá trình giải quyết hồ sơ) in force under
 * a rule set.
 *
 * <p>The slip is Mẫu 05 of TT 01/2018/TT-VPCP and Mẫu 06 of TT 03/2025/TT-VPCP (the numbering
 * moved; {@code shared/domain/regulations.md} §2, TT 03/2025 from a secondary source).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ControlSlipForm {
  /** Mẫu số 05, Thông tư 01/2018/TT-VPCP. */
  TT01_2018_FORM_05("Mẫu số 05", "Thông tư 01/2018/TT-VPCP"),
  /** Mẫu số 06, Thông tư 03/2025/TT-VPCP. */
  TT03_2025_FORM_06("Mẫu số 06", "Thông tư 03/2025/TT-VPCP");

  private final String formNumber;
  private final String circular;

  ControlSlipForm(String formNumber, String circular) {
    this.formNumber = formNumber;
    this.circular = circular;
  }

  /**
   * The form number as printed, such as "Mẫu số 05".
   *
   * @return the form number
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
   * The slip's title.
   *
   * @return "Phiếu kiểm soát quá trình giải quyết hồ sơ"
   */
  public String title() {
    return "Phiếu kiểm soát quá trình giải quyết hồ sơ";
  }
}
