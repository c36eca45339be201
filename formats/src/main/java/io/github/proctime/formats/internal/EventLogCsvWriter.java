package io.github.proctime.formats.internal;

import io.github.proctime.core.Dossier;
import io.github.proctime.core.DossierEvent;
import io.github.proctime.formats.RecordWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Writes the CSV event log: the header, then one row per event with the dossier's columns. */
public final class EventLogCsvWriter implements RecordWriter<Dossier> {
  private final CsvPrinter printer;
  private final ZoneId zone;
  private boolean closed;

  public EventLogCsvWriter(Writer out, ZoneId zone) {
    this.printer = new CsvPrinter(out);
    this.zone = zone;
    List<String> header = new ArrayList<>();
    for (EventLogColumn c : EventLogColumn.values()) {
      header.add(c.header());
    }
    try {
      printer.row(header);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void write(Dossier d) {
    Objects.requireNonNull(d, "record");
    if (closed) {
      throw new IllegalStateException("The writer is closed");
    }
    if (d.events().isEmpty()) {
      throw new IllegalArgumentException(
          "Dossier " + d.code() + " has no events: the CSV event log has one row per event");
    }
    try {
      for (DossierEvent e : d.events()) {
        printer.row(
            List.of(
                d.code(),
                d.procedureCode(),
                d.receivingUnit(),
                d.channel().name(),
                d.applicant().orElse(""),
                instant(d.printedAppointment()),
                e.type().name(),
                Times.printOffsetDateTime(e.occurredAt(), zone),
                Times.printOffsetDateTime(e.recordedAt(), zone),
                e.official().orElse(""),
                e.unit().orElse(""),
                e.toOfficial().orElse(""),
                e.toUnit().orElse(""),
                e.step().orElse(""),
                e.reason().orElse(""),
                instant(e.newAppointment()),
                e.note().orElse("")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String instant(Optional<Instant> value) {
    return value.map(i -> Times.printOffsetDateTime(i, zone)).orElse("");
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      printer.flush();
      printer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
