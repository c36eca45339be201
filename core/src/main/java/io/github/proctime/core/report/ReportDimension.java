package io.github.proctime.core.report;

/**
 * How a period report groups dossiers: the province (or whole input) total, per receiving unit, per
 * official and per procedure.
 *
 * <ul>
 *   <li>{@link #PROVINCE}: every dossier fed to the aggregator, once.
 *   <li>{@link #UNIT}: by the unit that received the dossier ({@link ReportEntry#receivingUnit()});
 *       each dossier in exactly one unit.
 *   <li>{@link #OFFICIAL}: by every official who held the dossier at least once (the holders of the
 *       step ledger on the report's timeline), with the dossier's own outcome; a dossier held by
 *       three officials counts in three groups, so official groups do not add up to the total. The
 *       delay an official is answerable for is in {@link PeriodReport#lateOfficials()}, from the
 *       attribution, never from these groups.
 *   <li>{@link #PROCEDURE}: by the procedure's national code; each dossier in exactly one group.
 * </ul>
 *
 * <pre>{@code
 * report.groups(ReportDimension.UNIT).get("SO_TNMT").late();
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ReportDimension {
  /** The whole input (toàn tỉnh). */
  PROVINCE("Province", "Toàn tỉnh"),
  /** The receiving unit (đơn vị). */
  UNIT("Unit", "Đơn vị"),
  /** An official who held the dossier (cán bộ, công chức). */
  OFFICIAL("Official", "Cán bộ, công chức"),
  /** The procedure (thủ tục hành chính). */
  PROCEDURE("Procedure", "Thủ tục hành chính");

  private final String englishLabel;
  private final String vietnameseLabel;

  ReportDimension(String englishLabel, String vietnameseLabel) {
    this.englishLabel = englishLabel;
    this.vietnameseLabel = vietnameseLabel;
  }

  /**
   * The English label.
   *
   * @return the label
   */
  public String englishLabel() {
    return englishLabel;
  }

  /**
   * The Vietnamese label.
   *
   * @return the label
   */
  public String vietnameseLabel() {
    return vietnameseLabel;
  }
}
