package io.github.proctime.formats.html;

import io.github.proctime.core.report.PeriodReport;
import io.github.proctime.formats.internal.html.ReportDocument;
import java.util.Objects;

/**
 * Renders a period report as one self-contained HTML page: inline CSS and SVG, no script, no
 * network access needed to open it.
 *
 * <p>The page shows, for the report's period and judgement instant:
 *
 * <ul>
 *   <li>the province figures: dossiers to process (received and carried over), finished early, on
 *       time and late, refused, withdrawn, stopped, in progress on time and overdue, the on-time
 *       rate, processing time (average, median and 90th percentile, in working days), paused time
 *       and apologies;
 *   <li>the national portal's timeliness indicator 2.1 (Quyết định 766/QĐ-TTg; {@code
 *       shared/domain/regulations.md} §3.2): numerator, denominator, rate and score;
 *   <li>a bar chart (inline SVG) of the on-time rate per receiving unit, and the unit table;
 *   <li>the lists of late officials and late units with their delay (working time) and late
 *       dossiers, each dossier code linked to its timeline picture as the {@link LinkPolicy} says;
 *   <li>the split of the delay between officials, applicants and nobody;
 *   <li>the procedure table.
 * </ul>
 *
 * <p>Rates are printed with a decimal comma, "không có hồ sơ" where a group had nothing to count.
 * All names, units and codes are escaped.
 *
 * <pre>{@code
 * PeriodReport report = aggregator.report();
 * Files.writeString(dir.resolve("bao-cao.html"), ReportPages.html(report, LinkPolicy.timelines()));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportPages {
  private ReportPages() {}

  /**
   * Renders the page.
   *
   * @param report the period report
   * @param links where the late dossiers' codes link to
   * @return the HTML page
   * @throws DocumentInputException if the link policy returns a URL with a scheme other than http,
   *     https or file (field {@code link})
   */
  public static String html(PeriodReport report, LinkPolicy links) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(links, "links");
    return ReportDocument.render(report, links);
  }
}
