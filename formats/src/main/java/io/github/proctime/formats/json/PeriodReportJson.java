package io.github.proctime.formats.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.proctime.core.report.PeriodReport;
import io.github.proctime.formats.HeaderLanguage;
import io.github.proctime.formats.internal.ReportTables;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Writes a period report as one JSON document (format {@code proctime.report}, version 1).
 *
 * <p>The document carries the period, the judgement instant, the delay totals, and one array of
 * objects per table (figures, late officials, late units, indicator 766), keyed by the English
 * snake_case column names; rates are fractions, days and hours decimals, and a figure that does not
 * exist is {@code null}.
 *
 * <pre>{@code
 * PeriodReportJson.write(report, writer);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PeriodReportJson {
  /** The format name written in every document. */
  public static final String FORMAT = "proctime.report";

  /** The format version written in every document. */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PeriodReportJson() {}

  /**
   * Writes the report.
   *
   * @param report the report
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void write(PeriodReport report, Writer out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    JsonGenerator g =
        MAPPER.getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.useDefaultPrettyPrinter();
    g.writeStartObject();
    g.writeStringField("format", FORMAT);
    g.writeNumberField("formatVersion", FORMAT_VERSION);
    g.writeStringField("periodStart", report.period().startInclusive().toString());
    g.writeStringField("periodEndExclusive", report.period().endExclusive().toString());
    g.writeStringField("zone", report.period().zone().getId());
    g.writeStringField(
        "judgedAt",
        io.github.proctime.formats.internal.Times.printOffsetDateTime(
            report.judgedAt(), report.period().zone()));
    g.writeStringField("timeline", report.timeline().name());
    g.writeNumberField("entries", report.entries());
    g.writeNumberField("outsidePeriod", report.outsidePeriod());
    g.writeNumberField("officialDelayHours", hours(report.officialDelay().toMinutes()));
    g.writeNumberField("applicantDelayHours", hours(report.applicantDelay().toMinutes()));
    g.writeNumberField("unattributedDelayHours", hours(report.unattributedDelay().toMinutes()));
    for (ReportTables.Table table : ReportTables.all(report, HeaderLanguage.ENGLISH)) {
      List<String> keys = table.header(HeaderLanguage.ENGLISH);
      g.writeArrayFieldStart(table.name());
      for (List<Object> row : table.rows()) {
        g.writeStartObject();
        for (int c = 0; c < row.size(); c++) {
          Object cell = row.get(c);
          g.writeFieldName(keys.get(c));
          if (cell == null) {
            g.writeNull();
          } else if (cell instanceof Long) {
            g.writeNumber((Long) cell);
          } else if (cell instanceof BigDecimal) {
            g.writeNumber((BigDecimal) cell);
          } else {
            g.writeString(cell.toString());
          }
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.flush();
  }

  private static BigDecimal hours(long minutes) {
    return BigDecimal.valueOf(minutes)
        .divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP);
  }
}
