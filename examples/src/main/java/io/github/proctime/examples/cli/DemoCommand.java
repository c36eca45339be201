package io.github.proctime.examples.cli;

import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.calendar.WorkingCalendars;
import io.github.proctime.core.Attributor;
import io.github.proctime.core.ComplianceCheck;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.Evaluator;
import io.github.proctime.core.ProcedureCatalogue;
import io.github.proctime.core.RuleBook;
import io.github.proctime.core.report.PeriodReport;
import io.github.proctime.core.report.ReportAggregator;
import io.github.proctime.core.report.ReportPeriod;
import io.github.proctime.examples.demo.DemoData;
import io.github.proctime.examples.demo.DemoProvince;
import io.github.proctime.examples.demo.DossierGenerator;
import io.github.proctime.formats.ReadOptions;
import io.github.proctime.formats.RecordReader;
import io.github.proctime.formats.json.DossierNdjson;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.stream.LongStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code proctime demo}: the main job on the bundled demo province. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "The main job on the bundled demo province (illustrative data): evaluate every dossier",
      "of January 2025 (received Dec 2024-Jan 2025, Tết closure 27-31/1), then print the",
      "on-time rate and 766 score, the table per unit, the late officials and units, apology",
      "compliance, and the most delayed dossier explained end to end."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--generate",
      paramLabel = "N",
      description = "Generate N dossiers over the same months instead of the bundled 3,000.")
  Long generate;

  @Option(
      names = "--dossier",
      paramLabel = "CODE",
      description = "The dossier to explain (default: the most delayed one).")
  String explain;

  @Option(names = "--top", paramLabel = "N", description = "Rows in the late lists (default 10).")
  int top = 10;

  @Option(
      names = "--write",
      paramLabel = "FILE",
      description = {
        "With --generate: stream the generated dossiers to FILE (NDJSON, gzipped if it ends in",
        ".gz) instead of evaluating them; the procedure catalogue goes beside it as",
        "procedures.json. Deterministic: the same N gives the same file."
      })
  java.nio.file.Path write;

  @Override
  public Integer call() throws Exception {
    if (top < 0) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--top " + top + ": must be 0 or more");
    }
    if (generate != null && generate < 1) {
      throw new BadInputException("--generate " + generate + ": must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    WorkingCalendar calendar = WorkingCalendars.vietnam();
    if (write != null) {
      if (generate == null) {
        throw new BadInputException("--write " + write + ": needs --generate N");
      }
      writeDataset(calendar, err);
      out.printf("wrote %,d dossiers to %s%n", generate, write);
      out.flush();
      return 0;
    }
    DemoProvince province = DemoData.province();
    Evaluator evaluator =
        Evaluator.builder()
            .calendar(calendar)
            .procedures(ProcedureCatalogue.of(province.procedures()))
            .ruleBook(RuleBook.standard())
            .build();
    ReportAggregator.Builder settings =
        ReportAggregator.builder().period(ReportPeriod.ofMonth(DemoData.MONTH));
    ReportRun run = new ReportRun(evaluator, calendar, settings, false);
    long started = System.nanoTime();
    PeriodReport report;
    DossierGenerator generator = DemoData.generator(calendar);
    if (generate == null) {
      try (RecordReader<Dossier> dossiers = bundled()) {
        report = run.run(dossiers, new Progress(err, "evaluating", DemoData.BUNDLED_COUNT));
      }
    } else {
      // Generated lazily, one at a time on the read-ahead thread; evaluation runs in parallel
      // batches.
      Iterator<Dossier> dossiers =
          LongStream.range(0, generate).mapToObj(generator::dossier).iterator();
      report = run.run(dossiers, new Progress(err, "generating and evaluating", generate));
    }
    double seconds = (System.nanoTime() - started) / 1e9;

    out.println(
        "proctime demo — "
            + province.unitNames().get(DemoProvince.DESK)
            + " (tỉnh demo, illustrative data)");
    out.printf(
        "%,d dossiers evaluated in %.1f s%s; %,d received after the period are not counted.%n%n",
        run.count(),
        seconds,
        generate == null ? " from the bundled file" : " (generated, seed " + DemoData.SEED + ")",
        run.receivedLater());
    new ReportText(false, province.unitNames()).print(out, report, top);
    out.println();

    Dossier chosen = null;
    if (explain != null) {
      try (RecordReader<Dossier> dossiers = bundled()) {
        while (dossiers.hasNext() && chosen == null) {
          Dossier d = dossiers.next();
          chosen = d.code().equals(explain) ? d : null;
        }
      }
      if (chosen == null) {
        throw new BadInputException("--dossier " + explain + ": not in the bundled demo data");
      }
    } else {
      chosen = run.mostDelayed().orElse(null);
    }
    if (chosen != null) {
      out.println("One dossier, end to end (the most delayed of the month unless --dossier):");
      out.println("-".repeat(72));
      Evaluation evaluation = evaluator.evaluate(chosen, report.judgedAt());
      String procedureName =
          evaluator.procedures().find(chosen.procedureCode()).map(p -> p.name()).orElse("");
      new DossierStory(calendar.zone())
          .print(
              out,
              evaluation,
              procedureName,
              Attributor.of(calendar).attribute(evaluation),
              ComplianceCheck.of(calendar).check(chosen, evaluation));
    }
    out.println();
    out.println(
        "Next: ./proctime explain --dossier CODE --as-of 2025-02-01T00:00+07:00 | "
            + "./proctime report --period 2025-01 --format xlsx --out report.xlsx | ./proctime --help");
    out.flush();
    return 0;
  }

  private void writeDataset(WorkingCalendar calendar, PrintWriter err) throws java.io.IOException {
    java.nio.file.Path folder = write.toAbsolutePath().getParent();
    java.nio.file.Files.createDirectories(folder);
    try (java.io.Writer catalogue =
        java.nio.file.Files.newBufferedWriter(
            folder.resolve("procedures.json"), StandardCharsets.UTF_8)) {
      DemoData.writeProcedures(catalogue);
    }
    Progress progress = new Progress(err, "generating", generate);
    try (java.io.OutputStream file = java.nio.file.Files.newOutputStream(write);
        java.io.OutputStream raw =
            write.toString().endsWith(".gz")
                ? new java.util.zip.GZIPOutputStream(file, 1 << 16)
                : file;
        java.io.Writer text =
            new java.io.BufferedWriter(
                new java.io.OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16)) {
      DemoData.writeDossiers(calendar, generate, text, n -> progress.update(n & ~1023L));
    }
    progress.done(generate);
  }

  private static RecordReader<Dossier> bundled() {
    // The options first: a bad -Dproctime.decoding is refused before a stream is opened.
    ReadOptions options =
        DecodingPool.decodeOn(ReadOptions.strict("demo " + DemoData.DOSSIERS_RESOURCE));
    return DossierNdjson.reader(DemoData.open(DemoData.DOSSIERS_RESOURCE), options);
  }
}
