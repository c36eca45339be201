package io.github.proctime.examples.demo;

import io.github.proctime.calendar.WorkingCalendar;
import io.github.proctime.calendar.WorkingCalendars;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.Procedure;
import io.github.proctime.formats.RecordWriter;
import io.github.proctime.formats.json.DossierNdjson;
import io.github.proctime.formats.json.ProcedureJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The demo's data: the bundled month and the generator settings behind it.
 *
 * <p>The bundled dataset covers dossiers received from 1 December 2024 to 31 January 2025 in the
 * {@link DemoProvince}, exported on 7 February 2025; the demo reports January 2025, so December's
 * dossiers that were still open carry over, and January's include those received just before the
 * Tết closure (27-31 January 2025). Regenerate it with {@code main}: the result is the same for the
 * same seed.
 */
public final class DemoData {
  /** The seed of the bundled dataset. */
  public static final long SEED = 20250131L;

  /** How many dossiers the bundled dataset holds. */
  public static final int BUNDLED_COUNT = 3000;

  /** The month the demo reports. */
  public static final YearMonth MONTH = YearMonth.of(2025, 1);

  /** The first receipt date of the dataset. */
  public static final LocalDate FIRST_RECEIPT = LocalDate.of(2024, 12, 1);

  /** The instant the dataset was exported from the (imaginary) vendor system. */
  public static final Instant EXPORTED_AT =
      OffsetDateTime.parse("2025-02-07T17:00+07:00").toInstant();

  /** The classpath resource holding the procedure catalogue. */
  public static final String PROCEDURES_RESOURCE =
      "/io/github/proctime/examples/demo/procedures.json";

  /** The classpath resource holding the dossiers, gzipped NDJSON. */
  public static final String DOSSIERS_RESOURCE =
      "/io/github/proctime/examples/demo/dossiers-2024-12-2025-01.ndjson.gz";

  private DemoData() {}

  /**
   * The demo province of the bundled dataset.
   *
   * @return the province
   */
  public static DemoProvince province() {
    return DemoProvince.of(SEED);
  }

  /**
   * The generator of the bundled dataset; {@code dossiers(n)} for n above {@link #BUNDLED_COUNT}
   * gives a larger dataset over the same months.
   *
   * @param calendar the working calendar
   * @return the generator
   */
  public static DossierGenerator generator(WorkingCalendar calendar) {
    return DossierGenerator.of(
        province(), calendar, SEED, FIRST_RECEIPT, MONTH.atEndOfMonth().plusDays(1), EXPORTED_AT);
  }

  /**
   * Writes the procedure catalogue as JSON.
   *
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void writeProcedures(Writer out) throws IOException {
    try (RecordWriter<Procedure> writer = ProcedureJson.writer(out)) {
      for (Procedure p : province().procedures()) {
        writer.write(p);
      }
    }
  }

  /**
   * Streams generated dossiers to NDJSON, never holding more than one in memory.
   *
   * @param calendar the working calendar
   * @param count how many dossiers
   * @param out where to write
   * @param progress told the number of dossiers written so far, every 10,000
   * @throws IOException if writing fails
   */
  public static void writeDossiers(
      WorkingCalendar calendar, long count, Writer out, LongConsumer progress) throws IOException {
    DossierGenerator generator = generator(calendar);
    try (RecordWriter<Dossier> writer = DossierNdjson.writer(out)) {
      for (long i = 0; i < count; i++) {
        writer.write(generator.dossier(i));
        if ((i + 1) % 10_000 == 0) {
          progress.accept(i + 1);
        }
      }
    }
  }

  /**
   * Opens a bundled resource.
   *
   * @param resource the resource name
   * @return the stream, gunzipped if the name ends in .gz
   */
  public static InputStream open(String resource) {
    InputStream in = DemoData.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Bundled demo resource is missing: " + resource);
    }
    try {
      return resource.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Regenerates the bundled dataset into a resources folder.
   *
   * @param args the resources folder, by default {@code examples/src/main/resources}
   * @throws IOException if writing fails
   */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : "examples/src/main/resources");
    Path procedures = root.resolve(PROCEDURES_RESOURCE.substring(1));
    Path dossiers = root.resolve(DOSSIERS_RESOURCE.substring(1));
    Files.createDirectories(procedures.getParent());
    try (Writer out = Files.newBufferedWriter(procedures, StandardCharsets.UTF_8)) {
      writeProcedures(out);
    }
    try (OutputStream file = Files.newOutputStream(dossiers);
        GZIPOutputStream gzip = new GZIPOutputStream(file, 1 << 16);
        Writer out = new BufferedWriter(new OutputStreamWriter(gzip, StandardCharsets.UTF_8))) {
      writeDossiers(WorkingCalendars.vietnam(), BUNDLED_COUNT, out, n -> {});
    }
    System.out.println("wrote " + procedures + " and " + dossiers);
  }
}
