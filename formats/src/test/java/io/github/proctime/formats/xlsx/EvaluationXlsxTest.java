package io.github.proctime.formats.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.proctime.calendar.WorkingCalendars;
import io.github.proctime.core.Dossier;
import io.github.proctime.core.Evaluation;
import io.github.proctime.core.EvaluationMode;
import io.github.proctime.core.Evaluator;
import io.github.proctime.core.ProcedureCatalogue;
import io.github.proctime.formats.Fixtures;
import io.github.proctime.formats.HeaderLanguage;
import io.github.proctime.formats.RecordWriter;
import io.github.proctime.formats.internal.CsvTokenizer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** The workbook is read back with fastexcel's reader and compared with the CSV golden files. */
class EvaluationXlsxTest {
  private static final Set<Integer> DATE_TIMES = Set.of(3, 4, 5, 6, 7, 8, 9);
  private static final Set<Integer> HOURS = Set.of(10, 11, 12);
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private static byte[] write(List<Evaluation> evaluations, HeaderLanguage language) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter<Evaluation> w = EvaluationXlsx.writer(out, language, VIETNAM)) {
      evaluations.forEach(w::write);
    }
    return out.toByteArray();
  }

  /** The sheet's cells as the CSV report writes them, and the sheet's name first. */
  private static List<List<String>> readBack(byte[] xlsx) throws Exception {
    List<List<String>> table = new ArrayList<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = wb.getFirstSheet();
      table.add(List.of(sheet.getName()));
      for (Row row : sheet.read()) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < 17; c++) {
          if (row.getRowNum() == 1 || row.getCell(c) == null || row.getCellText(c).isEmpty()) {
            cells.add(row.getCell(c) == null ? "" : row.getCellText(c));
          } else if (DATE_TIMES.contains(c)) {
            cells.add(
                row.getCellAsDate(c)
                    .get()
                    .atZone(VIETNAM)
                    .toOffsetDateTime()
                    .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
          } else if (HOURS.contains(c)) {
            cells.add(
                row.getCellAsNumber(c).get().setScale(2, RoundingMode.UNNECESSARY).toPlainString());
          } else {
            cells.add(row.getCellText(c));
          }
        }
        table.add(cells);
      }
    }
    return table;
  }

  private static List<List<String>> csv(String resource, String sheetName) throws Exception {
    List<List<String>> table = new ArrayList<>();
    table.add(List.of(sheetName));
    CsvTokenizer t = new CsvTokenizer(new StringReader(Fixtures.resource(resource)));
    for (CsvTokenizer.Row r = t.next(); r != null; r = t.next()) {
      table.add(r.cells());
    }
    return table;
  }

  @Test
  void vietnameseWorkbookHoldsTheGoldenReport() throws Exception {
    assertEquals(
        csv("/io/github/proctime/formats/golden/evaluations-vi.csv", "Kết quả"),
        readBack(write(Fixtures.evaluations(), HeaderLanguage.VIETNAMESE)));
  }

  @Test
  void englishWorkbookHoldsTheGoldenReport() throws Exception {
    assertEquals(
        csv("/io/github/proctime/formats/golden/evaluations-en.csv", "Evaluations"),
        readBack(write(Fixtures.evaluations(), HeaderLanguage.ENGLISH)));
  }

  @Test
  void theDefaultWriterIsVietnamese() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter<Evaluation> w = EvaluationXlsx.writer(out)) {
      Fixtures.evaluations().forEach(w::write);
    }
    assertEquals("Mã hồ sơ", readBack(out.toByteArray()).get(1).get(0));
  }

  @Test
  void formulaLikeCodesAreNeutralised() throws Exception {
    Dossier d = Dossier.builder().from(Fixtures.apologisedDossier()).code("@SUM(A1:A9)").build();
    Evaluation e =
        Evaluator.builder()
            .calendar(WorkingCalendars.vietnam())
            .procedures(ProcedureCatalogue.of(Fixtures.shortProcedure()))
            .mode(EvaluationMode.LENIENT)
            .build()
            .evaluate(d, Fixtures.at("2025-03-31T17:00"));
    assertEquals("'@SUM(A1:A9)", readBack(write(List.of(e), HeaderLanguage.ENGLISH)).get(2).get(0));
  }
}
