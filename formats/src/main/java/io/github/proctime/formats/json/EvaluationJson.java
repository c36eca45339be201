package io.github.proctime.formats.json;

import io.github.proctime.core.Assessment;
import io.github.proctime.core.Evaluation;
import io.github.proctime.formats.RecordWriter;
import io.github.proctime.formats.internal.EvaluationJsonCodec;
import io.github.proctime.formats.internal.Json;
import io.github.proctime.formats.internal.JsonRecordWriter;
import io.github.proctime.formats.internal.Times;
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
    java.io.StringWriter text = new java.io.StringWriter(4096);
    try (com.fasterxml.jackson.core.JsonGenerator g = Json.compactGenerator(text)) {
      EvaluationJsonCodec.encode(assessment, g, Times.VIETNAM);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return text.toString();
  }

  /**
   * One assessment as the compact JSON line of {@link #assessmentLine(Assessment)}, encoded in
   * UTF-8: exactly {@code assessmentLine(assessment).getBytes(UTF_8)}. Bulk writers render lines
   * with it on worker threads and copy the bytes to their output.
   *
   * <p>Why bytes straight from Jackson's byte generator: rendering the text and then encoding it
   * (through a synchronized {@code StringWriter}) was most of a bulk {@code evaluate} run (see
   * {@code BENCHMARKS.md}). The byte generator writes what the encoder writes for every character
   * but the surrogates, which it escapes ({@code &#92;uD835}) where the encoder writes a character
   * outside the Basic Multilingual Plane as its four bytes and a lone surrogate as {@code ?}. So a
   * line in which it wrote any {@code &#92;u} escape at all (for a surrogate or a control
   * character, both rare in this data) is rendered again the slow way, which keeps the two methods
   * equal byte for byte.
   *
   * @param assessment the assessment
   * @return the UTF-8 bytes of the JSON line, without the line break
   */
  public static byte[] assessmentLineUtf8(Assessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    Utf8Line out = Utf8Line.forThisThread();
    try (com.fasterxml.jackson.core.JsonGenerator g = Json.utf8LineGenerator(out)) {
      EvaluationJsonCodec.encode(assessment, g, Times.VIETNAM);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // in memory: never
    }
    if (out.hasUnicodeEscape()) {
      return assessmentLine(assessment).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    return out.toByteArray();
  }

  /** A byte buffer that can tell whether a {@code &#92;u} escape may have been written. */
  private static final class Utf8Line extends java.io.ByteArrayOutputStream {
    private static final java.lang.invoke.VarHandle LONGS =
        java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long BACKSLASHES = 0x5C5C_5C5C_5C5C_5C5CL;
    private static final long ONES = 0x0101_0101_0101_0101L;
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

    /** A buffer that grew past this is not kept: a huge line should not pin its memory. */
    private static final int KEPT_BYTES = 1 << 16;

    // One buffer per rendering thread, reused: a new one per line, grown and copied as the line
    // got longer, was a quarter of rendering it.
    private static final ThreadLocal<Utf8Line> BUFFERS = ThreadLocal.withInitial(Utf8Line::new);

    Utf8Line() {
      super(16384);
    }

    static Utf8Line forThisThread() {
      Utf8Line line = BUFFERS.get();
      if (line.buf.length > KEPT_BYTES) {
        line = new Utf8Line();
        BUFFERS.set(line);
      }
      line.reset();
      return line;
    }

    /**
     * Whether a backslash is followed by {@code u} anywhere. That also catches an escaped backslash
     * followed by a {@code u} in the text, which is not an escape; it only sends that line down the
     * slow path, which is right for every line. Eight bytes at a time: backslashes are rare, and a
     * byte-by-byte loop was a tenth of rendering a line.
     */
    boolean hasUnicodeEscape() {
      int i = 0;
      for (; i + 8 <= count; i += 8) {
        long v = (long) LONGS.get(buf, i) ^ BACKSLASHES;
        // Some byte of v is zero (a backslash in the buffer) iff this is non-zero.
        if (((v - ONES) & ~v & HIGH_BITS) != 0 && escapeAt(i, i + 8)) {
          return true;
        }
      }
      return escapeAt(i, count);
    }

    /** Whether a backslash at one of the positions from..to-1 is followed by {@code u}. */
    private boolean escapeAt(int from, int to) {
      for (int k = from; k < to && k + 1 < count; k++) {
        if (buf[k] == '\\' && buf[k + 1] == 'u') {
          return true;
        }
      }
      return false;
    }
  }
}
