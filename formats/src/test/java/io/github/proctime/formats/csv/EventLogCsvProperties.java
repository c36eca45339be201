package io.github.proctime.formats.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.proctime.formats.FormatsGenerators;
import io.github.proctime.formats.RoundTrips;
import org.junit.jupiter.api.Test;

class EventLogCsvProperties {
  @Test
  void eventLogReadsBackEqual() {
    qt().withExamples(300)
        .forAll(FormatsGenerators.dossierLists())
        .checkAssert(
            dossiers ->
                assertEquals(
                    dossiers,
                    RoundTrips.read(
                        RoundTrips.write(dossiers, EventLogCsv::writer), EventLogCsv::reader)));
  }
}
