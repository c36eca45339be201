package io.github.proctime.formats;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.proctime.core.Channel;
import io.github.proctime.core.DossierState;
import io.github.proctime.core.EventType;
import io.github.proctime.core.PauseKind;
import io.github.proctime.core.TimeUnit;
import io.github.proctime.formats.internal.CalendarOverlayCodec;
import io.github.proctime.formats.internal.DossierJsonCodec;
import io.github.proctime.formats.internal.PortalCodec;
import io.github.proctime.formats.internal.ProcedureJsonCodec;
import io.github.proctime.formats.json.CalendarOverlayJson;
import io.github.proctime.formats.json.DossierJson;
import io.github.proctime.formats.json.DossierNdjson;
import io.github.proctime.formats.json.EvaluationJson;
import io.github.proctime.formats.json.ProcedureJson;
import io.github.proctime.formats.portal.PortalDossiers;
import io.github.proctime.formats.portal.PortalMapping;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Keeps the shipped JSON Schemas and the readers in step: same fields, same codes, and every field
 * the schema requires is one the reader requires.
 */
class SchemasTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode schema(String resource) throws Exception {
    JsonNode s = MAPPER.readTree(Fixtures.resource(resource));
    assertEquals("https://json-schema.org/draft/2020-12/schema", s.get("$schema").asText());
    return s;
  }

  private static Set<String> properties(JsonNode def) {
    Set<String> names = new HashSet<>();
    def.get("properties").fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> names(Enum<?>[] constants) {
    return Arrays.stream(constants).map(Enum::name).toList();
  }

  @Test
  void dossierSchemaMatchesTheReader() throws Exception {
    JsonNode s = schema(DossierJson.SCHEMA_RESOURCE);
    JsonNode defs = s.get("$defs");
    assertEquals(DossierJsonCodec.DOSSIER_FIELDS, properties(defs.get("dossier")));
    assertEquals(DossierJsonCodec.EVENT_FIELDS, properties(defs.get("event")));
    assertEquals(
        names(EventType.values()),
        texts(defs.get("event").get("properties").get("type").get("enum")));
    assertEquals(
        names(Channel.values()),
        texts(defs.get("dossier").get("properties").get("channel").get("enum")));
    assertEquals(DossierJson.FORMAT, s.get("properties").get("format").get("const").asText());

    String golden = Fixtures.resource("/io/github/proctime/formats/golden/dossiers.ndjson");
    String header = golden.substring(0, golden.indexOf('\n') + 1);
    ObjectNode dossier = (ObjectNode) MAPPER.readTree(golden.split("\n")[1]);
    checkRequired(
        defs.get("dossier"),
        dossier,
        d ->
            DossierNdjson.reader(
                    new java.io.StringReader(header + d + "\n"), ReadOptions.strict("t"))
                .next());
    checkRequired(
        defs.get("event"),
        (ObjectNode) dossier.get("events").get(0),
        e -> {
          ObjectNode copy = dossier.deepCopy();
          ((ArrayNode) copy.get("events")).set(0, e);
          DossierNdjson.reader(
                  new java.io.StringReader(header + copy + "\n"), ReadOptions.strict("t"))
              .next();
        });
  }

  @Test
  void procedureSchemaMatchesTheReader() throws Exception {
    JsonNode defs = schema(ProcedureJson.SCHEMA_RESOURCE).get("$defs");
    assertEquals(ProcedureJsonCodec.PROCEDURE_FIELDS, properties(defs.get("procedure")));
    assertEquals(ProcedureJsonCodec.VERSION_FIELDS, properties(defs.get("version")));
    assertEquals(ProcedureJsonCodec.STEP_FIELDS, properties(defs.get("step")));
    assertEquals(ProcedureJsonCodec.TIME_FIELDS, properties(defs.get("processingTime")));
    assertEquals(
        names(TimeUnit.values()),
        texts(defs.get("processingTime").get("properties").get("unit").get("enum")));

    JsonNode golden =
        MAPPER.readTree(Fixtures.resource("/io/github/proctime/formats/golden/procedures.json"));
    ObjectNode procedure = (ObjectNode) golden.get("procedures").get(0);
    Consumer<JsonNode> read =
        p -> {
          ObjectNode doc = golden.deepCopy();
          ((ArrayNode) doc.get("procedures")).set(0, p);
          ProcedureJson.readAll(new java.io.StringReader(doc.toString()), "t");
        };
    checkRequired(defs.get("procedure"), procedure, read);
    ObjectNode version = (ObjectNode) procedure.get("versions").get(1);
    checkRequired(
        defs.get("version"),
        version,
        v -> {
          ObjectNode copy = procedure.deepCopy();
          ((ArrayNode) copy.get("versions")).set(1, v);
          read.accept(copy);
        });
    checkRequired(
        defs.get("step"),
        (ObjectNode) version.get("steps").get(2),
        st -> {
          ObjectNode copy = procedure.deepCopy();
          ((ArrayNode) copy.get("versions").get(1).get("steps")).set(2, st);
          read.accept(copy);
        });
  }

  @Test
  void portalSchemaMatchesTheReader() throws Exception {
    JsonNode s = schema(PortalDossiers.SCHEMA_RESOURCE);
    JsonNode defs = s.get("$defs");
    assertEquals(PortalCodec.RECORD_FIELDS, properties(s));
    assertEquals(PortalCodec.DOSSIER_FIELDS, properties(defs.get("dossier")));
    assertEquals(PortalCodec.SUPPLEMENT_FIELDS, properties(defs.get("supplement")));
    assertEquals(PortalCodec.UPDATE_FIELDS, properties(defs.get("update")));

    ObjectNode record =
        (ObjectNode)
            MAPPER.readTree(Fixtures.resource("/io/github/proctime/formats/portal/record.json"));
    for (JsonNode name : defs.get("dossier").get("required")) {
      ObjectNode copy = record.deepCopy();
      ((ObjectNode) copy.get("DongBoHoSoMC")).remove(name.asText());
      FormatException e =
          assertThrows(
              FormatException.class,
              () -> PortalDossiers.read(copy.toString(), "t", PortalMapping.of(Channel.ONLINE)));
      assertEquals(FormatRule.MISSING_FIELD, e.rule(), e.getMessage());
      assertEquals(Optional.of(name.asText()), e.field());
    }
  }

  @Test
  void calendarOverlaySchemaMatchesTheReader() throws Exception {
    JsonNode s = schema(CalendarOverlayJson.SCHEMA_RESOURCE);
    assertEquals(CalendarOverlayCodec.FIELDS, properties(s));
    assertEquals(
        CalendarOverlayCodec.CLOSURE_FIELDS,
        properties(s.get("properties").get("closures").get("items")));
    assertEquals(
        CalendarOverlayCodec.OPENING_FIELDS,
        properties(s.get("properties").get("openings").get("items")));
    assertEquals(
        CalendarOverlayJson.FORMAT, s.get("properties").get("format").get("const").asText());
  }

  private static void assertValid(String schemaResource, String pointer, JsonNode instance)
      throws Exception {
    List<String> errors =
        new MiniSchemaValidator(schema(schemaResource)).validate(instance, pointer);
    assertEquals(List.of(), errors, instance.toString());
  }

  @Test
  void everyGoldenFileAndWriterOutputConformsToItsSchema() throws Exception {
    String dir = "/io/github/proctime/formats/golden/";
    assertValid(
        DossierJson.SCHEMA_RESOURCE,
        "#",
        MAPPER.readTree(Fixtures.resource(dir + "dossiers.json")));
    String[] lines = Fixtures.resource(dir + "dossiers.ndjson").split("\n");
    assertValid(DossierJson.SCHEMA_RESOURCE, "#/$defs/ndjsonHeader", MAPPER.readTree(lines[0]));
    for (int i = 1; i < lines.length; i++) {
      assertValid(DossierJson.SCHEMA_RESOURCE, "#/$defs/dossier", MAPPER.readTree(lines[i]));
    }
    assertValid(
        ProcedureJson.SCHEMA_RESOURCE,
        "#",
        MAPPER.readTree(Fixtures.resource(dir + "procedures.json")));
    assertValid(
        PortalDossiers.SCHEMA_RESOURCE,
        "#",
        MAPPER.readTree(Fixtures.resource("/io/github/proctime/formats/portal/record.json")));
    String[] portal = Fixtures.resource(dir + "portal-sync.ndjson").split("\n");
    assertValid(PortalDossiers.SCHEMA_RESOURCE, "#/$defs/ndjsonHeader", MAPPER.readTree(portal[0]));
    for (int i = 1; i < portal.length; i++) {
      assertValid(PortalDossiers.SCHEMA_RESOURCE, "#", MAPPER.readTree(portal[i]));
    }
    assertValid(
        PortalDossiers.SCHEMA_RESOURCE,
        "#",
        MAPPER.readTree(
            PortalDossiers.toJson(Fixtures.returnedDossier(), Fixtures.evaluations().get(0))));
    assertValid(
        CalendarOverlayJson.SCHEMA_RESOURCE,
        "#",
        MAPPER.readTree(
            Fixtures.resource("/io/github/proctime/formats/calendar/yen-bai-overlay.json")));
  }

  @Test
  void evaluationOutputConformsToItsSchema() throws Exception {
    String[] lines =
        RoundTrips.write(Fixtures.explainedEvaluations(), EvaluationJson::ndjsonWriter).split("\n");
    assertValid(EvaluationJson.SCHEMA_RESOURCE, "#/$defs/ndjsonHeader", MAPPER.readTree(lines[0]));
    for (int i = 1; i < lines.length; i++) {
      assertValid(EvaluationJson.SCHEMA_RESOURCE, "#", MAPPER.readTree(lines[i]));
    }
    JsonNode defs = schema(EvaluationJson.SCHEMA_RESOURCE).get("$defs");
    assertEquals(names(DossierState.values()), texts(defs.get("state").get("enum")));
    assertEquals(
        names(PauseKind.values()),
        texts(defs.get("pause").get("properties").get("kind").get("enum")));
  }

  @Test
  void theValidatorCatchesViolations() throws Exception {
    JsonNode bad =
        MAPPER.readTree(
            "{\"code\":\"A\",\"procedureCode\":\" \",\"channel\":\"DESK\",\"x\":1,"
                + "\"events\":[{\"type\":\"RECEIVED\",\"occurredAt\":\"2025-03-03T08:00\","
                + "\"recordedAt\":\"2025-03-03T08:00+07:00\"}]}");
    List<String> errors =
        new MiniSchemaValidator(schema(DossierJson.SCHEMA_RESOURCE))
            .validate(bad, "#/$defs/dossier");
    assertEquals(5, errors.size(), errors.toString());
  }

  /**
   * Removes each property of a complete object in turn: a required one must make the reader throw
   * MISSING_FIELD for it, an optional one must not make it fail.
   */
  private static void checkRequired(JsonNode def, ObjectNode complete, Consumer<JsonNode> read) {
    Set<String> required = new HashSet<>(texts(def.get("required")));
    for (String name : properties(def)) {
      ObjectNode copy = complete.deepCopy();
      copy.remove(name);
      if (required.contains(name)) {
        FormatException e = assertThrows(FormatException.class, () -> read.accept(copy), name);
        assertEquals(FormatRule.MISSING_FIELD, e.rule(), e.getMessage());
        assertEquals(Optional.of(name), e.field());
      } else {
        assertDoesNotThrow(() -> read.accept(copy), name);
      }
    }
  }
}
