package io.github.proctime.formats.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.proctime.formats.FormatException;
import io.github.proctime.formats.FormatRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A JSON object being decoded, with its JSON path, turning every problem into a FormatException.
 */
public final class JsonObjectView {
  private final JsonNode node;
  private final String path;
  private final RecordPlace place;

  private JsonObjectView(JsonNode node, String path, RecordPlace place) {
    this.node = node;
    this.path = path;
    this.place = place;
  }

  /**
   * Views a node that must be an object.
   *
   * @param node the node
   * @param path its JSON path
   * @param place the record's place
   * @return the view
   * @throws FormatException if the node is not an object
   */
  public static JsonObjectView of(JsonNode node, String path, RecordPlace place) {
    if (!node.isObject()) {
      throw place
          .problem(FormatRule.WRONG_TYPE)
          .jsonPath(path)
          .value(abbreviate(node))
          .detail("expected an object")
          .build();
    }
    return new JsonObjectView(node, path, place);
  }

  public String path() {
    return path;
  }

  public RecordPlace place() {
    return place;
  }

  /**
   * Rejects any field not in the allowed set.
   *
   * @param allowed the field names the format defines here
   * @throws FormatException naming the first unknown field
   */
  public void allowOnly(Set<String> allowed) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw place
            .problem(FormatRule.UNKNOWN_FIELD)
            .field(name)
            .jsonPath(path(name))
            .value(abbreviate(node.get(name)))
            .detail("allowed fields are " + allowed)
            .build();
      }
    }
  }

  public boolean has(String name) {
    JsonNode v = node.get(name);
    return v != null && !v.isNull();
  }

  /**
   * The text of a field if it is a string, without checking anything else.
   *
   * @param name the field
   * @return the text, or empty if absent or not a string
   */
  public Optional<String> peekText(String name) {
    JsonNode v = node.get(name);
    return v != null && v.isTextual() ? Optional.of(v.textValue()) : Optional.empty();
  }

  /**
   * The value of a field if it is an integer that fits a long.
   *
   * @param name the field
   * @return the integer, or empty if absent or not an integer
   */
  public OptionalLong peekInteger(String name) {
    JsonNode v = node.get(name);
    return v != null && v.isIntegralNumber() && v.canConvertToLong()
        ? OptionalLong.of(v.longValue())
        : OptionalLong.empty();
  }

  private String path(String name) {
    return path + "." + name;
  }

  private JsonNode required(String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      throw place.problem(FormatRule.MISSING_FIELD).field(name).jsonPath(path(name)).build();
    }
    return v;
  }

  private FormatException wrongType(String name, JsonNode v, String expected) {
    return place
        .problem(FormatRule.WRONG_TYPE)
        .field(name)
        .jsonPath(path(name))
        .value(abbreviate(v))
        .detail("expected " + expected)
        .build();
  }

  /**
   * A required text field, not blank.
   *
   * @param name the field
   * @return the text
   */
  public String requiredText(String name) {
    JsonNode v = required(name);
    if (!v.isTextual()) {
      throw wrongType(name, v, "a string");
    }
    if (v.textValue().isBlank()) {
      throw place
          .problem(FormatRule.INVALID_VALUE)
          .field(name)
          .jsonPath(path(name))
          .value(v.textValue())
          .detail("must not be blank")
          .build();
    }
    return v.textValue();
  }

  /**
   * An optional text field; null counts as absent.
   *
   * @param name the field
   * @return the text, if present
   */
  public Optional<String> optionalText(String name) {
    if (!has(name)) {
      return Optional.empty();
    }
    JsonNode v = node.get(name);
    if (!v.isTextual()) {
      throw wrongType(name, v, "a string");
    }
    return Optional.of(v.textValue());
  }

  /**
   * A required integer field that fits an int.
   *
   * @param name the field
   * @return the integer
   */
  public int requiredInt(String name) {
    JsonNode v = required(name);
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw wrongType(name, v, "an integer");
    }
    return v.intValue();
  }

  /**
   * A required enum constant named by a string.
   *
   * @param name the field
   * @param type the enum
   * @param <E> the enum type
   * @return the constant
   */
  public <E extends Enum<E>> E requiredEnum(String name, Class<E> type) {
    JsonNode v = required(name);
    if (!v.isTextual()) {
      throw wrongType(name, v, "a string");
    }
    return Codes.enumValue(
        type, v.textValue(), place.problem(FormatRule.UNKNOWN_VALUE).jsonPath(path(name)), name);
  }

  /**
   * A required ISO-8601 date-time with offset.
   *
   * @param name the field
   * @return the instant
   */
  public Instant requiredInstant(String name) {
    JsonNode v = required(name);
    return instant(name, v);
  }

  /**
   * An optional ISO-8601 date-time with offset.
   *
   * @param name the field
   * @return the instant, if present
   */
  public Optional<Instant> optionalInstant(String name) {
    return has(name) ? Optional.of(instant(name, node.get(name))) : Optional.empty();
  }

  private Instant instant(String name, JsonNode v) {
    return temporal(
        name,
        v,
        "an ISO-8601 date-time with offset",
        "expected an ISO-8601 date-time with offset, such as 2025-03-03T08:00+07:00",
        Times::parseOffsetDateTime);
  }

  /** Parses text that may fail with {@link Times.BadTime}. */
  private interface TimeParser<T> {
    T parse(String text) throws Times.BadTime;
  }

  /**
   * A date or time field: text, parsed, with one error for every kind (the field, its JSON path,
   * the value and what was expected); a date-time without its offset is {@code OFFSET_REQUIRED}.
   */
  private <T> T temporal(
      String name, JsonNode v, String expectedType, String detail, TimeParser<T> parser) {
    if (!v.isTextual()) {
      throw wrongType(name, v, expectedType);
    }
    try {
      return parser.parse(v.textValue());
    } catch (Times.BadTime e) {
      throw place
          .problem(
              e.failure() == Times.Failure.NO_OFFSET
                  ? FormatRule.OFFSET_REQUIRED
                  : FormatRule.INVALID_DATE_TIME)
          .field(name)
          .jsonPath(path(name))
          .value(v.textValue())
          .detail(detail)
          .cause(e)
          .build();
    }
  }

  /**
   * A required portal timestamp {@code yyyyMMddHHmmss} in Asia/Ho_Chi_Minh.
   *
   * @param name the field
   * @return the instant
   */
  public Instant requiredPortalInstant(String name) {
    return portalInstant(name, required(name));
  }

  /**
   * An optional portal timestamp {@code yyyyMMddHHmmss} in Asia/Ho_Chi_Minh.
   *
   * @param name the field
   * @return the instant, if present
   */
  public Optional<Instant> optionalPortalInstant(String name) {
    return has(name) ? Optional.of(portalInstant(name, node.get(name))) : Optional.empty();
  }

  private Instant portalInstant(String name, JsonNode v) {
    return temporal(
        name,
        v,
        "a string yyyyMMddHHmmss",
        "expected yyyyMMddHHmmss in Asia/Ho_Chi_Minh, such as 20250303080000",
        Times::parsePortal);
  }

  /**
   * A required integer given as a JSON integer or as a string of digits (portal payloads use both).
   *
   * @param name the field
   * @return the integer
   */
  public int requiredIntOrDigits(String name) {
    JsonNode v = required(name);
    if (v.isIntegralNumber() && v.canConvertToInt()) {
      return v.intValue();
    }
    if (v.isTextual() && v.textValue().matches("[0-9]{1,9}")) {
      return Integer.parseInt(v.textValue());
    }
    throw wrongType(name, v, "an integer or a string of digits");
  }

  /**
   * A required ISO-8601 date.
   *
   * @param name the field
   * @return the date
   */
  public LocalDate requiredDate(String name) {
    return temporal(
        name,
        required(name),
        "an ISO-8601 date",
        "expected an ISO-8601 date such as 2025-03-03",
        Times::parseDate);
  }

  /**
   * An optional ISO-8601 time of day.
   *
   * @param name the field
   * @return the time, if present
   */
  public Optional<LocalTime> optionalTime(String name) {
    if (!has(name)) {
      return Optional.empty();
    }
    return Optional.of(
        temporal(
            name,
            node.get(name),
            "an ISO-8601 time of day",
            "expected an ISO-8601 time of day such as 15:00",
            Times::parseTime));
  }

  /**
   * A required nested object.
   *
   * @param name the field
   * @return the view of the object
   */
  public JsonObjectView requiredObject(String name) {
    JsonNode v = required(name);
    if (!v.isObject()) {
      throw wrongType(name, v, "an object");
    }
    return new JsonObjectView(v, path(name), place);
  }

  /**
   * An optional nested object.
   *
   * @param name the field
   * @return the view of the object, if present
   */
  public Optional<JsonObjectView> optionalObject(String name) {
    return has(name) ? Optional.of(requiredObject(name)) : Optional.empty();
  }

  /**
   * The names of this object's fields, in document order.
   *
   * @return the names
   */
  public List<String> fieldNames() {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /**
   * A required array of strings.
   *
   * @param name the field
   * @return the strings, in order
   */
  public List<String> requiredTexts(String name) {
    JsonNode v = required(name);
    if (!v.isArray()) {
      throw wrongType(name, v, "an array of strings");
    }
    List<String> out = new ArrayList<>(v.size());
    for (int i = 0; i < v.size(); i++) {
      JsonNode item = v.get(i);
      if (!item.isTextual()) {
        throw place
            .problem(FormatRule.WRONG_TYPE)
            .field(name)
            .jsonPath(path(name) + "[" + i + "]")
            .value(abbreviate(item))
            .detail("expected a string")
            .build();
      }
      out.add(item.textValue());
    }
    return out;
  }

  /**
   * A required array of objects.
   *
   * @param name the field
   * @return the views of the elements, in order
   */
  public List<JsonObjectView> requiredObjects(String name) {
    return objects(name, required(name));
  }

  /**
   * An optional array of objects; absent means empty.
   *
   * @param name the field
   * @return the views of the elements, in order
   */
  public List<JsonObjectView> optionalObjects(String name) {
    return has(name) ? objects(name, node.get(name)) : List.of();
  }

  private List<JsonObjectView> objects(String name, JsonNode v) {
    if (!v.isArray()) {
      throw wrongType(name, v, "an array");
    }
    List<JsonObjectView> out = new ArrayList<>(v.size());
    for (int i = 0; i < v.size(); i++) {
      out.add(of(v.get(i), path(name) + "[" + i + "]", place));
    }
    return out;
  }

  /**
   * A problem with a given field of this object.
   *
   * @param rule the rule
   * @param name the field
   * @return a builder with place, field and path set
   */
  public FormatException.Builder problem(FormatRule rule, String name) {
    JsonNode v = node.get(name);
    return place
        .problem(rule)
        .field(name)
        .jsonPath(path(name))
        .value(v == null || v.isNull() ? null : abbreviate(v));
  }

  static String abbreviate(JsonNode v) {
    String text = v.isTextual() ? v.textValue() : v.toString();
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }
}
