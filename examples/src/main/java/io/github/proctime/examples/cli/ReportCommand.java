package io.github.proctime.examples.cli;

import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.Evaluator;
import io.github.proctime.core.report.PeriodReport;
import io.github.proctime.core.report.ReportAggregator;
import io.github.proctime.core.report.ReportPeriod;
import io.github.proctime.examples.demo.DemoData;
import io.github.proctime.formats.HeaderLanguage;
import io.github.proctime.formats.RecordReader;
import io.github.proctime.formats.csv.PeriodReportCsv;
import io.github.proctime.formats.html.LinkPolicy;
import io.github.proctime.formats.html.ReportPages;
import io.github.proctime.formats.html.TimelinePictures;
import io.github.proctime.formats.json.PeriodReportJson;
import io.github.proctime.formats.xlsx.PeriodReportXlsx;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code proctime report}: the period report of a month, quarter, year or date range. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "The period report: per unit, official and procedure, dossiers received, carried over,",
      "finished early / on time / late, in progress and overdue; the late officials and units",
      "(from delay attribution); apology compliance; the 766 timeliness indicator 2.1.",
      "Every dossier is evaluated at the end of the period (or --as-of for a live dashboard).",
      "Formats: md (terminal and Markdown), csv (one table: --table), json, xlsx (one sheet",
      "per table), html (one self-contained page, with timelines/CODE.svg for each late",
      "dossier it lists). Headers are Vietnamese unless --english. Without --input: the demo month."
    })
final class ReportCommand implements Callable<Integer> {
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern RANGE =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

  /** Output formats. */
  enum Format {
    md,
    csv,
    json,
    xlsx,
    html
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin Inputs inputs;

  @Option(
      names = "--period",
      required = true,
      paramLabel = "PERIOD",
      description =
          "2025-03 (month), 2025-Q1, 2025 (year) or 2025-03-01..2025-04-01 (end exclusive).")
  String period;

  @Option(
      names = "--as-of",
      paramLabel = "INSTANT",
      description =
          "Judge in-progress dossiers at this instant (live dashboard) if before the period's end.")
  String asOf;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "md, csv, json or xlsx (default md).")
  Format format = Format.md;

  @Option(
      names = "--table",
      paramLabel = "TABLE",
      description = "For csv: FIGURES (default), LATE_OFFICIALS, LATE_UNITS or INDICATOR_766.")
  PeriodReportCsv.Table table = PeriodReportCsv.Table.FIGURES;

  @Option(names = "--english", description = "English headers and labels instead of Vietnamese.")
  boolean english;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write here instead of standard output (xlsx needs it).")
  Path out;

  @Override
  public Integer call() throws Exception {
    ReportPeriod reportPeriod = parsePeriod(period);
    if ((format == Format.xlsx || format == Format.html) && out == null) {
      throw new BadInputException(
          "--format "
              + format
              + ": needs --out FILE (xlsx is binary; html links to timeline files)");
    }
    WorkingCalendar calendar = inputs.calendar();
    Evaluator evaluator = inputs.evaluator(calendar);
    ReportAggregator.Builder settings = ReportAggregator.builder().period(reportPeriod);
    if (asOf != null) {
      settings.asOf(Inputs.parseInstant("--as-of", asOf));
    }
    ReportRun run = new ReportRun(evaluator, calendar, settings, inputs.lenient);
    PeriodReport report;
    try (RecordReader<Dossier> dossiers = inputs.dossiers()) {
      report = run.run(dossiers, new Progress(spec.commandLine().getErr(), "evaluating", -1));
      if (dossiers.report().rejected() > 0) {
        spec.commandLine().getErr().printf("proctime: %s; rejected records:%n", dossiers.report());
        dossiers
            .report()
            .rejections()
            .forEach(r -> spec.commandLine().getErr().println("  " + r.getMessage()));
      }
    }
    run.reportSkipped(spec.commandLine().getErr());
    HeaderLanguage language = english ? HeaderLanguage.ENGLISH : HeaderLanguage.VIETNAMESE;
    if (format == Format.xlsx) {
      try (OutputStream stream = Files.newOutputStream(out)) {
        PeriodReportXlsx.write(report, stream, language);
      }
      return 0;
    }
    if (format == Format.html) {
      Files.writeString(
          out, ReportPages.html(report, LinkPolicy.timelines()), StandardCharsets.UTF_8);
      writeTimelines(report, calendar, evaluator);
      return 0;
    }
    Writer writer =
        out == null
            ? spec.commandLine().getOut()
            : new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8));
    try {
      switch (format) {
        case csv -> PeriodReportCsv.write(report, table, writer, language);
        case json -> PeriodReportJson.write(report, writer);
        default -> {
          PrintWriter print = writer instanceof PrintWriter p ? p : new PrintWriter(writer);
          Map<String, String> names =
              inputs.usesDemoData() ? DemoData.province().unitNames() : Map.of();
          new ReportText(true, names).print(print, report, 20);
          print.flush();
        }
      }
      writer.flush();
      ProctimeCli.checkWritten(writer);
    } finally {
      if (out != null) {
        writer.close();
      }
    }
    return 0;
  }

  /**
   * Writes the timeline picture of every late dossier the page lists into {@code timelines/} next
   * to the page, in a second pass over the input, so that the page's links work offline.
   */
  private void writeTimelines(PeriodReport report, WorkingCalendar calendar, Evaluator evaluator)
      throws IOException {
    java.util.Set<String> codes = new java.util.HashSet<>();
    report.lateOfficials().forEach(p -> codes.addAll(p.dossierCodes()));
    report.lateUnits().forEach(p -> codes.addAll(p.dossierCodes()));
    Path folder = out.toAbsolutePath().getParent().resolve("timelines");
    Files.createDirectories(folder);
    int written = 0;
    try (RecordReader<Dossier> dossiers = inputs.dossiers()) {
      while (dossiers.hasNext() && written < codes.size()) {
        Dossier d = dossiers.next();
        if (!codes.contains(d.code())) {
          continue;
        }
        Path file = folder.resolve(d.code() + ".svg").normalize();
        if (!file.getParent().equals(folder.normalize())) {
          // A code with a path separator would write outside the folder: say so, never do it.
          spec.commandLine()
              .getErr()
              .println("proctime: no timeline file for dossier code " + d.code());
          continue;
        }
        Evaluation e = evaluator.evaluate(d, report.judgedAt());
        Files.writeString(file, TimelinePictures.svg(e, calendar), StandardCharsets.UTF_8);
        written++;
      }
    }
  }

  static ReportPeriod parsePeriod(String text) {
    try {
      Matcher q = QUARTER.matcher(text);
      if (q.matches()) {
        return ReportPeriod.ofQuarter(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2)));
      }
      Matcher r = RANGE.matcher(text);
      if (r.matches()) {
        return ReportPeriod.of(LocalDate.parse(r.group(1)), LocalDate.parse(r.group(2)));
      }
      if (text.matches("\\d{4}")) {
        return ReportPeriod.ofYear(Integer.parseInt(text));
      }
      return ReportPeriod.ofMonth(YearMonth.parse(text));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new BadInputException(
          "--period "
              + text
              + ": expected 2025-03, 2025-Q1, 2025 or 2025-03-01..2025-04-01 ("
              + e.getMessage()
              + ")");
    }
  }
}
