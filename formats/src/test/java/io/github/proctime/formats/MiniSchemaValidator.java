package io.github.proctime.formats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small JSON Schema (draft 2020-12) checker for the keywords our schemas use: $ref to
 * #/$defs/..., type, const, enum, pattern, minimum, maximum, minItems, properties, required,
 * additionalProperties, propertyNames, items, oneOf. Other keywords (format, description, title)
 * are annotations. Enough to check that every golden file and writer output conforms to the shipped
 * schemas without a schema library.
 */
final class MiniSchemaValidator {
  private final JsonNode root;

  MiniSchemaValidator(JsonNode root) {
    this.root = root;
  }

  /** The violations of an instance against the root schema or one of its $defs. */
  List<String> validate(JsonNode instance, String pointer) {
    List<String> errors = new ArrayList<>();
    check(resolve(pointer), instance, "$", errors);
    return errors;
  }

  private JsonNode resolve(String pointer) {
    JsonNode s = root;
    if (pointer.equals("#")) {
      return s;
    }
    for (String part : pointer.substring(2).split("/")) {
      s = s.get(part);
    }
    return s;
  }

  private void check(JsonNode schema, JsonNode v, String path, List<String> errors) {
    if (schema.has("$ref")) {
      check(resolve(schema.get("$ref").asText()), v, path, errors);
    }
    if (schema.has("type") && !hasType(v, schema.get("type").asText())) {
      errors.add(path + ": expected " + schema.get("type").asText() + ", got " + v);
      return;
    }
    if (schema.has("const") && !schema.get("const").equals(v)) {
      errors.add(path + ": expected " + schema.get("const") + ", got " + v);
    }
    if (schema.has("enum")) {
      boolean found = false;
      for (JsonNode e : schema.get("enum")) {
        found |= e.equals(v);
      }
      if (!found) {
        errors.add(path + ": " + v + " not in " + schema.get("enum"));
      }
    }
    if (schema.has("pattern")
        && v.isTextual()
        && !Pattern.compile(schema.get("pattern").asText()).matcher(v.asText()).find()) {
      errors.add(path + ": '" + v.asText() + "' does not match " + schema.get("pattern"));
    }
    if (schema.has("minimum") && v.isNumber() && v.asDouble() < schema.get("minimum").asDouble()) {
      errors.add(path + ": below minimum");
    }
    if (schema.has("maximum") && v.isNumber() && v.asDouble() > schema.get("maximum").asDouble()) {
      errors.add(path + ": above maximum");
    }
    if (schema.has("minItems") && v.isArray() && v.size() < schema.get("minItems").asInt()) {
      errors.add(path + ": too few items");
    }
    if (schema.has("oneOf")) {
      int matches = 0;
      for (JsonNode option : schema.get("oneOf")) {
        List<String> sub = new ArrayList<>();
        check(option, v, path, sub);
        matches += sub.isEmpty() ? 1 : 0;
      }
      if (matches != 1) {
        errors.add(path + ": matches " + matches + " of oneOf");
      }
    }
    if (v.isObject()) {
      for (JsonNode r : schema.path("required")) {
        if (!v.has(r.asText())) {
          errors.add(path + ": missing " + r.asText());
        }
      }
      Iterator<Map.Entry<String, JsonNode>> fields = v.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        String at = path + "." + f.getKey();
        if (schema.has("propertyNames")) {
          check(
              schema.get("propertyNames"),
              com.fasterxml.jackson.databind.node.TextNode.valueOf(f.getKey()),
              at,
              errors);
        }
        JsonNode property = schema.path("properties").get(f.getKey());
        if (property != null) {
          check(property, f.getValue(), at, errors);
        } else if (schema.has("additionalProperties")) {
          JsonNode extra = schema.get("additionalProperties");
          if (extra.isBoolean() && !extra.asBoolean()) {
            errors.add(at + ": not allowed");
          } else if (extra.isObject()) {
            check(extra, f.getValue(), at, errors);
          }
        }
      }
    }
    if (v.isArray() && schema.has("items")) {
      for (int i = 0; i < v.size(); i++) {
        check(schema.get("items"), v.get(i), path + "[" + i + "]", errors);
      }
    }
  }

  private static boolean hasType(JsonNode v, String type) {
    return switch (type) {
      case "object" -> v.isObject();
      case "array" -> v.isArray();
      case "string" -> v.isTextual();
      case "integer" -> v.isIntegralNumber();
      case "number" -> v.isNumber();
      case "boolean" -> v.isBoolean();
      default -> throw new IllegalArgumentException("type " + type);
    };
  }
}
