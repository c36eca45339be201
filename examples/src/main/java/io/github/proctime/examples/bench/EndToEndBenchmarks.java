package io.github.proctime.examples.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.calendar.WorkingCalendars;
import io.github.proctime.core.Attribution;
import io.github.proctime.core.Attributor;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.Evaluator;
import io.github.proctime.core.ProcedureCatalogue;
import io.github.proctime.core.RuleBook;
import io.github.proctime.core.report.PeriodReport;
import io.github.proctime.core.report.ReportAggregator;
import io.github.proctime.core.report.ReportEntry;
import io.github.proctime.core.report.ReportPeriod;
import io.github.proctime.examples.cli.ProctimeCli;
import io.github.proctime.examples.demo.DemoData;
import io.github.proctime.formats.ReadOptions;
import io.github.proctime.formats.RecordReader;
import io.github.proctime.formats.json.DossierNdjson;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * End to end over an NDJSON file of generated dossiers, in a 256 MiB heap: a bare Jackson read of
 * the file against proctime reading, evaluating (bulk mode) and attributing every dossier, and the
 * same feeding a monthly report.
 *
 * <p>The files are generated on first use by {@link DemoData#writeDossiers} (deterministic: the
 * same file for the same count) into {@code examples/target/bench-data/} next to the jar, and
 * reused by later runs. Each is about 1.35 KB per dossier: 1.35 GB for a million. Every dossier is
 * evaluated at the end of January 2025, the month reported.
 *
 * <p>One iteration reads the whole file once: divide the dossier count by the time for the
 * throughput. The 4 million case is run with one iteration (see {@code BENCHMARKS.md}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class EndToEndBenchmarks {
  private static final YearMonth MONTH = YearMonth.of(2025, 1);

  /** The number of dossiers in the file. */
  @Param({"100000", "1000000", "4000000"})
  public long dossiers;

  private Path file;
  private Evaluator evaluator;
  private Attributor attributor;
  private Instant judgedAt;
  private final JsonFactory jsonFactory = new JsonFactory();
  private final ObjectMapper jackson = new ObjectMapper();

  /**
   * Generates the file if it is not there yet, and builds the evaluator.
   *
   * @throws IOException if the file cannot be written
   */
  @Setup
  public void setUp() throws IOException {
    WorkingCalendar calendar = WorkingCalendars.vietnam();
    file = dataFile(calendar, dossiers);
    evaluator = bulkEvaluator(calendar);
    attributor = Attributor.of(calendar);
    judgedAt = aggregator().judgedAt();
  }

  /**
   * The evaluator of these benchmarks: the demo province's procedures, the standard rule book, bulk
   * mode (no explanation), as {@code proctime evaluate --no-explanation} and {@code proctime
   * report} evaluate.
   *
   * @param calendar the working calendar
   * @return the evaluator
   */
  static Evaluator bulkEvaluator(WorkingCalendar calendar) {
    return Evaluator.builder()
        .calendar(calendar)
        .procedures(ProcedureCatalogue.of(DemoData.province().procedures()))
        .ruleBook(RuleBook.standard())
        .explaining(false)
        .build();
  }

  /**
   * The instant every dossier is judged at: the end of the month reported.
   *
   * @return the instant
   */
  static Instant judgedAt() {
    return aggregator().judgedAt();
  }

  /**
   * The generated file of {@code count} dossiers, written now if missing.
   *
   * @param calendar the calendar the generator uses
   * @param count the number of dossiers
   * @return the file
   * @throws IOException if it cannot be written
   */
  static Path dataFile(WorkingCalendar calendar, long count) throws IOException {
    Path dir = dataDirectory();
    Path file = dir.resolve("dossiers-" + count + ".ndjson");
    if (Files.exists(file)) {
      return file;
    }
    Files.createDirectories(dir);
    Path partial = dir.resolve(file.getFileName() + ".partial");
    try (Writer out =
        new BufferedWriter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8), 1 << 16)) {
      DemoData.writeDossiers(calendar, count, out, n -> {});
    }
    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    return file;
  }

  /**
   * Generates the data files ahead of a run, so the first run's setup does not pay for them.
   *
   * @param args the dossier counts, by default 100000, 1000000 and 4000000
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    WorkingCalendar calendar = WorkingCalendars.vietnam();
    String[] counts = args.length > 0 ? args : new String[] {"100000", "1000000", "4000000"};
    for (String count : counts) {
      long started = System.nanoTime();
      Path file = dataFile(calendar, Long.parseLong(count));
      System.out.printf(
          "%s: %,d bytes (%d s)%n",
          file, Files.size(file), (System.nanoTime() - started) / 1_000_000_000L);
    }
  }

  /** {@code bench-data} beside the jar (examples/target/), or under the working directory. */
  private static Path dataDirectory() {
    String configured = System.getProperty("proctime.benchData");
    if (configured != null) {
      return Path.of(configured);
    }
    try {
      Path code =
          Path.of(
              EndToEndBenchmarks.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      // The jar (examples/target/proctime.jar) or the classes folder (examples/target/classes).
      return code.getParent().resolve("bench-data");
    } catch (URISyntaxException | SecurityException e) {
      return Path.of("examples", "target", "bench-data");
    }
  }

  private static ReportAggregator aggregator() {
    return ReportAggregator.builder().period(ReportPeriod.ofMonth(MONTH)).build();
  }

  /**
   * Bare Jackson: a streaming parser over the file, touching every token (string values are
   * decoded, numbers are not converted).
   *
   * @return the number of characters of text seen, so the work is not eliminated
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public long jacksonStream() throws IOException {
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = jsonFactory.createParser(in)) {
      return touchEveryToken(parser);
    }
  }

  /**
   * The bare stream's work: every token read, string values and field names decoded.
   *
   * @param parser the parser, at the start of its input
   * @return the number of characters of text seen, so the work is not eliminated
   * @throws IOException if the input cannot be read
   */
  static long touchEveryToken(JsonParser parser) throws IOException {
    long seen = 0;
    JsonToken token;
    while ((token = parser.nextToken()) != null) {
      if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
        seen += parser.getTextLength();
      } else {
        seen++;
      }
    }
    return seen;
  }

  /**
   * Bare Jackson the way proctime's reader uses it: one {@code readTree} per line.
   *
   * @return the number of nodes at the top of each tree, so the work is not eliminated
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public long jacksonTreePerLine() throws IOException {
    long seen = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        seen += jackson.readTree(line).size();
      }
    }
    return seen;
  }

  /**
   * proctime on one thread: read (the file's UTF-8 bytes, {@code DossierNdjson.reader(InputStream,
   * ...)}), evaluate (bulk mode) and attribute every dossier.
   *
   * @return the number of dossiers with a delay share, so the work is not eliminated
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public long evaluate() throws IOException {
    long withDelay = 0;
    try (RecordReader<Dossier> in = open()) {
      while (in.hasNext()) {
        Dossier dossier = in.next();
        Evaluation evaluation = evaluator.evaluate(dossier, judgedAt);
        Attribution attribution = attributor.attribute(evaluation);
        if (!attribution.shares().isEmpty()) {
          withDelay++;
        }
      }
    }
    return withDelay;
  }

  /**
   * proctime on one thread: read (bytes, as {@link #evaluate}), evaluate (bulk mode), attribute and
   * aggregate the January 2025 report.
   *
   * @return the report
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public PeriodReport report() throws IOException {
    ReportAggregator month = aggregator();
    try (RecordReader<Dossier> in = open()) {
      while (in.hasNext()) {
        Dossier dossier = in.next();
        Evaluation evaluation = evaluator.evaluate(dossier, judgedAt);
        month.add(ReportEntry.of(dossier, evaluation, attributor.attribute(evaluation)));
      }
    }
    return month.report();
  }

  /**
   * The {@code proctime evaluate} command as a user runs it, in bulk mode: reading the file's bytes
   * on one thread (decoding them there too on two cores, on the common pool on more: see the CLI's
   * {@code DecodingPool}), evaluation, attribution, compliance findings and the JSON line of each
   * dossier on all cores (both, on the benchmark machine), written in input order to {@code
   * /dev/null}.
   *
   * @return the exit code, which must be 0
   */
  @Benchmark
  public int cliEvaluate() {
    return cli(
        "evaluate",
        "--as-of",
        judgedAt.toString(),
        "--no-explanation",
        "--input",
        file.toString(),
        "--out",
        "/dev/null");
  }

  /**
   * The {@code proctime report} command as a user runs it: the January 2025 report as CSV, with
   * reading (bytes) on one thread, decoding as for {@link #cliEvaluate}, and evaluation,
   * attribution and aggregation on all cores.
   *
   * @return the exit code, which must be 0
   */
  @Benchmark
  public int cliReport() {
    return cli(
        "report",
        "--period",
        MONTH.toString(),
        "--input",
        file.toString(),
        "--format",
        "csv",
        "--out",
        "/dev/null");
  }

  private static int cli(String... args) {
    java.io.StringWriter err = new java.io.StringWriter();
    int code =
        ProctimeCli.run(
            new java.io.PrintWriter(java.io.Writer.nullWriter()),
            new java.io.PrintWriter(err),
            args);
    if (code != 0) {
      throw new IllegalStateException("proctime " + args[0] + " exited " + code + ": " + err);
    }
    return code;
  }

  /** The file's bytes straight to the reader, decoded on the calling thread (one thread). */
  private RecordReader<Dossier> open() throws IOException {
    return DossierNdjson.reader(Files.newInputStream(file), ReadOptions.strict(file.toString()));
  }
}
