package io.github.proctime.core;

/**
 * How a dossier reached the one-stop shop.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Channel {
  /** Submitted in person at the one-stop desk (trực tiếp). */
  IN_PERSON("Trực tiếp"),
  /** Submitted online through a public-service portal (trực tuyến). */
  ONLINE("Trực tuyến"),
  /** Sent by public postal service (bưu chính công ích). */
  POSTAL("Bưu chính công ích");

  private final String vietnameseLabel;

  Channel(String vietnameseLabel) {
    this.vietnameseLabel = vietnameseLabel;
  }

  /**
   * The Vietnamese label used on forms and reports.
   *
   * @return the label
   */
  public String vietnameseLabel() {
    return vietnameseLabel;
  }
}
