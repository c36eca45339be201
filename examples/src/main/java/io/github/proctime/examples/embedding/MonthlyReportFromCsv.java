package io.github.proctime.examples.embedding;

import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.calendar.WorkingCalendars;
import io.github.proctime.core.Assessment;
import io.github.proctime.core.Assessor;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.Evaluator;
import io.github.proctime.core.ProcedureCatalogue;
import io.github.proctime.core.RuleBook;
import io.github.proctime.core.report.LateParty;
import io.github.proctime.core.report.PeriodReport;
import io.github.proctime.core.report.ReportAggregator;
import io.github.proctime.core.report.ReportEntry;
import io.github.proctime.core.report.ReportPeriod;
import io.github.proctime.examples.demo.DemoData;
import io.github.proctime.formats.HeaderLanguage;
import io.github.proctime.formats.ReadOptions;
import io.github.proctime.formats.RecordReader;
import io.github.proctime.formats.RecordWriter;
import io.github.proctime.formats.csv.EventLogCsv;
import io.github.proctime.formats.csv.PeriodReportCsv;
import io.github.proctime.formats.json.DossierNdjson;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

/**
 * A province's monthly report from the flat CSV event log that most vendor databases export (one
 * event per row; see README "Data formats").
 *
 * <p>To have such an export at hand, the example first writes the bundled demo month as a CSV event
 * log; a province would point the reader at its vendor's file instead. It then streams the file,
 * assesses each dossier at the end of January 2025, aggregates the period report, prints the
 * headline figures and the late officials, and writes the figures table as a CSV with Vietnamese
 * headers.
 */
public final class MonthlyReportFromCsv {
  private MonthlyReportFromCsv() {}

  /**
   * Runs the example.
   *
   * @param args optionally the folder to write into (default: a temporary folder)
   * @throws Exception if a file cannot be written or read
   */
  public static void main(String[] args) throws Exception {
    Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("proctime");
    Path export = folder.resolve("event-log.csv");
    try (RecordReader<Dossier> demo =
            DossierNdjson.reader(
                DemoData.open(DemoData.DOSSIERS_RESOURCE), ReadOptions.strict("demo"));
        Writer file = Files.newBufferedWriter(export, StandardCharsets.UTF_8);
        RecordWriter<Dossier> csv = EventLogCsv.writer(file)) {
      demo.forEachRemaining(csv::write);
    }

    WorkingCalendar calendar = WorkingCalendars.vietnam();
    Assessor assessor =
        Assessor.of(
            Evaluator.builder()
                .calendar(calendar)
                .procedures(ProcedureCatalogue.of(DemoData.province().procedures()))
                .ruleBook(RuleBook.standard())
                .explaining(false) // bulk: figures only
                .build());
    ReportAggregator month =
        ReportAggregator.builder().period(ReportPeriod.ofMonth(YearMonth.of(2025, 1))).build();
    try (Reader in = Files.newBufferedReader(export, StandardCharsets.UTF_8);
        RecordReader<Dossier> dossiers =
            EventLogCsv.reader(in, ReadOptions.strict(export.toString()))) {
      while (dossiers.hasNext()) {
        Dossier dossier = dossiers.next();
        Assessment a = assessor.assess(dossier, month.judgedAt());
        month.add(ReportEntry.of(dossier, a.evaluation(), a.attribution()));
      }
      System.out.println("read " + dossiers.report());
    }
    PeriodReport report = month.report();
    System.out.printf(
        "January 2025: %d to process, on-time rate %.1f%%, 766 indicator 2.1 score %.2f / 20%n",
        report.total().toProcess(),
        report.total().onTimeRate().orElse(0) * 100,
        report.indicator766().score().orElse(0));
    for (LateParty official :
        report.lateOfficials().subList(0, Math.min(3, report.lateOfficials().size()))) {
      System.out.printf(
          "late official: %s (%s), %d dossiers, %d working hours in all%n",
          official.name(),
          official.unit().orElse("?"),
          official.lateDossiers(),
          official.totalDelay().toHours());
    }
    Path figures = folder.resolve("bao-cao-2025-01.csv");
    try (PrintWriter out =
        new PrintWriter(Files.newBufferedWriter(figures, StandardCharsets.UTF_8))) {
      PeriodReportCsv.write(report, PeriodReportCsv.Table.FIGURES, out, HeaderLanguage.VIETNAMESE);
    }
    System.out.println("wrote " + figures);
  }
}
