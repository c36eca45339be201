package io.github.proctime.formats.json;

import io.github.proctime.core.Dossier;
import io.github.proctime.formats.ReadOptions;
import io.github.proctime.formats.RecordReader;
import io.github.proctime.formats.RecordWriter;
import io.github.proctime.formats.internal.DossierJsonCodec;
import io.github.proctime.formats.internal.DossierStreamDecoder;
import io.github.proctime.formats.internal.JsonRecordWriter;
import io.github.proctime.formats.internal.NdjsonReader;
import io.github.proctime.formats.internal.Times;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Reads and writes dossiers as NDJSON: a header line, then one dossier per line, for inputs too big
 * to hold in memory.
 *
 * <p>Read from a file's bytes with {@link #reader(InputStream, ReadOptions)} (UTF-8, the fastest
 * way), or from a {@link Reader}; both split the lines as {@link java.io.BufferedReader#readLine}
 * does and give the same dossiers and the same errors, but that bytes which are not UTF-8 are a
 * rejected line from the first and an {@code UncheckedIOException} (or replacement characters,
 * depending on the {@code Reader}) from the second. Set {@link ReadOptions#withDecodingExecutor} to
 * decode lines on several threads, the dossiers still coming out in input order.
 *
 * <p>The first line is {@code {"format":"proctime.dossiers","formatVersion":1}}; every other line
 * is one dossier object exactly as in {@link DossierJson} (schema {@code
 * dossiers-v1.schema.json#/$defs/dossier}). Lines end with {@code \n}, {@code \r\n} or a lone
 * {@code \r}; an empty line is an error. Each line is parsed on its own, so in lenient mode even a
 * line of broken JSON is skipped and reading goes on. Only the current line and the set of dossier
 * codes seen so far (to reject duplicates) are held in memory; with a decoding executor, also the
 * batches of lines decoded ahead (see {@link ReadOptions#withDecodingExecutor}).
 *
 * <pre>{@code
 * try (RecordReader<Dossier> in = DossierNdjson.reader(reader, ReadOptions.lenient("d.ndjson"))) {
 *   in.forEachRemaining(evaluator);
 *   ReadReport report = in.report();
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; the readers and writers it returns are not.
 */
public final class DossierNdjson {
  private DossierNdjson() {}

  /**
   * Reads dossiers one line at a time from chars.
   *
   * @param in the NDJSON input; closed when the reader is closed
   * @param options the source name, the strict or lenient mode, and optionally the executor to
   *     decode on
   * @return the reader
   */
  public static RecordReader<Dossier> reader(Reader in, ReadOptions options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    return new NdjsonReader<>(
        in,
        options,
        DossierJson.FORMAT,
        DossierJson.FORMAT_VERSION,
        DossierJsonCodec::decode,
        DossierStreamDecoder::new,
        Dossier::code);
  }

  /**
   * Reads dossiers one line at a time from UTF-8 bytes, without decoding them to chars first.
   *
   * <p>It yields exactly what {@link #reader(Reader, ReadOptions)} yields over the same bytes
   * decoded as UTF-8: lines end with {@code \n}, {@code \r\n} or a lone {@code \r}, the last line
   * needs no end, and a byte order mark is not skipped (U+FEFF makes the first line malformed, as
   * from a Reader). A line whose bytes are not UTF-8 is rejected with {@link
   * io.github.proctime.formats.FormatRule#MALFORMED_SYNTAX}, with its line, the column of the first
   * bad char, the bad bytes in hexadecimal as the value (such as {@code 0xC3 0x28}) and their byte
   * offset in the line in the message; in lenient mode reading goes on with the next line (on the
   * first line it ends reading, as every header error does). Nothing is ever replaced by U+FFFD.
   *
   * <pre>{@code
   * try (RecordReader<Dossier> in =
   *     DossierNdjson.reader(Files.newInputStream(file), ReadOptions.strict(file.toString()))) {
   *   in.forEachRemaining(evaluator);
   * }
   * }</pre>
   *
   * @param in the NDJSON input, UTF-8; read in chunks, so it needs no buffering; closed when the
   *     reader is closed
   * @param options the source name, the strict or lenient mode, and optionally the executor to
   *     decode on
   * @return the reader
   */
  public static RecordReader<Dossier> reader(InputStream in, ReadOptions options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    return new NdjsonReader<>(
        in,
        options,
        DossierJson.FORMAT,
        DossierJson.FORMAT_VERSION,
        DossierJsonCodec::decode,
        DossierStreamDecoder::new,
        Dossier::code);
  }

  /**
   * Writes NDJSON whose instants carry the offset of Asia/Ho_Chi_Minh (+07:00).
   *
   * @param out the output; closed when the writer is closed
   * @return the writer, having written the header line
   */
  public static RecordWriter<Dossier> writer(Writer out) {
    return writer(out, Times.VIETNAM);
  }

  /**
   * Writes NDJSON whose instants carry the offset of a given zone.
   *
   * @param out the output; closed when the writer is closed
   * @param zone the zone whose offset is printed with each instant
   * @return the writer, having written the header line
   */
  public static RecordWriter<Dossier> writer(Writer out, ZoneId zone) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(zone, "zone");
    return JsonRecordWriter.ndjson(
        out,
        DossierJson.FORMAT,
        DossierJson.FORMAT_VERSION,
        (d, g) -> DossierJsonCodec.encode(d, g, zone));
  }
}
