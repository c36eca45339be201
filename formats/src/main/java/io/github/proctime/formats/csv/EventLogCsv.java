package io.github.proctime.formats.csv;

import io.github.proctime.core.Dossier;
import io.github.proctime.formats.ReadOptions;
import io.github.proctime.formats.RecordReader;
import io.github.proctime.formats.RecordWriter;
import io.github.proctime.formats.internal.EventLogColumn;
import io.github.proctime.formats.internal.EventLogCsvReader;
import io.github.proctime.formats.internal.EventLogCsvWriter;
import io.github.proctime.formats.internal.Times;
import java.io.Reader;
import java.io.Writer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes the flat CSV event log, version 1: one event per row, the shape most vendor
 * databases export, grouped into dossiers as it streams.
 *
 * <p>The text is RFC 4180 (comma separator, {@code "} quotes doubled inside quoted cells, CRLF or
 * LF line ends; a UTF-8 byte-order mark at the start is ignored). The first row is the header;
 * columns are found by name, in any order. Required columns: {@code dossier_code, procedure_code,
 * receiving_unit, channel, event_type, occurred_at, recorded_at}. Optional columns (the header may
 * leave them out): {@code applicant, printed_appointment, official, unit, to_official, to_unit,
 * step, reason, new_appointment, note}. Any other column name is an error, so a misspelt column is
 * never ignored. An empty cell means "absent". CSV has no room for a version field: version 1 is
 * identified by this set of column names, and a later version will add a column that this reader
 * rejects.
 *
 * <p>The rows of one dossier must be contiguous, in event-log order. The dossier-level columns
 * ({@code procedure_code, receiving_unit, channel, applicant, printed_appointment}) are taken from
 * the dossier's rows: the first row must give the required ones; on later rows each may be empty or
 * must repeat the same value (a different value is {@link
 * io.github.proctime.formats.FormatRule#INCONSISTENT_DOSSIER}). {@code applicant} and {@code
 * printed_appointment} may be given on any row, typically the RECEIVED one. A dossier code that
 * reappears after another dossier started is {@link
 * io.github.proctime.formats.FormatRule#DUPLICATE_CODE}. Date-times are ISO-8601 with an offset,
 * exactly as in the JSON formats.
 *
 * <p>A record is a dossier: in lenient mode a dossier with any bad row is skipped whole. A row
 * whose dossier code cannot be read (empty cell, broken quoting) belongs to the dossier being read,
 * or is a record of its own if it comes first. A quote left open at the end of the input cannot be
 * skipped and ends reading even in lenient mode. Only the current dossier and the set of codes seen
 * so far are held in memory.
 *
 * <p>The writer prints every column, the dossier-level ones on every row, instants with the offset
 * of Asia/Ho_Chi_Minh unless told otherwise, and CRLF line ends. It does not neutralise
 * formula-like cells ({@link SpreadsheetCells}) because this is an interchange format that must
 * read back equal; reports meant for spreadsheets do. An optional text that is present but empty is
 * written as an empty cell and therefore reads back as absent.
 *
 * <pre>{@code
 * try (RecordReader<Dossier> in = EventLogCsv.reader(reader, ReadOptions.strict("events.csv"))) {
 *   in.forEachRemaining(evaluator);
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; the readers and writers it returns are not.
 */
public final class EventLogCsv {
  private EventLogCsv() {}

  /**
   * The column names the writer prints, in order.
   *
   * @return the header row
   */
  public static List<String> header() {
    List<String> out = new ArrayList<>();
    for (EventLogColumn c : EventLogColumn.values()) {
      out.add(c.header());
    }
    return List.copyOf(out);
  }

  /**
   * Reads dossiers, grouping contiguous rows.
   *
   * @param in the CSV text; closed when the reader is closed
   * @param options the source name and the strict or lenient mode
   * @return the reader
   */
  public static RecordReader<Dossier> reader(Reader in, ReadOptions options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    return new EventLogCsvReader(in, options);
  }

  /**
   * Writes an event log whose instants carry the offset of Asia/Ho_Chi_Minh (+07:00).
   *
   * @param out the output; closed when the writer is closed
   * @return the writer, having written the header; its {@code write} throws {@link
   *     IllegalArgumentException} for a dossier without events, which has no row to go in
   */
  public static RecordWriter<Dossier> writer(Writer out) {
    return writer(out, Times.VIETNAM);
  }

  /**
   * Writes an event log whose instants carry the offset of a given zone.
   *
   * @param out the output; closed when the writer is closed
   * @param zone the zone whose offset is printed with each instant
   * @return the writer, having written the header
   */
  public static RecordWriter<Dossier> writer(Writer out, ZoneId zone) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(zone, "zone");
    return new EventLogCsvWriter(out, zone);
  }
}
