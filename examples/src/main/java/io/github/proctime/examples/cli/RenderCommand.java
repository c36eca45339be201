package io.github.proctime.examples.cli;

import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.core.Attributor;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.Evaluator;
import io.github.proctime.core.Procedure;
import io.github.proctime.formats.RecordReader;
import io.github.proctime.formats.html.ApologyDrafts;
import io.github.proctime.formats.html.AppointmentPolicy;
import io.github.proctime.formats.html.ControlSlips;
import io.github.proctime.formats.html.TimelinePictures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code proctime render}: a document for one dossier. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Render a document for one dossier:",
      "  slip      the process-control slip (Phiếu kiểm soát quá trình giải quyết hồ sơ), HTML for A5,",
      "            Mẫu 05 (TT 01/2018) or Mẫu 06 (TT 03/2025) by the rule set in force at receipt;",
      "  apology   a DRAFT apology and new appointment (Mẫu 04) for a dossier that will be late;",
      "  timeline  the dossier's timeline picture, standalone SVG.",
      "Without --input: the bundled demo month."
    })
final class RenderCommand implements Callable<Integer> {
  /** The documents. */
  enum What {
    slip,
    apology,
    timeline
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin Inputs inputs;

  @Option(names = "--dossier", required = true, paramLabel = "CODE", description = "Dossier code.")
  String code;

  @Option(
      names = "--what",
      required = true,
      paramLabel = "DOCUMENT",
      description = "slip, apology or timeline.")
  What what;

  @Option(
      names = "--as-of",
      paramLabel = "INSTANT",
      description = "Evaluate at this instant (ISO with offset). Default: now.")
  String asOf;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write here instead of standard output.")
  Path out;

  @Override
  public Integer call() throws Exception {
    Instant at = asOf == null ? Instant.now() : Inputs.parseInstant("--as-of", asOf);
    WorkingCalendar calendar = inputs.calendar();
    Evaluator evaluator = inputs.evaluator(calendar);
    Dossier dossier = null;
    try (RecordReader<Dossier> dossiers = inputs.dossiers()) {
      while (dossiers.hasNext() && dossier == null) {
        Dossier d = dossiers.next();
        dossier = d.code().equals(code) ? d : null;
      }
    }
    if (dossier == null) {
      throw new BadInputException("--dossier " + code + ": no dossier with this code in the input");
    }
    Evaluation evaluation = evaluator.evaluate(dossier, at);
    Procedure procedure = evaluator.procedures().find(dossier.procedureCode()).orElseThrow();
    String document =
        switch (what) {
          case slip -> ControlSlips.render(evaluation, dossier, procedure);
          case timeline -> TimelinePictures.svg(evaluation, calendar);
          case apology ->
              ApologyDrafts.render(
                  ApologyDrafts.draft(
                      evaluation,
                      dossier,
                      procedure,
                      calendar,
                      AppointmentPolicy.standard(),
                      Attributor.of(calendar).attribute(evaluation)));
        };
    if (out == null) {
      spec.commandLine().getOut().print(document);
      spec.commandLine().getOut().flush();
      ProctimeCli.checkWritten(spec.commandLine().getOut());
    } else {
      Files.writeString(out, document, StandardCharsets.UTF_8);
    }
    return 0;
  }
}
