package io.github.proctime.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.proctime.core.Dossier;
import io.github.proctime.formats.csv.EventLogCsv;
import io.github.proctime.formats.internal.CsvPrinter;
import io.github.proctime.formats.internal.CsvTokenizer;
import io.github.proctime.formats.json.DossierNdjson;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lenient reading over inputs with some dossiers broken: the counts always add up, exactly the
 * broken dossiers are rejected, and the others read back equal.
 */
class LenientReadingProperties {
  /** Which dossiers to break: bit i of the mask breaks dossier i. */
  private static boolean broken(int mask, int i) {
    return (mask >> i & 1) == 1;
  }

  private static <T> ReadReport readLenient(RecordReader<T> reader, List<T> accepted) {
    try (RecordReader<T> r = reader) {
      r.forEachRemaining(accepted::add);
      return r.report();
    }
  }

  @Test
  void ndjsonRejectsExactlyTheBrokenLines() {
    qt().withExamples(300)
        .forAll(
            FormatsGenerators.dossierLists(), integers().between(0, 255), integers().between(0, 2))
        .checkAssert(
            (dossiers, mask, how) -> {
              String[] lines = RoundTrips.write(dossiers, DossierNdjson::writer).split("\n");
              StringBuilder input = new StringBuilder(lines[0]).append('\n');
              List<Dossier> kept = new ArrayList<>();
              List<Long> brokenLines = new ArrayList<>();
              for (int i = 0; i < dossiers.size(); i++) {
                String line = lines[i + 1];
                if (broken(mask, i)) {
                  line =
                      switch (how) {
                        case 0 -> line.substring(0, line.length() / 2);
                        case 1 ->
                            line.replaceFirst("\"channel\":\"[A-Z_]+\"", "\"channel\":\"DESK\"");
                        default -> line.replaceFirst("\\+07:00\"", "\"");
                      };
                  brokenLines.add(i + 2L);
                } else {
                  kept.add(dossiers.get(i));
                }
                input.append(line).append('\n');
              }
              List<Dossier> accepted = new ArrayList<>();
              ReadReport report =
                  readLenient(
                      DossierNdjson.reader(
                          new StringReader(input.toString()), ReadOptions.lenient("p")),
                      accepted);
              assertEquals(kept, accepted);
              assertEquals(dossiers.size(), report.read());
              assertEquals(report.read(), report.accepted() + report.rejected());
              assertEquals(brokenLines.size(), report.rejected());
              assertEquals(
                  brokenLines, report.rejections().stream().map(FormatException::line).toList());
            });
  }

  @Test
  void csvRejectsExactlyTheDossiersWithABrokenRow() {
    qt().withExamples(300)
        .forAll(FormatsGenerators.dossierLists(), integers().between(0, 255))
        .checkAssert(
            (dossiers, mask) -> {
              try {
                CsvTokenizer rows =
                    new CsvTokenizer(
                        new StringReader(RoundTrips.write(dossiers, EventLogCsv::writer)));
                StringWriter out = new StringWriter();
                CsvPrinter printer = new CsvPrinter(out);
                printer.row(rows.next().cells());
                List<Dossier> kept = new ArrayList<>();
                for (int i = 0; i < dossiers.size(); i++) {
                  int events = dossiers.get(i).events().size();
                  for (int j = 0; j < events; j++) {
                    List<String> cells = new ArrayList<>(rows.next().cells());
                    if (broken(mask, i) && j == events - 1) {
                      cells.set(6, "NOT_AN_EVENT");
                    }
                    printer.row(cells);
                  }
                  if (!broken(mask, i)) {
                    kept.add(dossiers.get(i));
                  }
                }
                List<Dossier> accepted = new ArrayList<>();
                ReadReport report =
                    readLenient(
                        EventLogCsv.reader(
                            new StringReader(out.toString()), ReadOptions.lenient("c")),
                        accepted);
                assertEquals(kept, accepted);
                assertEquals(dossiers.size(), report.read());
                assertEquals(report.read(), report.accepted() + report.rejected());
                assertEquals(dossiers.size() - kept.size(), report.rejected());
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            });
  }
}
