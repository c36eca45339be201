package io.github.proctime.formats.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.proctime.formats.FormatsGenerators;
import io.github.proctime.formats.RoundTrips;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DossierJsonProperties {
  @Test
  void documentReadsBackEqual() {
    qt().withExamples(300)
        .forAll(FormatsGenerators.dossierLists())
        .checkAssert(
            dossiers ->
                assertEquals(
                    dossiers,
                    RoundTrips.read(
                        RoundTrips.write(dossiers, DossierJson::writer), DossierJson::reader)));
  }

  @Test
  void documentInAnotherZoneReadsBackEqual() {
    qt().withExamples(100)
        .forAll(FormatsGenerators.dossierLists())
        .checkAssert(
            dossiers ->
                assertEquals(
                    dossiers,
                    RoundTrips.read(
                        RoundTrips.write(
                            dossiers, out -> DossierJson.writer(out, ZoneId.of("Europe/Paris"))),
                        DossierJson::reader)));
  }

  @Test
  void ndjsonReadsBackEqual() {
    qt().withExamples(300)
        .forAll(FormatsGenerators.dossierLists())
        .checkAssert(
            dossiers ->
                assertEquals(
                    dossiers,
                    RoundTrips.read(
                        RoundTrips.write(dossiers, DossierNdjson::writer), DossierNdjson::reader)));
  }
}
