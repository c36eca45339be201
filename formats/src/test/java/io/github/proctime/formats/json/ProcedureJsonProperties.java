package io.github.proctime.formats.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.proctime.formats.FormatsGenerators;
import io.github.proctime.formats.RoundTrips;
import org.junit.jupiter.api.Test;

class ProcedureJsonProperties {
  @Test
  void catalogueReadsBackEqual() {
    qt().withExamples(300)
        .forAll(FormatsGenerators.procedureLists())
        .checkAssert(
            procedures ->
                assertEquals(
                    procedures,
                    RoundTrips.read(
                        RoundTrips.write(procedures, ProcedureJson::writer),
                        ProcedureJson::reader)));
  }
}
