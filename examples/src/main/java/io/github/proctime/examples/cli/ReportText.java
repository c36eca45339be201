package io.github.proctime.examples.cli;

import io.github.proctime.core.report.GroupFigures;
import io.github.proctime.core.report.LateParty;
import io.github.proctime.core.report.PeriodReport;
import io.github.proctime.core.report.TimelinessIndicator;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Prints a period report as text: a terminal layout (aligned columns) or Markdown tables, with
 * Vietnamese labels beside the English ones.
 */
final class ReportText {
  private final boolean markdown;
  private final Map<String, String> unitNames;

  ReportText(boolean markdown, Map<String, String> unitNames) {
    this.markdown = markdown;
    this.unitNames = unitNames;
  }

  void print(PrintWriter out, PeriodReport report, int topN) {
    GroupFigures total = report.total();
    TimelinessIndicator indicator = report.indicator766();
    heading(
        out,
        "Period "
            + report.period()
            + " — judged at "
            + report.judgedAt().atZone(report.period().zone()).toOffsetDateTime());
    out.printf(
        "%sDossiers to process (Tổng số hồ sơ phải giải quyết): %,d = %,d received + %,d carried over%n",
        bullet(), total.toProcess(), total.received(), total.carriedOver());
    out.printf(
        "%sOn-time rate (Tỷ lệ đúng hạn): %s   finished on time: %s%n",
        bullet(), percent(total.onTimeRate()), percent(total.finishedOnTimeRate()));
    out.printf(
        "%s766 timeliness indicator 2.1 (Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn): %s of %,d → %s / %.0f points%n",
        bullet(),
        percent(indicator.rate()),
        indicator.denominator(),
        indicator.score().isPresent()
            ? String.format("%.2f", indicator.score().getAsDouble())
            : "n/a",
        indicator.maxPoints());
    out.printf(
        "%sDelay attributed: officials %s, applicant waits %s, unattributed %s (working hours)%n",
        bullet(),
        DossierStory.hours(report.officialDelay()),
        DossierStory.hours(report.applicantDelay()),
        DossierStory.hours(report.unattributedDelay()));
    if (report.outsidePeriod() > 0) {
      out.printf(
          "%s%,d dossiers are outside the period (ended before it or received after it)%n",
          bullet(), report.outsidePeriod());
    }
    out.println();

    heading(out, "Per unit (theo đơn vị)");
    table(
        out,
        new String[] {
          "unit",
          "to process",
          "early",
          "on time",
          "late",
          "in prog.",
          "overdue",
          "refused",
          "on-time",
          "avg days",
          "p90 days"
        },
        new String[] {
          "Đơn vị",
          "Phải giải quyết",
          "Trước hạn",
          "Đúng hạn",
          "Quá hạn",
          "Đang xử lý",
          "Đang xử lý quá hạn",
          "Từ chối",
          "Tỷ lệ đúng hạn",
          "TB ngày",
          "P90 ngày"
        },
        report.units().entrySet().stream()
            .map(
                e -> {
                  GroupFigures g = e.getValue();
                  return new String[] {
                    unitNames.getOrDefault(e.getKey(), e.getKey()),
                    num(g.toProcess()),
                    num(g.finishedEarly()),
                    num(g.finishedOnTime()),
                    num(g.finishedLate()),
                    num(g.inProgress()),
                    num(g.inProgressOverdue()),
                    num(g.refused()),
                    percent(g.onTimeRate()),
                    days(g.averageProcessingDays()),
                    days(g.processingDaysP90())
                  };
                })
            .toList());
    out.println();

    heading(out, "Late officials, top " + topN + " (danh sách cán bộ, công chức chậm)");
    late(out, report.lateOfficials(), topN, true);
    out.println();
    heading(out, "Late units (danh sách đơn vị chậm)");
    late(out, report.lateUnits(), topN, false);
    out.println();

    heading(out, "Apology compliance (xin lỗi và hẹn lại)");
    out.printf(
        "%srequired %,d: issued on time %,d, issued late %,d, missing %,d%n",
        bullet(),
        total.apologyRequired(),
        total.apologyOnTime(),
        total.apologyLate(),
        total.apologyMissing());
    out.flush();
  }

  private void late(PrintWriter out, List<LateParty> parties, int topN, boolean officials) {
    if (parties.isEmpty()) {
      out.println(markdown ? "_none_" : "  (none)");
      return;
    }
    table(
        out,
        officials
            ? new String[] {
              "#", "official", "unit", "late dossiers", "total delay", "largest", "dossiers"
            }
            : new String[] {"#", "unit", "", "late dossiers", "total delay", "largest", "dossiers"},
        officials
            ? new String[] {
              "", "Cán bộ", "Đơn vị", "Số hồ sơ chậm", "Tổng giờ chậm", "Lớn nhất", "Mã hồ sơ"
            }
            : new String[] {
              "", "Đơn vị", "", "Số hồ sơ chậm", "Tổng giờ chậm", "Lớn nhất", "Mã hồ sơ"
            },
        parties.stream()
            .limit(topN)
            .map(
                p ->
                    new String[] {
                      String.valueOf(parties.indexOf(p) + 1),
                      officials ? p.name() : unitNames.getOrDefault(p.name(), p.name()),
                      officials
                          ? p.unit().map(u -> unitNames.getOrDefault(u, u)).orElse("")
                              + p.agency().map(a -> " / " + a).orElse("")
                          : "",
                      num(p.lateDossiers()),
                      DossierStory.hours(p.totalDelay()),
                      DossierStory.hours(p.largestDelay()),
                      String.join(
                              " ",
                              p.dossierCodes().subList(0, Math.min(2, p.dossierCodes().size())))
                          + (p.lateDossiers() > 2 ? " …" : "")
                    })
            .toList());
  }

  private void table(PrintWriter out, String[] header, String[] vietnamese, List<String[]> rows) {
    if (markdown) {
      String[] joined = new String[header.length];
      for (int i = 0; i < header.length; i++) {
        joined[i] = header[i] + (vietnamese[i].isEmpty() ? "" : " (" + vietnamese[i] + ")");
      }
      out.println("| " + String.join(" | ", joined) + " |");
      out.println("|" + "---|".repeat(header.length));
      for (String[] row : rows) {
        out.println("| " + String.join(" | ", escapeMarkdown(row)) + " |");
      }
      return;
    }
    int[] width = new int[header.length];
    for (int i = 0; i < header.length; i++) {
      width[i] = header[i].length();
      for (String[] row : rows) {
        width[i] = Math.max(width[i], row[i].length());
      }
      width[i] = Math.min(width[i], i == 1 ? 36 : 40);
    }
    boolean[] numeric = new boolean[header.length];
    for (int i = 0; i < header.length; i++) {
      numeric[i] = !rows.isEmpty();
      for (String[] row : rows) {
        numeric[i] &= row[i].matches("[-\\d.,%h]+|n/a");
      }
    }
    StringBuilder line = new StringBuilder("  ");
    for (int i = 0; i < header.length; i++) {
      line.append(pad(header[i], width[i], numeric[i])).append("  ");
    }
    out.println(line.toString().stripTrailing());
    for (String[] row : rows) {
      line = new StringBuilder("  ");
      for (int i = 0; i < row.length; i++) {
        line.append(pad(row[i], width[i], numeric[i])).append("  ");
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private static String[] escapeMarkdown(String[] row) {
    String[] escaped = new String[row.length];
    for (int i = 0; i < row.length; i++) {
      // Input text must not break the table or become Markdown: line breaks become spaces, HTML
      // is entity-escaped and Markdown's punctuation is backslash-escaped.
      String text = row[i].replace('\r', ' ').replace('\n', ' ');
      text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
      escaped[i] = text.replaceAll("([\\\\`*_\\[\\]#!|])", "\\\\$1");
    }
    return escaped;
  }

  private void heading(PrintWriter out, String text) {
    if (markdown) {
      out.println("## " + text);
      out.println();
    } else {
      out.println(text);
      out.println("-".repeat(Math.min(100, text.length())));
    }
  }

  private String bullet() {
    return markdown ? "- " : "  ";
  }

  private static String pad(String text, int width, boolean right) {
    String clipped = text.length() > width ? text.substring(0, width - 1) + "…" : text;
    String spaces = " ".repeat(width - clipped.length());
    return right ? spaces + clipped : clipped + spaces;
  }

  private static String num(long n) {
    return String.format("%,d", n);
  }

  static String percent(OptionalDouble rate) {
    return rate.isPresent() ? String.format("%.1f%%", rate.getAsDouble() * 100) : "n/a";
  }

  private static String days(OptionalDouble days) {
    return days.isPresent() ? String.format("%.1f", days.getAsDouble()) : "n/a";
  }

  static String hours(Duration d) {
    return DossierStory.hours(d);
  }
}
