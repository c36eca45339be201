package io.github.proctime.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.proctime.formats.csv.EventLogCsv;
import io.github.proctime.formats.json.DossierJson;
import io.github.proctime.formats.json.DossierNdjson;
import io.github.proctime.formats.json.ProcedureJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The writers' output is compared with reviewed files, and the files read back to the inputs. */
class GoldenFilesTest {
  private static final String DIR = "/io/github/proctime/formats/golden/";

  @Test
  void dossierJsonDocument() {
    String golden = Fixtures.resource(DIR + "dossiers.json");
    assertEquals(golden, RoundTrips.write(Fixtures.dossiers(), DossierJson::writer));
    assertEquals(Fixtures.dossiers(), RoundTrips.read(golden, DossierJson::reader));
  }

  @Test
  void dossierNdjson() {
    String golden = Fixtures.resource(DIR + "dossiers.ndjson");
    assertEquals(golden, RoundTrips.write(Fixtures.dossiers(), DossierNdjson::writer));
    assertEquals(Fixtures.dossiers(), RoundTrips.read(golden, DossierNdjson::reader));
  }

  @Test
  void eventLogCsv() {
    String golden = Fixtures.resource(DIR + "events.csv");
    assertEquals(golden, RoundTrips.write(Fixtures.dossiers(), EventLogCsv::writer));
    assertEquals(Fixtures.dossiers(), RoundTrips.read(golden, EventLogCsv::reader));
  }

  @Test
  void procedureCatalogue() {
    String golden = Fixtures.resource(DIR + "procedures.json");
    assertEquals(golden, RoundTrips.write(List.of(Fixtures.procedure()), ProcedureJson::writer));
    assertEquals(List.of(Fixtures.procedure()), RoundTrips.read(golden, ProcedureJson::reader));
  }
}
