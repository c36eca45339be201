package io.github.proctime.formats.internal;

import io.github.proctime.core.report.GroupFigures;
import io.github.proctime.core.report.LateParty;
import io.github.proctime.core.report.PeriodReport;
import io.github.proctime.core.report.ReportColumn;
import io.github.proctime.core.report.ReportDimension;
import io.github.proctime.core.report.TimelinessIndicator;
import io.github.proctime.formats.HeaderLanguage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A period report as typed tables, shared by the CSV, XLSX and JSON writers so that they always say
 * the same thing: the figures of every group, the late officials, the late units, and the 766
 * indicator.
 *
 * <p>Cells are {@link Long} for counts, {@link BigDecimal} for rates (0-1, four decimals) and days
 * or hours (two decimals), {@link String} for names, and null for a figure that does not exist (a
 * rate over nothing). Names come from the input and are marked as input text so that spreadsheet
 * writers neutralise them.
 */
public final class ReportTables {
  private ReportTables() {}

  /** One table: a machine name, a title in each language, columns and rows. */
  public record Table(
      String name,
      String titleVietnamese,
      String titleEnglish,
      List<ReportColumn> columns,
      List<List<Object>> rows,
      java.util.Set<Integer> inputTextColumns) {

    /**
     * The header in a language: Vietnamese labels, or English snake_case names.
     *
     * @param language the language
     * @return the header cells
     */
    public List<String> header(HeaderLanguage language) {
      List<String> header = new ArrayList<>();
      for (ReportColumn c : columns) {
        header.add(
            language == HeaderLanguage.VIETNAMESE
                ? c.vietnameseLabel()
                : c.name().toLowerCase(java.util.Locale.ROOT));
      }
      return header;
    }

    /**
     * The title in a language.
     *
     * @param language the language
     * @return the title
     */
    public String title(HeaderLanguage language) {
      return language == HeaderLanguage.VIETNAMESE ? titleVietnamese : titleEnglish;
    }

    /**
     * Tells whether a column holds text that came from the input (names, codes), which spreadsheet
     * writers neutralise.
     *
     * @param column the column index
     * @return true for the input-text columns
     */
    public boolean isInputText(int column) {
      return inputTextColumns.contains(column);
    }
  }

  private static final List<ReportColumn> FIGURES =
      List.of(
          ReportColumn.DIMENSION,
          ReportColumn.GROUP,
          ReportColumn.CARRIED_OVER,
          ReportColumn.RECEIVED,
          ReportColumn.TO_PROCESS,
          ReportColumn.FINISHED,
          ReportColumn.FINISHED_EARLY,
          ReportColumn.FINISHED_ON_TIME,
          ReportColumn.FINISHED_LATE,
          ReportColumn.REFUSED,
          ReportColumn.WITHDRAWN,
          ReportColumn.STOPPED,
          ReportColumn.IN_PROGRESS,
          ReportColumn.IN_PROGRESS_ON_TIME,
          ReportColumn.IN_PROGRESS_OVERDUE,
          ReportColumn.LATE,
          ReportColumn.ON_TIME_RATE,
          ReportColumn.FINISHED_ON_TIME_RATE,
          ReportColumn.AVERAGE_PROCESSING_DAYS,
          ReportColumn.PROCESSING_DAYS_P50,
          ReportColumn.PROCESSING_DAYS_P90,
          ReportColumn.PAUSED_DAYS,
          ReportColumn.APOLOGY_REQUIRED,
          ReportColumn.APOLOGY_ON_TIME,
          ReportColumn.APOLOGY_LATE,
          ReportColumn.APOLOGY_MISSING);

  /**
   * The figures of the province total and of every unit, procedure and official, in that order.
   *
   * @param report the report
   * @param language the language of the dimension labels
   * @return the table
   */
  public static Table figures(PeriodReport report, HeaderLanguage language) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(figuresRow(ReportDimension.PROVINCE, "", report.total(), language));
    for (ReportDimension d :
        List.of(ReportDimension.UNIT, ReportDimension.PROCEDURE, ReportDimension.OFFICIAL)) {
      for (Map.Entry<String, GroupFigures> e : report.groups(d).entrySet()) {
        rows.add(figuresRow(d, e.getKey(), e.getValue(), language));
      }
    }
    return new Table(
        "figures",
        "Tổng hợp tình hình giải quyết",
        "Figures",
        FIGURES,
        rows,
        java.util.Set.of(0, 1));
  }

  private static List<Object> figuresRow(
      ReportDimension dimension, String group, GroupFigures g, HeaderLanguage language) {
    List<Object> row = new ArrayList<>();
    row.add(language == HeaderLanguage.VIETNAMESE ? dimension.vietnameseLabel() : dimension.name());
    row.add(group);
    row.add(g.carriedOver());
    row.add(g.received());
    row.add(g.toProcess());
    row.add(g.finished());
    row.add(g.finishedEarly());
    row.add(g.finishedOnTime());
    row.add(g.finishedLate());
    row.add(g.refused());
    row.add(g.withdrawn());
    row.add(g.stopped());
    row.add(g.inProgress());
    row.add(g.inProgressOnTime());
    row.add(g.inProgressOverdue());
    row.add(g.late());
    row.add(rate(g.onTimeRate()));
    row.add(rate(g.finishedOnTimeRate()));
    row.add(decimal(g.averageProcessingDays()));
    row.add(decimal(g.processingDaysP50()));
    row.add(decimal(g.processingDaysP90()));
    row.add(decimal(OptionalDouble.of(g.pausedDays())));
    row.add(g.apologyRequired());
    row.add(g.apologyOnTime());
    row.add(g.apologyLate());
    row.add(g.apologyMissing());
    return row;
  }

  /**
   * The late officials or units, worst first, as the report lists them.
   *
   * @param report the report
   * @param officials true for officials, false for units
   * @return the table
   */
  public static Table late(PeriodReport report, boolean officials) {
    List<LateParty> parties = officials ? report.lateOfficials() : report.lateUnits();
    List<List<Object>> rows = new ArrayList<>();
    for (LateParty p : parties) {
      List<Object> row = new ArrayList<>();
      row.add(p.name());
      if (officials) {
        row.add(p.unit().orElse(""));
      }
      row.add(p.agency().orElse(""));
      row.add(p.lateDossiers());
      row.add(hours(p.totalDelay()));
      row.add(hours(p.largestDelay()));
      row.add(
          String.join(" ", p.dossierCodes())
              + (p.omittedDossierCodes() > 0 ? " (+" + p.omittedDossierCodes() + ")" : ""));
      rows.add(row);
    }
    return new Table(
        officials ? "late_officials" : "late_units",
        officials ? "Danh sách cán bộ, công chức chậm" : "Danh sách đơn vị chậm",
        officials ? "Late officials" : "Late units",
        officials
            ? List.of(
                ReportColumn.OFFICIAL,
                ReportColumn.UNIT,
                ReportColumn.AGENCY,
                ReportColumn.LATE_DOSSIERS,
                ReportColumn.TOTAL_DELAY,
                ReportColumn.LARGEST_DELAY,
                ReportColumn.DOSSIER_CODES)
            : List.of(
                ReportColumn.UNIT,
                ReportColumn.AGENCY,
                ReportColumn.LATE_DOSSIERS,
                ReportColumn.TOTAL_DELAY,
                ReportColumn.LARGEST_DELAY,
                ReportColumn.DOSSIER_CODES),
        rows,
        // Names and units come first; the dossier codes, last, come from the input too.
        officials ? java.util.Set.of(0, 1, 2, 6) : java.util.Set.of(0, 1, 5));
  }

  /**
   * The 766 indicator 2.1 of the province, one row.
   *
   * @param report the report
   * @return the table
   */
  public static Table indicator766(PeriodReport report) {
    TimelinessIndicator i = report.indicator766();
    List<Object> row = new ArrayList<>();
    row.add(i.denominator());
    row.add(i.numerator());
    row.add(rate(i.rate()));
    row.add(i.score().isPresent() ? scale(i.score().getAsDouble(), 2) : null);
    return new Table(
        "indicator_766",
        "Chỉ số 2.1 (QĐ 766)",
        "Indicator 2.1 (Decision 766)",
        List.of(
            ReportColumn.INDICATOR_766_DENOMINATOR,
            ReportColumn.INDICATOR_766_NUMERATOR,
            ReportColumn.INDICATOR_766_RATE,
            ReportColumn.INDICATOR_766_SCORE),
        List.of(row),
        java.util.Set.of());
  }

  /**
   * Every table of a report.
   *
   * @param report the report
   * @param language the language of labels inside cells
   * @return figures, late officials, late units, indicator 766
   */
  public static List<Table> all(PeriodReport report, HeaderLanguage language) {
    return List.of(
        figures(report, language), late(report, true), late(report, false), indicator766(report));
  }

  private static BigDecimal rate(OptionalDouble value) {
    return value.isPresent() ? scale(value.getAsDouble(), 4) : null;
  }

  private static BigDecimal decimal(OptionalDouble value) {
    return value.isPresent() ? scale(value.getAsDouble(), 2) : null;
  }

  private static BigDecimal hours(Duration d) {
    return BigDecimal.valueOf(d.toMinutes())
        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
  }

  private static BigDecimal scale(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
  }
}
