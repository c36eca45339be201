package io.github.proctime.formats.internal;

import static io.github.proctime.formats.internal.EventLogColumn.APPLICANT;
import static io.github.proctime.formats.internal.EventLogColumn.CHANNEL;
import static io.github.proctime.formats.internal.EventLogColumn.DOSSIER_CODE;
import static io.github.proctime.formats.internal.EventLogColumn.EVENT_TYPE;
import static io.github.proctime.formats.internal.EventLogColumn.NEW_APPOINTMENT;
import static io.github.proctime.formats.internal.EventLogColumn.NOTE;
import static io.github.proctime.formats.internal.EventLogColumn.OCCURRED_AT;
import static io.github.proctime.formats.internal.EventLogColumn.OFFICIAL;
import static io.github.proctime.formats.internal.EventLogColumn.PRINTED_APPOINTMENT;
import static io.github.proctime.formats.internal.EventLogColumn.PROCEDURE_CODE;
import static io.github.proctime.formats.internal.EventLogColumn.REASON;
import static io.github.proctime.formats.internal.EventLogColumn.RECEIVING_UNIT;
import static io.github.proctime.formats.internal.EventLogColumn.RECORDED_AT;
import static io.github.proctime.formats.internal.EventLogColumn.STEP;
import static io.github.proctime.formats.internal.EventLogColumn.TO_OFFICIAL;
import static io.github.proctime.formats.internal.EventLogColumn.TO_UNIT;
import static io.github.proctime.formats.internal.EventLogColumn.UNIT;

import io.github.proctime.core.Channel;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.DossierEvent;
import io.github.proctime.core.EventType;
import io.github.proctime.formats.FormatException;
import io.github.proctime.formats.FormatRule;
import io.github.proctime.formats.ReadOptions;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the CSV event log and groups its rows into dossiers as it streams.
 *
 * <p>The rows of one dossier are contiguous; a row with another code ends the dossier. A row whose
 * dossier code cannot be read belongs to the dossier being read (and makes it bad), or is a record
 * of its own when it comes first.
 */
public final class EventLogCsvReader extends AbstractRecordReader<Dossier> {
  private final CsvTokenizer tokenizer;
  private final int[] index = new int[EventLogColumn.values().length];
  private final CodeSet seenCodes = new CodeSet();
  private int width;
  private boolean headerRead;
  private Line pending;

  /** A row, or the syntax error that replaced it; a fatal error ends the input. */
  private record Line(CsvTokenizer.Row row, FormatException error, boolean fatal) {}

  public EventLogCsvReader(Reader in, ReadOptions options) {
    super(options, in);
    this.tokenizer = new CsvTokenizer(in);
    Arrays.fill(index, -1);
  }

  @Override
  protected Dossier readRecord() throws IOException {
    if (!headerRead) {
      readHeader();
    }
    Group group = null;
    while (true) {
      Line line = pending != null ? pending : nextLine();
      pending = null;
      if (line == null) {
        return group == null ? null : group.finish();
      }
      if (line.fatal) {
        if (group != null) {
          // The broken text may hold more rows of this dossier: it cannot be accepted as read.
          pending = line;
          if (group.error == null) {
            group.error =
                FormatException.builder(FormatRule.MALFORMED_SYNTAX, options().source())
                    .line(line.error.line())
                    .column(line.error.column())
                    .dossierCode(group.code)
                    .detail(
                        "the text after this dossier's rows cannot be read, so its rows may be"
                            + " incomplete")
                    .build();
          }
          return group.finish();
        }
        unrecoverable();
        throw line.error;
      }
      String code = line.row == null ? null : cell(line.row, DOSSIER_CODE);
      if (group == null) {
        if (code == null) {
          throw line.error != null ? line.error : missing(line.row, DOSSIER_CODE, null);
        }
        group = new Group(code);
        if (!seenCodes.add(code)) {
          group.error =
              problem(FormatRule.DUPLICATE_CODE, line.row, DOSSIER_CODE, code)
                  .detail("the rows of one dossier must be contiguous and its code used once")
                  .build();
        }
        group.add(line);
      } else if (code == null || code.equals(group.code)) {
        group.add(line);
      } else {
        pending = line;
        return group.finish();
      }
    }
  }

  private Line nextLine() throws IOException {
    try {
      CsvTokenizer.Row row = tokenizer.next();
      return row == null ? null : new Line(row, null, false);
    } catch (CsvTokenizer.SyntaxError e) {
      FormatException f =
          FormatException.builder(FormatRule.MALFORMED_SYNTAX, options().source())
              .line(e.line())
              .column(e.cell())
              .detail(e.getMessage())
              .build();
      return new Line(null, f, !e.isRecoverable());
    }
  }

  private void readHeader() throws IOException {
    headerRead = true;
    Line line = nextLine();
    if (line != null && line.error() != null) {
      unrecoverable();
      throw line.error;
    }
    List<String> names = line == null ? List.of() : line.row.cells();
    width = names.size();
    for (int i = 0; i < names.size(); i++) {
      EventLogColumn column = EventLogColumn.byHeader(names.get(i));
      if (column == null || index[column.ordinal()] >= 0) {
        unrecoverable();
        throw FormatException.builder(FormatRule.UNKNOWN_COLUMN, options().source())
            .line(1)
            .column(i + 1)
            .field(names.get(i))
            .value(names.get(i))
            .detail(column == null ? "known columns are " + headers() : "the column is named twice")
            .build();
      }
      index[column.ordinal()] = i;
    }
    for (EventLogColumn column : EventLogColumn.values()) {
      if (column.isRequired() && index[column.ordinal()] < 0) {
        unrecoverable();
        throw FormatException.builder(FormatRule.MISSING_COLUMN, options().source())
            .line(1)
            .field(column.header())
            .detail("the header must name the columns " + required())
            .build();
      }
    }
  }

  private static List<String> headers() {
    List<String> out = new ArrayList<>();
    for (EventLogColumn c : EventLogColumn.values()) {
      out.add(c.header());
    }
    return out;
  }

  private static List<String> required() {
    List<String> out = new ArrayList<>();
    for (EventLogColumn c : EventLogColumn.values()) {
      if (c.isRequired()) {
        out.add(c.header());
      }
    }
    return out;
  }

  /** The non-empty text of a cell, or null if the column is absent, the cell missing or empty. */
  private String cell(CsvTokenizer.Row row, EventLogColumn column) {
    int i = index[column.ordinal()];
    if (i < 0 || i >= row.cells().size() || row.cells().get(i).isEmpty()) {
      return null;
    }
    return row.cells().get(i);
  }

  private FormatException.Builder problem(
      FormatRule rule, CsvTokenizer.Row row, EventLogColumn column, String value) {
    return FormatException.builder(rule, options().source())
        .line(row.line())
        .column(index[column.ordinal()] + 1)
        .field(column.header())
        .value(value)
        .dossierCode(cell(row, DOSSIER_CODE));
  }

  private FormatException missing(CsvTokenizer.Row row, EventLogColumn column, String detail) {
    return problem(FormatRule.MISSING_FIELD, row, column, null).detail(detail).build();
  }

  private String required(CsvTokenizer.Row row, EventLogColumn column) {
    String text = cell(row, column);
    if (text == null) {
      throw missing(row, column, null);
    }
    if (text.isBlank()) {
      throw problem(FormatRule.INVALID_VALUE, row, column, text)
          .detail("must not be blank")
          .build();
    }
    return text;
  }

  private Instant instant(CsvTokenizer.Row row, EventLogColumn column, String text) {
    try {
      return Times.parseOffsetDateTime(text);
    } catch (Times.BadTime e) {
      throw problem(
              e.failure() == Times.Failure.NO_OFFSET
                  ? FormatRule.OFFSET_REQUIRED
                  : FormatRule.INVALID_DATE_TIME,
              row,
              column,
              text)
          .detail("expected an ISO-8601 date-time with offset, such as 2025-03-03T08:00+07:00")
          .cause(e)
          .build();
    }
  }

  private Optional<Instant> optionalInstant(CsvTokenizer.Row row, EventLogColumn column) {
    String text = cell(row, column);
    return text == null ? Optional.empty() : Optional.of(instant(row, column, text));
  }

  private Optional<String> optional(CsvTokenizer.Row row, EventLogColumn column) {
    return Optional.ofNullable(cell(row, column));
  }

  /** The rows of one dossier, read so far. */
  private final class Group {
    final String code;
    final List<DossierEvent> events = new ArrayList<>();
    FormatException error;
    String procedureCode;
    String receivingUnit;
    Channel channel;
    String applicant;
    Instant printedAppointment;

    Group(String code) {
      this.code = code;
    }

    void add(Line line) {
      if (error != null) {
        return;
      }
      if (line.error != null) {
        error = line.error;
        return;
      }
      try {
        addRow(line.row);
      } catch (FormatException e) {
        error = e;
      }
    }

    private void addRow(CsvTokenizer.Row row) {
      if (row.cells().size() != width) {
        throw FormatException.builder(FormatRule.WRONG_CELL_COUNT, options().source())
            .line(row.line())
            .column(Math.min(row.cells().size(), width) + 1)
            .value(String.valueOf(row.cells().size()))
            .dossierCode(cell(row, DOSSIER_CODE))
            .detail("the header has " + width + " cells")
            .build();
      }
      boolean first = events.isEmpty();
      if (first) {
        procedureCode = required(row, PROCEDURE_CODE);
        receivingUnit = required(row, RECEIVING_UNIT);
        String channelText = required(row, CHANNEL);
        channel =
            Codes.enumValue(
                Channel.class,
                channelText,
                problem(FormatRule.UNKNOWN_VALUE, row, CHANNEL, channelText),
                CHANNEL.header());
      } else {
        same(row, PROCEDURE_CODE, procedureCode);
        same(row, RECEIVING_UNIT, receivingUnit);
        same(row, CHANNEL, channel.name());
      }
      String applicantText = cell(row, APPLICANT);
      if (applicantText != null) {
        if (applicant == null) {
          applicant = applicantText;
        } else {
          same(row, APPLICANT, applicant);
        }
      }
      String printedText = cell(row, PRINTED_APPOINTMENT);
      if (printedText != null) {
        Instant printed = instant(row, PRINTED_APPOINTMENT, printedText);
        if (printedAppointment == null) {
          printedAppointment = printed;
        } else if (!printed.equals(printedAppointment)) {
          throw inconsistent(row, PRINTED_APPOINTMENT, printedText);
        }
      }
      String typeText = required(row, EVENT_TYPE);
      events.add(
          DossierEvent.builder()
              .type(
                  Codes.enumValue(
                      EventType.class,
                      typeText,
                      problem(FormatRule.UNKNOWN_VALUE, row, EVENT_TYPE, typeText),
                      EVENT_TYPE.header()))
              .occurredAt(instant(row, OCCURRED_AT, required(row, OCCURRED_AT)))
              .recordedAt(instant(row, RECORDED_AT, required(row, RECORDED_AT)))
              .official(optional(row, OFFICIAL))
              .unit(optional(row, UNIT))
              .toOfficial(optional(row, TO_OFFICIAL))
              .toUnit(optional(row, TO_UNIT))
              .step(optional(row, STEP))
              .reason(optional(row, REASON))
              .newAppointment(optionalInstant(row, NEW_APPOINTMENT))
              .note(optional(row, NOTE))
              .build());
    }

    private void same(CsvTokenizer.Row row, EventLogColumn column, String expected) {
      String text = cell(row, column);
      if (text != null && !Objects.equals(text, expected)) {
        throw inconsistent(row, column, text);
      }
    }

    private FormatException inconsistent(CsvTokenizer.Row row, EventLogColumn column, String text) {
      return problem(FormatRule.INCONSISTENT_DOSSIER, row, column, text)
          .detail("an earlier row of this dossier has a different " + column.header())
          .build();
    }

    Dossier finish() {
      if (error != null) {
        throw error;
      }
      return Dossier.builder()
          .code(code)
          .procedureCode(procedureCode)
          .receivingUnit(receivingUnit)
          .channel(channel)
          .applicant(Optional.ofNullable(applicant))
          .printedAppointment(Optional.ofNullable(printedAppointment))
          .events(events)
          .build();
    }
  }
}
