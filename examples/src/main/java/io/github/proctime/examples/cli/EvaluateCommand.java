package io.github.proctime.examples.cli;

import io.github.proctime.ProctimeException;
import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.core.Assessor;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.Evaluator;
import io.github.proctime.formats.RecordReader;
import io.github.proctime.formats.json.EvaluationJson;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code proctime evaluate}: one assessment per dossier, as NDJSON. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate every dossier at --as-of and write one JSON object per line (NDJSON, format",
      "proctime.evaluations v1, schema in the formats jar): due time, appointment, state,",
      "elapsed and remaining working time, paused time, the step ledger on both timelines,",
      "who caused the delay (attribution) and the compliance findings.",
      "Streams: inputs larger than memory are fine. Without --input: the bundled demo month."
    })
final class EvaluateCommand implements Callable<Integer> {
  /**
   * Dossiers per batch read ahead. Up to three batches wait or are being read in {@link ReadAhead},
   * and up to two more are being evaluated or written here ({@link #IN_FLIGHT}), their lines (about
   * 6 KB each) included: all of them are copied by every young collection. Before chunks (below), a
   * 1M-dossier run under {@code -Xmx256m} (JMH {@code cliEvaluate}) took 16.0 s with 2,048, 14.1 s
   * with 1,024 and 13.5 s with 512, one batch being evaluated at a time.
   */
  private static final int BATCH = 512;

  /** Dossiers a worker evaluates and renders at a time. */
  private static final int CHUNK = 32;

  /**
   * Chunks evaluated or waiting to be written at most: two batches (a batch is taken only when all
   * its chunks fit). Enough to keep the workers of a machine with up to 32 cores busy.
   */
  private static final int IN_FLIGHT = 2 * BATCH / CHUNK;

  private static final byte[] NEWLINE = {'\n'};

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin Inputs inputs;

  @Option(
      names = "--as-of",
      required = true,
      paramLabel = "INSTANT",
      description = "Evaluate at this instant, ISO with offset, e.g. 2025-03-31T17:00+07:00.")
  String asOf;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write here instead of standard output.")
  Path out;

  @Option(
      names = "--no-explanation",
      description = "Leave the explanation text out (faster for bulk runs; all figures unchanged).")
  boolean noExplanation;

  @Override
  public Integer call() throws Exception {
    Instant at = Inputs.parseInstant("--as-of", asOf);
    WorkingCalendar calendar = inputs.calendar();
    Evaluator evaluator = inputs.evaluator(calendar);
    if (noExplanation) {
      evaluator = evaluator.toBuilder().explaining(false).build();
    }
    Assessor assessor = Assessor.of(evaluator);
    PrintWriter err = spec.commandLine().getErr();
    // A file gets the UTF-8 bytes the workers rendered; standard output is the command's writer.
    OutputStream file =
        out == null ? null : new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
    Writer target = file == null ? spec.commandLine().getOut() : null;
    long written = 0;
    long notYetReceived = 0;
    Progress progress = new Progress(err, "evaluating", -1);
    try (RecordReader<Dossier> dossiers = inputs.dossiers()) {
      // Lines are rendered on the worker threads (JSON output is the dominant cost of a bulk
      // run) and written here in input order.
      write(file, target, (EvaluationJson.headerLine() + "\n").getBytes(StandardCharsets.UTF_8));
      // Chunks of the batches read ahead are evaluated and rendered on the workers while this
      // thread writes the chunks before them, in input order.
      try (InOrder<Dossier, List<Object>> chunks =
          new InOrder<>(
              new ReadAhead<>(dossiers, BATCH),
              "proctime-evaluate",
              BATCH / CHUNK,
              IN_FLIGHT,
              batch -> chunks(batch, assessor, at))) {
        for (List<Object> chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
          for (Object r : chunk) {
            if (r instanceof Failed failed) {
              throw failed.exception();
            }
            if (r instanceof Line line) {
              write(file, target, line.json());
              write(file, target, NEWLINE);
              written++;
            } else {
              notYetReceived++;
              err.println("proctime: not evaluated: " + r);
            }
          }
          progress.update(written & ~1023L);
        }
      }
      progress.done(written);
      if (dossiers.report().rejected() > 0 || notYetReceived > 0) {
        err.printf(
            "proctime: %s; %,d evaluated, %,d read but not evaluated%n",
            dossiers.report(), written, notYetReceived);
        dossiers.report().rejections().forEach(r -> err.println("  rejected: " + r.getMessage()));
      }
    } finally {
      if (file == null) {
        target.flush();
      } else {
        file.close();
      }
    }
    if (target != null) {
      ProctimeCli.checkWritten(target);
    }
    return 0;
  }

  /** A batch cut into chunks, each evaluated by one task. */
  private List<Callable<List<Object>>> chunks(List<Dossier> batch, Assessor assessor, Instant at) {
    List<Callable<List<Object>>> chunks = new ArrayList<>();
    for (int from = 0; from < batch.size(); from += CHUNK) {
      List<Dossier> chunk = batch.subList(from, Math.min(batch.size(), from + CHUNK));
      chunks.add(() -> evaluate(chunk, assessor, at));
    }
    return chunks;
  }

  /**
   * Evaluates a chunk of dossiers in input order: a line each, a message for one received after
   * {@code --as-of} in lenient mode, or the failure that stops a strict run (thrown by the writing
   * thread in input order, after the lines before it, as one thread would).
   */
  private List<Object> evaluate(List<Dossier> chunk, Assessor assessor, Instant at) {
    List<Object> results = new ArrayList<>(chunk.size());
    for (Dossier d : chunk) {
      if (inputs.lenient && d.receivedAt().map(r -> r.isAfter(at)).orElse(false)) {
        results.add("dossier " + d.code() + " is received after --as-of");
        continue;
      }
      try {
        results.add(new Line(EvaluationJson.assessmentLineUtf8(assessor.assess(d, at))));
      } catch (ProctimeException e) {
        results.add(inputs.lenient ? e.getMessage() : new Failed(e));
      }
    }
    return results;
  }

  private static void write(OutputStream file, Writer target, byte[] utf8) throws IOException {
    if (file != null) {
      file.write(utf8);
    } else {
      target.write(new String(utf8, StandardCharsets.UTF_8));
    }
  }

  /** A rendered NDJSON line, UTF-8 encoded. */
  private record Line(byte[] json) {}

  /** A dossier that could not be evaluated in strict mode. */
  private record Failed(ProctimeException exception) {}
}
