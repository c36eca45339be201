package io.github.proctime.formats.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.proctime.core.Assessment;
import io.github.proctime.core.Evaluation;
import io.github.proctime.formats.RecordWriter;
import io.github.proctime.formats.internal.EvaluationJsonCodec;
import io.github.proctime.formats.internal.Json;
import io.github.proctime.formats.internal.JsonRecordWriter;
import io.github.proctime.formats.internal.Times;
import io.github.proctime.formats.internal.Utf8JsonLine;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Writes evaluations as NDJSON ({@code "format": "proctime.evaluations", "formatVersion": 1}): a
 * header line, then one evaluation per line, as the CLI's {@code evaluate} prints them.
 *
 * <p>This is an output format; proctime does not read it back. Each line carries the dossier and
 * procedure codes, the evaluation instant, mode, rule set and procedure version, the state (code
 * and Vietnamese label), the effective due instant and working time elapsed and remaining, the
 * flags telling a dossier late only on the recorded timeline, then the full clock on each timeline
 * ({@code occurred}, {@code recorded}: due times, pauses, apologies, the step ledger with verdicts,
 * the explanation) and the findings. Instants are ISO-8601 with an offset (Asia/Ho_Chi_Minh unless
 * told otherwise); amounts of working time are ISO-8601 durations such as {@code PT12H30M}
 * (negative for time past due, {@code PT-2H}); optional values are omitted when absent; the field
 * names are those of the core types ({@link Evaluation}, {@link
 * io.github.proctime.core.TimelineEvaluation}, {@link io.github.proctime.core.StepRecord}, ...).
 * JSON Schema: {@value #SCHEMA_RESOURCE}.
 *
 * <pre>{@code
 * try (RecordWriter<Evaluation> out = EvaluationJson.ndjsonWriter(writer)) {
 *   dossiers.forEach(d -> out.write(evaluator.evaluate(d, asOf)));
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; the writers it returns are not.
 */
public final class EvaluationJson {
  /** The value of the header's {@code format} field. */
  public static final String FORMAT = EvaluationJsonCodec.FORMAT;

  /** The format version this class writes. */
  public static final int FORMAT_VERSION = EvaluationJsonCodec.VERSION;

  /** The class-path resource holding the JSON Schema of version 1. */
  public static final String SCHEMA_RESOURCE =
      "/io/github/proctime/formats/schema/evaluations-v1.schema.json";

  private EvaluationJson() {}

  /**
   * Writes NDJSON whose instants carry the offset of Asia/Ho_Chi_Minh (+07:00).
   *
   * @param out the output; closed when the writer is closed
   * @return the writer, having written the header line
   */
  public static RecordWriter<Evaluation> ndjsonWriter(Writer out) {
    return ndjsonWriter(out, Times.VIETNAM);
  }

  /**
   * Writes NDJSON whose instants carry the offset of a given zone.
   *
   * @param out the output; closed when the writer is closed
   * @param zone the zone whose offset is printed with each instant
   * @return the writer, having written the header line
   */
  public static RecordWriter<Evaluation> ndjsonWriter(Writer out, ZoneId zone) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(zone, "zone");
    return JsonRecordWriter.ndjson(
        out, FORMAT, FORMAT_VERSION, (e, g) -> EvaluationJsonCodec.encode(e, g, zone));
  }

  /**
   * Writes assessments as NDJSON: each line is the evaluation object plus {@code attribution} (who
   * caused the delay, with evidence) and {@code compliance} (the compliance findings), instants
   * with the offset of Asia/Ho_Chi_Minh.
   *
   * @param out the output; closed when the writer is closed
   * @return the writer, having written the header line
   */
  public static RecordWriter<Assessment> assessmentWriter(Writer out) {
    Objects.requireNonNull(out, "out");
    return JsonRecordWriter.ndjson(
        out, FORMAT, FORMAT_VERSION, (a, g) -> EvaluationJsonCodec.encode(a, g, Times.VIETNAM));
  }

  /**
   * The header line of an evaluations NDJSON file, without the line break.
   *
   * @return {@code {"format":"proctime.evaluations","formatVersion":1}}
   */
  public static String headerLine() {
    return "{\"format\":\"" + FORMAT + "\",\"formatVersion\":" + FORMAT_VERSION + "}";
  }

  /**
   * One assessment as the compact JSON line that {@link #assessmentWriter(Writer)} writes, without
   * the line break; lets callers render lines on several threads and write them in order.
   *
   * @param assessment the assessment
   * @return the JSON text
   */
  public static String assessmentLine(Assessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    StringWriter text = new StringWriter(4096);
    try (JsonGenerator g = Json.compactGenerator(text)) {
      EvaluationJsonCodec.encode(assessment, g, Times.VIETNAM);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /**
   * One assessment as the compact JSON line of {@link #assessmentLine(Assessment)}, encoded in
   * UTF-8: exactly {@code assessmentLine(assessment).getBytes(UTF_8)}. Bulk writers render lines
   * with it on worker threads and copy the bytes to their output. Each calling thread keeps one
   * reusable buffer of up to 64 KiB.
   *
   * <p>Why bytes written by hand rather than text then encoded, or Jackson's byte generator:
   * rendering the line is most of a bulk {@code evaluate} run (see {@code BENCHMARKS.md}); the text
   * went through a synchronized {@code StringWriter} and an encoder, and the byte generator escapes
   * surrogates where the encoder writes the character, so its lines had to be scanned and some
   * rendered again. The line is now written as UTF-8 in one pass, to the same bytes.
   *
   * @param assessment the assessment
   * @return the UTF-8 bytes of the JSON line, without the line break
   */
  public static byte[] assessmentLineUtf8(Assessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    Utf8JsonLine line = Utf8JsonLine.forThisThread();
    try {
      EvaluationJsonCodec.encode(assessment, line, Times.VIETNAM);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in memory: never
    }
    return line.take();
  }
}
