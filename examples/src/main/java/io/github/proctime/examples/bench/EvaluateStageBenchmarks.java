package io.github.proctime.examples.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.calendar.WorkingCalendars;
import io.github.proctime.core.Assessment;
import io.github.proctime.core.Assessor;
import io.github.proctime.core.Dossier;
import io.github.proctime.examples.demo.DemoData;
import io.github.proctime.formats.ReadOptions;
import io.github.proctime.formats.RecordReader;
import io.github.proctime.formats.json.DossierNdjson;
import io.github.proctime.formats.json.EvaluationJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What each stage of {@code proctime evaluate --no-explanation} costs per dossier, on one thread,
 * over the first {@value #DOSSIERS} dossiers of the end-to-end file (the same generator, so the
 * same mix): reading the NDJSON line into a {@code Dossier}, assessing it (evaluation in bulk mode,
 * attribution and compliance findings, as the command's {@code Assessor} does), and rendering the
 * assessment as the command's UTF-8 line; beside a bare Jackson streaming read of the same bytes,
 * the end-to-end peer.
 *
 * <p>The command does all three stages for every dossier, so its CPU time per dossier is about
 * their sum or more; spread over the cores it runs on, that sum bounds its throughput against the
 * bare read's, whatever the evaluation costs. Each stage is measured over the whole sample per
 * call, its inputs made ahead (the dossiers read and the assessments made once in the setup), so
 * that one stage's allocations are not counted in another's. That is not a strict lower bound
 * either: the inputs made ahead are read back from memory rather than from the cache, where the
 * command finds an assessment it has just made.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class EvaluateStageBenchmarks {
  /** The number of dossiers in the sample. */
  public static final int DOSSIERS = 10_000;

  /** The number of dossiers the setup makes: {@link #DOSSIERS}, fewer in the fixtures' test. */
  int count = DOSSIERS;

  private final JsonFactory jsonFactory = new JsonFactory();
  private byte[] ndjson;
  private List<Dossier> dossiers;
  private List<Assessment> assessments;
  private Assessor assessor;
  private Instant judgedAt;

  /**
   * Writes the sample as NDJSON bytes, reads it back and assesses every dossier once.
   *
   * @throws IOException never: everything is in memory
   */
  @Setup
  public void setUp() throws IOException {
    WorkingCalendar calendar = WorkingCalendars.vietnam();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(count * 1500);
    try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      DemoData.writeDossiers(calendar, count, out, n -> {});
    }
    ndjson = bytes.toByteArray();
    assessor = Assessor.of(EndToEndBenchmarks.bulkEvaluator(calendar));
    judgedAt = EndToEndBenchmarks.judgedAt();
    dossiers = new ArrayList<>(count);
    read(dossiers::add);
    if (dossiers.size() != count) {
      throw new IllegalStateException("The sample read back " + dossiers.size() + " dossiers");
    }
    assessments = new ArrayList<>(count);
    assess(assessments::add);
  }

  private RecordReader<Dossier> open() {
    return DossierNdjson.reader(new ByteArrayInputStream(ndjson), ReadOptions.strict("sample"));
  }

  /**
   * The peer: a bare Jackson streaming read of the sample from memory, touching every token as
   * {@code EndToEndBenchmarks.jacksonStream} does over the file.
   *
   * @return the number of characters of text seen
   * @throws IOException never: the input is in memory
   */
  @Benchmark
  @OperationsPerInvocation(DOSSIERS)
  public long jacksonStream() throws IOException {
    try (JsonParser parser = jsonFactory.createParser(ndjson)) {
      return EndToEndBenchmarks.touchEveryToken(parser);
    }
  }

  /**
   * Stage 1: proctime's NDJSON reader, bytes to validated dossiers.
   *
   * @param sink receives the dossiers
   */
  @Benchmark
  @OperationsPerInvocation(DOSSIERS)
  public void read(Blackhole sink) {
    read(sink::consume);
  }

  void read(Consumer<Dossier> sink) {
    try (RecordReader<Dossier> in = open()) {
      while (in.hasNext()) {
        sink.accept(in.next());
      }
    }
  }

  /**
   * Stage 2: the assessment (evaluation in bulk mode, attribution, compliance findings).
   *
   * @param sink receives the assessments
   */
  @Benchmark
  @OperationsPerInvocation(DOSSIERS)
  public void assess(Blackhole sink) {
    assess(sink::consume);
  }

  void assess(Consumer<Assessment> sink) {
    for (Dossier d : dossiers) {
      sink.accept(assessor.assess(d, judgedAt));
    }
  }

  /**
   * Stage 3: rendering each assessment as the command's UTF-8 NDJSON line.
   *
   * @param sink receives the lines
   */
  @Benchmark
  @OperationsPerInvocation(DOSSIERS)
  public void render(Blackhole sink) {
    render(sink::consume);
  }

  void render(Consumer<byte[]> sink) {
    for (Assessment a : assessments) {
      sink.accept(EvaluationJson.assessmentLineUtf8(a));
    }
  }
}
