package io.github.proctime.formats.internal.html;

import io.github.proctime.core.Timeline;
import io.github.proctime.core.report.GroupFigures;
import io.github.proctime.core.report.LateParty;
import io.github.proctime.core.report.PeriodReport;
import io.github.proctime.core.report.ReportDimension;
import io.github.proctime.core.report.TimelinessIndicator;
import io.github.proctime.formats.html.DocumentInputException;
import io.github.proctime.formats.html.LinkPolicy;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Writes the period report page; see {@link io.github.proctime.formats.html.ReportPages}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportDocument {
  private static final String NONE = "không có hồ sơ";
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
  private static final Pattern ALLOWED_SCHEME =
      Pattern.compile("^(https?|file):", Pattern.CASE_INSENSITIVE);
  private static final double CHART_WIDTH = 900;
  private static final double CHART_LABEL = 280;
  private static final double CHART_BAR = 20;

  private static final String CSS =
      "body { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; font-size: 14px;"
          + " color: #000; background: #fff; margin: 16px 24px; }\n"
          + "h1 { font-size: 20px; margin: 0 0 4px 0; }\n"
          + "h2 { font-size: 16px; margin: 24px 0 8px 0; border-bottom: 1px solid #000; }\n"
          + ".meta { margin: 2px 0; color: #333; }\n"
          + "table { border-collapse: collapse; margin: 4px 0; }\n"
          + "th, td { border: 1px solid #888; padding: 3px 6px; vertical-align: top; }\n"
          + "th { background: #eee; text-align: left; }\n"
          + "td.n { text-align: right; font-variant-numeric: tabular-nums; }\n"
          + ".figures td:first-child { min-width: 320px; }\n"
          + ".late td.codes { max-width: 420px; }\n"
          + "a { color: #00468c; }\n"
          + ".note { font-size: 12px; color: #333; }\n"
          + "@media print { body { margin: 0; } a { color: #000; } }\n";

  private ReportDocument() {}

  /**
   * Writes the page.
   *
   * @param report the report
   * @param links the link policy
   * @return the HTML page
   */
  public static String render(PeriodReport report, LinkPolicy links) {
    ZoneId zone = report.period().zone();
    Markup out = new Markup();
    String period =
        Texts.date(report.period().startInclusive())
            + " – "
            + Texts.date(report.period().lastDay());
    Pages.open(out, "Báo cáo tình hình giải quyết hồ sơ, kỳ " + period, CSS);
    out.element("h1", "Báo cáo tình hình giải quyết hồ sơ thủ tục hành chính").nl();
    out.element("p class=\"meta\"", "Kỳ báo cáo: " + period).nl();
    out.element(
            "p class=\"meta\"",
            "Số liệu tính đến: "
                + Texts.shortInstant(report.judgedAt(), zone)
                + " — "
                + (report.timeline() == Timeline.OCCURRED
                    ? "theo thời điểm xảy ra"
                    : "theo thời điểm ghi nhận vào hệ thống")
                + " — một ngày làm việc = "
                + Texts.workingTime(report.workingDayLength())
                + " làm việc")
        .nl();
    if (report.outsidePeriod() > 0) {
      out.element(
              "p class=\"meta\"",
              "Hồ sơ ngoài kỳ báo cáo (không tính): " + count(report.outsidePeriod()))
          .nl();
    }

    out.element("h2", "1. Tổng hợp").nl();
    figures(out, report.total());

    out.element("h2", "2. Chỉ số 2.1 Bộ chỉ số 766 (Quyết định 766/QĐ-TTg)").nl();
    indicator(out, report.indicator766(), report);

    out.element("h2", "3. Tỷ lệ đúng hạn theo đơn vị tiếp nhận").nl();
    chart(out, report.units());
    groupTable(out, "Đơn vị", report.units());

    out.element("h2", "4. Cán bộ, công chức có hồ sơ quá hạn").nl();
    lateTable(out, report.lateOfficials(), "Cán bộ, công chức", report, links);

    out.element("h2", "5. Đơn vị có hồ sơ quá hạn").nl();
    lateTable(out, report.lateUnits(), "Đơn vị", report, links);

    out.element("h2", "6. Phân bổ thời gian quá hạn").nl();
    out.raw("<table class=\"figures\">").nl();
    row(out, "Do cán bộ, công chức", days(report.officialDelay(), report));
    row(out, "Do người nộp hồ sơ", days(report.applicantDelay(), report));
    row(out, "Chưa xác định được trách nhiệm", days(report.unattributedDelay(), report));
    out.raw("</table>").nl();

    out.element("h2", "7. Theo thủ tục hành chính").nl();
    groupTable(out, "Mã thủ tục", report.procedures());

    out.element(
            "p class=\"note\"",
            "Tỷ lệ đúng hạn = (hồ sơ phải giải quyết − hồ sơ quá hạn đã giải quyết − hồ sơ đang xử"
                + " lý quá hạn) / hồ sơ phải giải quyết; hồ sơ phải giải quyết = tiếp nhận trong kỳ"
                + " + kỳ trước chuyển sang. Thời gian tính theo giờ làm việc, trừ thời gian tạm dừng"
                + " hợp lệ.")
        .nl();
    Pages.close(out);
    return out.toString();
  }

  // ---- figures --------------------------------------------------------------------------------

  private static void figures(Markup out, GroupFigures g) {
    out.raw("<table class=\"figures\">").nl();
    row(out, "Hồ sơ phải giải quyết", count(g.toProcess()));
    row(out, "— tiếp nhận trong kỳ", count(g.received()));
    row(out, "— kỳ trước chuyển sang", count(g.carriedOver()));
    row(out, "Đã giải quyết trước hạn", count(g.finishedEarly()));
    row(out, "Đã giải quyết đúng hạn", count(g.finishedOnTime()));
    row(out, "Đã giải quyết quá hạn", count(g.finishedLate()));
    row(out, "Từ chối", count(g.refused()));
    row(out, "Rút hồ sơ", count(g.withdrawn()));
    row(out, "Dừng xử lý", count(g.stopped()));
    row(out, "Đang xử lý trong hạn", count(g.inProgressOnTime()));
    row(out, "Đang xử lý quá hạn", count(g.inProgressOverdue()));
    row(out, "Tỷ lệ đúng hạn", rate(g.onTimeRate()));
    row(out, "Thời gian giải quyết trung bình (ngày làm việc)", decimal(g.averageProcessingDays()));
    row(out, "Trung vị (ngày làm việc)", decimal(g.processingDaysP50()));
    row(out, "Phân vị 90 (ngày làm việc)", decimal(g.processingDaysP90()));
    row(out, "Thời gian tạm dừng hợp lệ (ngày làm việc)", decimal(g.pausedDays()));
    row(
        out,
        "Văn bản xin lỗi: đúng hạn / muộn / thiếu",
        count(g.apologyOnTime())
            + " / "
            + count(g.apologyLate())
            + " / "
            + count(g.apologyMissing()));
    out.raw("</table>").nl();
  }

  private static void indicator(Markup out, TimelinessIndicator i, PeriodReport report) {
    out.raw("<table class=\"figures\">").nl();
    row(out, "Hồ sơ xử lý trước hạn, đúng hạn (tử số)", count(i.numerator()));
    row(out, "Hồ sơ tiếp nhận, xử lý trong kỳ (mẫu số)", count(i.denominator()));
    row(
        out,
        "— trong đó tính quá hạn vì yêu cầu bổ sung nhiều lần",
        count(i.lateByRepeatedSupplement()));
    row(out, "Tỷ lệ", rate(i.rate()));
    row(
        out,
        "Điểm (tối đa " + decimal(i.maxPoints()) + ")",
        i.score().isPresent() ? decimal(i.score().getAsDouble()) : NONE);
    out.raw("</table>").nl();
    out.element(
            "p class=\"note\"",
            "Tính theo "
                + (report.indicatorPolicy().timeline() == Timeline.OCCURRED
                    ? "thời điểm xảy ra"
                    : "thời điểm ghi nhận vào hệ thống")
                + "; điểm = điểm tối đa × min(1, tỷ lệ / "
                + decimal(i.scoreTarget())
                + ").")
        .nl();
  }

  private static void groupTable(Markup out, String heading, Map<String, GroupFigures> groups) {
    if (groups.isEmpty()) {
      out.element("p", "Không có hồ sơ.").nl();
      return;
    }
    out.raw("<table>").nl();
    out.raw("<thead><tr>")
        .element("th", heading)
        .raw("<th>Phải giải quyết</th><th>Tiếp nhận</th><th>Kỳ trước</th><th>Trước hạn</th>")
        .raw("<th>Đúng hạn</th><th>Quá hạn</th><th>Đang xử lý quá hạn</th><th>Tỷ lệ đúng hạn</th>")
        .raw("<th>Chỉ số 2.1</th></tr></thead>")
        .nl();
    out.raw("<tbody>").nl();
    for (Map.Entry<String, GroupFigures> e : groups.entrySet()) {
      GroupFigures g = e.getValue();
      out.raw("<tr>").element("td", e.getKey());
      cell(out, count(g.toProcess()));
      cell(out, count(g.received()));
      cell(out, count(g.carriedOver()));
      cell(out, count(g.finishedEarly()));
      cell(out, count(g.finishedOnTime()));
      cell(out, count(g.finishedLate()));
      cell(out, count(g.inProgressOverdue()));
      cell(out, rate(g.onTimeRate()));
      cell(out, rate(g.indicator766().rate()));
      out.raw("</tr>").nl();
    }
    out.raw("</tbody></table>").nl();
  }

  private static void lateTable(
      Markup out, List<LateParty> parties, String heading, PeriodReport report, LinkPolicy links) {
    if (parties.isEmpty()) {
      out.element("p", "Không có.").nl();
      return;
    }
    out.raw("<table class=\"late\">").nl();
    out.raw("<thead><tr><th>TT</th>")
        .element("th", heading)
        .element(
            "th",
            parties.get(0).dimension() == ReportDimension.UNIT ? "Cơ quan" : "Đơn vị, cơ quan")
        .raw("<th>Số hồ sơ quá hạn</th>")
        .raw("<th>Tổng thời gian quá hạn</th><th>Lâu nhất</th><th>Hồ sơ</th></tr></thead>")
        .nl();
    out.raw("<tbody>").nl();
    int n = 1;
    for (LateParty p : parties) {
      out.raw("<tr>");
      cell(out, Integer.toString(n++));
      out.element("td", p.name());
      String where =
          p.agency().map(a -> p.unit().map(u -> u + " — " + a).orElse(a)).or(p::unit).orElse("");
      out.element("td", where);
      cell(out, count(p.lateDossiers()));
      cell(out, days(p.totalDelay(), report));
      cell(out, days(p.largestDelay(), report));
      out.raw("<td class=\"codes\">");
      boolean first = true;
      for (String code : p.dossierCodes()) {
        if (!first) {
          out.raw(", ");
        }
        first = false;
        Optional<String> href = links.timelineLink(code);
        if (href.isPresent()) {
          out.raw("<a href=\"").text(checkedLink(href.get())).raw("\">").text(code).raw("</a>");
        } else {
          out.text(code);
        }
      }
      if (p.omittedDossierCodes() > 0) {
        out.text(" và " + count(p.omittedDossierCodes()) + " hồ sơ khác");
      }
      out.raw("</td>");
      out.raw("</tr>").nl();
    }
    out.raw("</tbody></table>").nl();
  }

  private static String checkedLink(String href) {
    if (SCHEME.matcher(href).find() && !ALLOWED_SCHEME.matcher(href).find()) {
      throw new DocumentInputException("link", "a relative, http, https or file URL", href);
    }
    return href;
  }

  // ---- chart ----------------------------------------------------------------------------------

  private static void chart(Markup out, Map<String, GroupFigures> units) {
    if (units.isEmpty()) {
      return;
    }
    double top = 24;
    double plot = CHART_WIDTH - CHART_LABEL - 70;
    double height = top + units.size() * (CHART_BAR + 8) + 24;
    out.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .raw(num(CHART_WIDTH))
        .raw("\" height=\"")
        .raw(num(height))
        .raw("\" viewBox=\"0 0 ")
        .raw(num(CHART_WIDTH))
        .raw(" ")
        .raw(num(height))
        .raw("\" font-size=\"12\" role=\"img\">")
        .nl();
    out.element("title", "Biểu đồ tỷ lệ đúng hạn theo đơn vị").nl();
    out.raw("<defs><pattern id=\"r-bar\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"")
        .raw(" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#5b84b1\"/>")
        .raw("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#2c4a6e\" stroke-width=\"1\"/>")
        .raw("</pattern></defs>")
        .nl();
    double bottom = height - 20;
    for (int pct = 0; pct <= 100; pct += 25) {
      double x = CHART_LABEL + plot * pct / 100.0;
      out.raw("<line x1=\"")
          .raw(num(x))
          .raw("\" y1=\"")
          .raw(num(top - 6))
          .raw("\" x2=\"")
          .raw(num(x))
          .raw("\" y2=\"")
          .raw(num(bottom))
          .raw("\" stroke=\"#999999\" stroke-width=\"0.6\" stroke-dasharray=\"3 3\"/>");
      out.element(
              "text x=\"" + num(x) + "\" y=\"" + num(height - 6) + "\" text-anchor=\"middle\"",
              pct + " %")
          .nl();
    }
    int i = 0;
    for (Map.Entry<String, GroupFigures> e : units.entrySet()) {
      double y = top + i * (CHART_BAR + 8);
      String name = e.getKey();
      String shown = name.length() > 40 ? name.substring(0, 39) + "…" : name;
      out.raw("<g>");
      out.element("title", name + ": " + rate(e.getValue().onTimeRate()));
      out.element(
          "text x=\""
              + num(CHART_LABEL - 8)
              + "\" y=\""
              + num(y + CHART_BAR - 6)
              + "\" text-anchor=\"end\"",
          shown);
      OptionalDouble r = e.getValue().onTimeRate();
      if (r.isPresent()) {
        double w = plot * r.getAsDouble();
        out.raw("<rect x=\"")
            .raw(num(CHART_LABEL))
            .raw("\" y=\"")
            .raw(num(y))
            .raw("\" width=\"")
            .raw(num(Math.max(w, 1)))
            .raw("\" height=\"")
            .raw(num(CHART_BAR))
            .raw("\" fill=\"url(#r-bar)\" stroke=\"#000000\" stroke-width=\"1\"/>");
        out.element(
            "text x=\"" + num(CHART_LABEL + w + 6) + "\" y=\"" + num(y + CHART_BAR - 6) + "\"",
            rate(r));
      } else {
        out.element(
            "text x=\"" + num(CHART_LABEL + 6) + "\" y=\"" + num(y + CHART_BAR - 6) + "\"", NONE);
      }
      out.raw("</g>").nl();
      i++;
    }
    out.raw("</svg>").nl();
  }

  // ---- cells and numbers ----------------------------------------------------------------------

  private static void row(Markup out, String label, String value) {
    out.raw("<tr>").element("td", label).element("td class=\"n\"", value).raw("</tr>").nl();
  }

  private static void cell(Markup out, String value) {
    out.element("td class=\"n\"", value);
  }

  private static String days(Duration amount, PeriodReport report) {
    double days = (double) amount.toSeconds() / report.workingDayLength().toSeconds();
    return Texts.workingTime(amount) + " (" + decimal(days) + " ngày làm việc)";
  }

  /** A count with '.' grouping thousands, as Vietnamese writes numbers. */
  static String count(long n) {
    String digits = Long.toString(Math.abs(n));
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        b.append('.');
      }
      b.append(digits.charAt(i));
    }
    return (n < 0 ? "-" : "") + b;
  }

  private static String rate(OptionalDouble rate) {
    return rate.isPresent() ? decimal(rate.getAsDouble() * 100) + " %" : NONE;
  }

  private static String decimal(OptionalDouble value) {
    return value.isPresent() ? decimal(value.getAsDouble()) : NONE;
  }

  /** A number with one decimal and a decimal comma. */
  static String decimal(double value) {
    return String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
  }

  private static String num(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
