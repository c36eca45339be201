package io.github.proctime.examples.cli;

import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.core.Attribution;
import io.github.proctime.core.Attributor;
import io.github.proctime.core.ComplianceCheck;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.Evaluator;
import io.github.proctime.core.Procedure;
import io.github.proctime.formats.RecordReader;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code proctime explain}: one dossier's story, for a person. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Explain one dossier: how its due time was reached (cut-off, holidays skipped, pauses,",
      "reschedule), each step with its verdict, who caused what delay, and the findings.",
      "Without --input, the bundled demo month is used."
    })
final class ExplainCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin Inputs inputs;

  @Option(names = "--dossier", required = true, paramLabel = "CODE", description = "Dossier code.")
  String code;

  @Option(
      names = "--as-of",
      paramLabel = "INSTANT",
      description = "Evaluate at this instant (ISO with offset). Default: now.")
  String asOf;

  @Override
  public Integer call() throws Exception {
    Instant at = asOf == null ? Instant.now() : Inputs.parseInstant("--as-of", asOf);
    WorkingCalendar calendar = inputs.calendar();
    Evaluator evaluator = inputs.evaluator(calendar);
    try (RecordReader<Dossier> dossiers = inputs.dossiers()) {
      while (dossiers.hasNext()) {
        Dossier dossier = dossiers.next();
        if (dossier.code().equals(code)) {
          Evaluation evaluation = evaluator.evaluate(dossier, at);
          Attribution attribution = Attributor.of(calendar).attribute(evaluation);
          String name =
              evaluator.procedures().find(dossier.procedureCode()).map(Procedure::name).orElse("");
          PrintWriter out = spec.commandLine().getOut();
          new DossierStory(calendar.zone())
              .print(
                  out,
                  evaluation,
                  name,
                  attribution,
                  ComplianceCheck.of(calendar).check(dossier, evaluation));
          return 0;
        }
      }
    }
    throw new BadInputException("--dossier " + code + ": no dossier with this code in the input");
  }
}
