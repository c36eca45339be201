package io.github.proctime.formats.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.proctime.core.Evaluation;
import io.github.proctime.formats.Fixtures;
import io.github.proctime.formats.RoundTrips;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationJsonTest {
  /**
   * A snapshot of the writer's output for the fixtures. The values come from core's clock: when a
   * change in core changes them on purpose, regenerate the file from the writer and review the
   * diff.
   */
  @Test
  void theWriterMatchesTheGoldenFile() {
    assertEquals(
        Fixtures.resource("/io/github/proctime/formats/golden/evaluations.ndjson"),
        RoundTrips.write(Fixtures.evaluations(), EvaluationJson::ndjsonWriter));
  }

  @Test
  void eachLineCarriesTheEvaluationsHeadlineValues() throws Exception {
    List<Evaluation> evaluations = Fixtures.explainedEvaluations();
    String[] lines = RoundTrips.write(evaluations, EvaluationJson::ndjsonWriter).split("\n");
    assertEquals(1 + evaluations.size(), lines.length);
    ObjectMapper mapper = new ObjectMapper();
    assertEquals(EvaluationJson.FORMAT, mapper.readTree(lines[0]).get("format").asText());
    for (int i = 0; i < evaluations.size(); i++) {
      JsonNode line = mapper.readTree(lines[i + 1]);
      Evaluation e = evaluations.get(i);
      assertEquals(e.dossierCode(), line.get("dossierCode").asText());
      assertEquals(e.state().name(), line.get("state").asText());
      assertEquals(e.elapsed().toString(), line.get("elapsed").asText());
      assertEquals(e.steps().size(), line.get("occurred").get("steps").size());
      assertEquals(e.findings().size(), line.get("findings").size());
      assertEquals(
          e.occurred().explanation().size(), line.get("occurred").get("explanation").size());
      assertTrue(line.get("occurred").get("explanation").size() > 0);
    }
  }
}
