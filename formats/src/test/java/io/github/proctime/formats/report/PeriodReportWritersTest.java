package io.github.proctime.formats.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.proctime.calendar.WorkingCalendars;
import io.github.proctime.core.Attributor;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.DossierEvent;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.EvaluationMode;
import io.github.proctime.core.Evaluator;
import io.github.proctime.core.ProcedureCatalogue;
import io.github.proctime.core.report.PeriodReport;
import io.github.proctime.core.report.ReportAggregator;
import io.github.proctime.core.report.ReportColumn;
import io.github.proctime.core.report.ReportEntry;
import io.github.proctime.core.report.ReportPeriod;
import io.github.proctime.formats.Fixtures;
import io.github.proctime.formats.HeaderLanguage;
import io.github.proctime.formats.csv.PeriodReportCsv;
import io.github.proctime.formats.internal.ReportTables;
import io.github.proctime.formats.json.PeriodReportJson;
import io.github.proctime.formats.xlsx.PeriodReportXlsx;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** The period report writers on a fixed month: golden CSV, XLSX read back, JSON parsed back. */
class PeriodReportWritersTest {
  private static final String DIR = "/io/github/proctime/formats/golden/";

  /** The fixture dossiers, one of them handled by an official whose name is a formula. */
  static PeriodReport report() {
    Evaluator evaluator =
        Evaluator.builder()
            .calendar(WorkingCalendars.vietnam())
            .procedures(ProcedureCatalogue.of(Fixtures.procedure(), Fixtures.shortProcedure()))
            .mode(EvaluationMode.LENIENT)
            .build();
    Attributor attributor = Attributor.of(WorkingCalendars.vietnam());
    ReportAggregator aggregator =
        ReportAggregator.builder().period(ReportPeriod.ofMonth(YearMonth.of(2025, 3))).build();
    List<Dossier> dossiers = new ArrayList<>(Fixtures.dossiers());
    Dossier first = dossiers.get(0);
    List<DossierEvent> renamed = new ArrayList<>();
    for (DossierEvent e : first.events()) {
      DossierEvent.Builder b = DossierEvent.builder().from(e);
      e.official().filter(o -> o.equals("Lê Thị Cúc")).ifPresent(o -> b.official("=HYPERLINK(1)"));
      e.toOfficial()
          .filter(o -> o.equals("Lê Thị Cúc"))
          .ifPresent(o -> b.toOfficial("=HYPERLINK(1)"));
      renamed.add(b.build());
    }
    dossiers.set(0, Dossier.builder().from(first).events(renamed).build());
    for (Dossier d : dossiers) {
      Evaluation e = evaluator.evaluate(d, aggregator.judgedAt());
      aggregator.add(ReportEntry.of(d, e, attributor.attribute(e)));
    }
    return aggregator.report();
  }

  private static String csv(PeriodReportCsv.Table table, HeaderLanguage language)
      throws IOException {
    StringWriter out = new StringWriter();
    PeriodReportCsv.write(report(), table, out, language);
    return out.toString();
  }

  /**
   * Compares with a golden file; run with {@code -Dproctime.golden.update=true} (from the module
   * folder) to rewrite the golden files after a deliberate change, then review the diff.
   */
  private static void assertGolden(String name, String actual) throws IOException {
    if (Boolean.getBoolean("proctime.golden.update")) {
      java.nio.file.Files.writeString(
          java.nio.file.Path.of("src/test/resources" + DIR + name), actual);
      return;
    }
    assertEquals(Fixtures.resource(DIR + name), actual);
  }

  @Test
  void csvTablesMatchTheGoldenFiles() throws IOException {
    assertGolden(
        "report-figures-vi.csv", csv(PeriodReportCsv.Table.FIGURES, HeaderLanguage.VIETNAMESE));
    assertGolden(
        "report-figures-en.csv", csv(PeriodReportCsv.Table.FIGURES, HeaderLanguage.ENGLISH));
    assertGolden(
        "report-late-officials.csv",
        csv(PeriodReportCsv.Table.LATE_OFFICIALS, HeaderLanguage.VIETNAMESE));
    assertGolden(
        "report-late-units.csv", csv(PeriodReportCsv.Table.LATE_UNITS, HeaderLanguage.VIETNAMESE));
    assertGolden(
        "report-indicator-766.csv",
        csv(PeriodReportCsv.Table.INDICATOR_766, HeaderLanguage.ENGLISH));
  }

  @Test
  void formulaNamesAreNeutralisedInEveryTable() throws IOException {
    String officials = csv(PeriodReportCsv.Table.FIGURES, HeaderLanguage.ENGLISH);
    assertTrue(officials.contains("OFFICIAL,'=HYPERLINK(1)"), officials);
    assertTrue(!officials.contains(",=HYPERLINK"), officials);
    for (boolean late : new boolean[] {true, false}) {
      ReportTables.Table table = ReportTables.late(report(), late);
      int codes = table.columns().indexOf(ReportColumn.DOSSIER_CODES);
      assertTrue(table.isInputText(codes), "dossier codes come from the input");
      assertTrue(table.isInputText(0), "names come from the input");
    }
  }

  @Test
  void xlsxHoldsTheSameFiguresAsTheCsv() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PeriodReportXlsx.write(report(), bytes, HeaderLanguage.ENGLISH);
    List<String> csvLines =
        csv(PeriodReportCsv.Table.FIGURES, HeaderLanguage.ENGLISH).lines().toList();
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
      List<Sheet> sheets = workbook.getSheets().toList();
      assertEquals(
          List.of("Figures", "Late officials", "Late units", "Indicator 2.1 (Decision 766)"),
          sheets.stream().map(Sheet::getName).toList());
      List<Row> rows = sheets.get(0).read();
      assertEquals(csvLines.size(), rows.size());
      for (int r = 0; r < rows.size(); r++) {
        String[] expected = csvLines.get(r).split(",", -1);
        Row row = rows.get(r);
        for (int c = 0; c < expected.length; c++) {
          String cell = row.getCellText(c);
          if (expected[c].matches("-?\\d+(\\.\\d+)?")) {
            assertEquals(
                Double.parseDouble(expected[c]),
                Double.parseDouble(cell),
                1e-9,
                "row " + r + " col " + c);
          } else {
            assertEquals(expected[c], cell == null ? "" : cell, "row " + r + " col " + c);
          }
        }
      }
    }
  }

  @Test
  void jsonCarriesEveryTableWithTheFormatVersion() throws IOException {
    StringWriter out = new StringWriter();
    PeriodReport report = report();
    PeriodReportJson.write(report, out);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertEquals("proctime.report", json.get("format").asText());
    assertEquals(1, json.get("formatVersion").asInt());
    assertEquals("2025-03-01", json.get("periodStart").asText());
    assertEquals("2025-04-01T00:00:00+07:00", json.get("judgedAt").asText());
    JsonNode province = json.get("figures").get(0);
    assertEquals("PROVINCE", province.get("dimension").asText());
    assertEquals(report.total().toProcess(), province.get("to_process").asLong());
    assertEquals(report.lateOfficials().size(), json.get("late_officials").size());
    assertEquals(
        report.lateOfficials().stream().map(p -> p.name()).collect(Collectors.toList()),
        iterate(json.get("late_officials")).stream().map(n -> n.get("official").asText()).toList());
    assertEquals(
        report.indicator766().denominator(),
        json.get("indicator_766").get(0).get("indicator_766_denominator").asLong());
  }

  private static List<JsonNode> iterate(JsonNode array) {
    List<JsonNode> list = new ArrayList<>();
    array.forEach(list::add);
    return list;
  }
}
