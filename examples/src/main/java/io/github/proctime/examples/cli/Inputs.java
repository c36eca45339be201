package io.github.proctime.examples.cli;

import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.calendar.WorkingCalendars;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.EvaluationMode;
import io.github.proctime.core.Evaluator;
import io.github.proctime.core.Procedure;
import io.github.proctime.core.ProcedureCatalogue;
import io.github.proctime.core.RuleBook;
import io.github.proctime.examples.demo.DemoData;
import io.github.proctime.formats.ReadMode;
import io.github.proctime.formats.ReadOptions;
import io.github.proctime.formats.RecordReader;
import io.github.proctime.formats.csv.EventLogCsv;
import io.github.proctime.formats.json.DossierJson;
import io.github.proctime.formats.json.DossierNdjson;
import io.github.proctime.formats.json.ProcedureJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Option;

/**
 * The inputs shared by {@code evaluate}, {@code explain}, {@code report} and {@code render}: the
 * procedure catalogue, the dossiers, an optional calendar schedule file, the as-of instant and the
 * strictness.
 *
 * <p>Without {@code --procedures} and {@code --input}, the bundled demo data is used, so every
 * command can be tried on a fresh clone.
 */
final class Inputs {
  @Option(
      names = "--procedures",
      paramLabel = "FILE",
      description = "Procedure catalogue (JSON, format proctime.procedures). Default: the demo's.")
  Path procedures;

  @Option(
      names = "--input",
      paramLabel = "FILE",
      description = {
        "Dossiers: .ndjson (one dossier per line), .json (one document) or .csv (flat event log);",
        "a .gz suffix is read gunzipped. Default: the bundled demo month."
      })
  Path input;

  @Option(
      names = "--calendar",
      paramLabel = "FILE",
      description = "Schedule file adding newly announced official days to the national calendar.")
  Path calendar;

  @Option(
      names = "--lenient",
      description = {
        "Skip bad records and evaluate messy logs, reporting every problem as a finding;",
        "by default the first bad record stops the run (exit 1)."
      })
  boolean lenient;

  WorkingCalendar calendar() throws IOException {
    if (calendar == null) {
      return WorkingCalendars.vietnam();
    }
    try (Reader in = Files.newBufferedReader(calendar, StandardCharsets.UTF_8)) {
      return WorkingCalendars.vietnamBuilder().addSchedule(in, calendar.toString()).build();
    }
  }

  List<Procedure> procedures() throws IOException {
    if (procedures == null) {
      try (Reader in = reader(DemoData.open(DemoData.PROCEDURES_RESOURCE))) {
        return ProcedureJson.readAll(in, "demo procedures.json");
      }
    }
    try (Reader in = reader(Files.newInputStream(procedures))) {
      return ProcedureJson.readAll(in, procedures.toString());
    }
  }

  boolean usesDemoData() {
    return input == null;
  }

  ReadMode readMode() {
    return lenient ? ReadMode.LENIENT : ReadMode.STRICT;
  }

  Evaluator evaluator(WorkingCalendar workingCalendar) throws IOException {
    return Evaluator.builder()
        .calendar(workingCalendar)
        .procedures(ProcedureCatalogue.of(procedures()))
        .ruleBook(RuleBook.standard())
        .mode(lenient ? EvaluationMode.LENIENT : EvaluationMode.STRICT)
        .build();
  }

  /** Opens the dossiers as a stream of records; the caller closes it. */
  RecordReader<Dossier> dossiers() throws IOException {
    if (input == null) {
      // The options first: a bad -Dproctime.decoding is refused before a stream is opened.
      ReadOptions demo =
          DecodingPool.decodeOn(ReadOptions.of("demo " + DemoData.DOSSIERS_RESOURCE, readMode()));
      return DossierNdjson.reader(DemoData.open(DemoData.DOSSIERS_RESOURCE), demo);
    }
    String name = input.getFileName().toString();
    ReadOptions options = ReadOptions.of(input.toString(), readMode());
    ReadOptions decoding = DecodingPool.decodeOn(options); // refused before the file is opened
    InputStream raw;
    try {
      raw = Files.newInputStream(input);
    } catch (IOException e) {
      throw new BadInputException(
          "--input " + input + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    if (name.endsWith(".gz")) {
      try {
        raw = new GZIPInputStream(raw, 1 << 16);
      } catch (IOException e) {
        raw.close();
        throw new BadInputException(
            "--input " + input + ": not a gzip file (" + e.getMessage() + ")");
      }
      name = name.substring(0, name.length() - 3);
    }
    if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
      // The bytes straight to the reader (no charset decoding), decoded on all cores.
      return DossierNdjson.reader(raw, decoding);
    }
    Reader in = reader(raw);
    if (name.endsWith(".json")) {
      return DossierJson.reader(in, options);
    }
    if (name.endsWith(".csv")) {
      return EventLogCsv.reader(in, options);
    }
    in.close();
    throw new BadInputException(
        "--input "
            + input
            + ": unknown file type (expected .ndjson, .json or .csv, optionally .gz)");
  }

  static Instant parseInstant(String option, String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadInputException(
          option
              + " "
              + text
              + ": expected an ISO date-time with an offset, such as 2025-03-31T17:00+07:00");
    }
  }

  private static Reader reader(InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  static UncheckedIOException unchecked(IOException e) {
    return new UncheckedIOException(e);
  }
}
