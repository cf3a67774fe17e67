package org.scelle.reporter.complaint;

import static org.scelle.reporter.complaint.Problems.quote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A YAML mapping of the complaint file read field by field: each accessor records a problem naming
 * the field's path when the value is missing or malformed, and returns null (or an empty list) so
 * that reading goes on and every problem is reported together. Keys not declared on construction
 * are problems too: a typo must not silently drop a value. Not thread-safe.
 */
final class YamlMapping {

  private final JsonNode node;
  private final String path;
  private final Problems problems;

  private YamlMapping(JsonNode node, String path, Problems problems, List<String> keys) {
    this.node = node;
    this.path = path;
    this.problems = problems;
    Set<String> known = Set.copyOf(keys);
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        problems.add(field(name), "unknown key (known: " + String.join(", ", keys) + ")");
      }
    }
  }

  /**
   * The mapping at {@code path}, or null after recording a problem when {@code node} is not one.
   */
  static YamlMapping of(JsonNode node, String path, Problems problems, String... keys) {
    if (!node.isObject()) {
      problems.add(path.isEmpty() ? null : path, "must be a mapping of keys, got " + kind(node));
      return null;
    }
    return new YamlMapping(node, path, problems, List.of(keys));
  }

  String field(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  Problems problems() {
    return problems;
  }

  boolean has(String key) {
    JsonNode value = node.get(key);
    return value != null && !value.isNull() && !(value.isTextual() && value.asText().isBlank());
  }

  /** Text, or null when absent. Numbers and booleans are refused: YAML would have changed them. */
  String text(String key) {
    if (!has(key)) {
      return null;
    }
    return textOf(node.get(key), field(key));
  }

  String requiredText(String key) {
    return required(key) ? text(key) : null;
  }

  /** A nested mapping, or null when absent or malformed. */
  YamlMapping mapping(String key, String... keys) {
    return has(key) ? of(node.get(key), field(key), problems, keys) : null;
  }

  YamlMapping requiredMapping(String key, String... keys) {
    return required(key) ? mapping(key, keys) : null;
  }

  /** A list of texts, none of them empty; empty when absent. */
  List<String> texts(String key) {
    return list(
        key,
        (item, itemPath) -> {
          String text = textOf(item, itemPath);
          if (text != null && text.isEmpty()) {
            problems.add(itemPath, "empty: remove the line or write the text");
            return null;
          }
          return text;
        });
  }

  /** A list of mappings; empty when absent. */
  List<YamlMapping> mappings(String key, String... keys) {
    return list(key, (item, itemPath) -> of(item, itemPath, problems, keys));
  }

  /** A non-negative integer, or null. */
  Integer count(String key) {
    if (!has(key)) {
      return null;
    }
    JsonNode value = node.get(key);
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      problems.add(field(key), "must be a whole number, got " + shown(value));
      return null;
    }
    if (value.intValue() < 0) {
      problems.add(field(key), "must not be negative, got " + value.intValue());
      return null;
    }
    return value.intValue();
  }

  /** A non-negative amount in euros, or null. */
  BigDecimal amount(String key) {
    if (!has(key)) {
      return null;
    }
    JsonNode value = node.get(key);
    if (!value.isNumber()) {
      problems.add(field(key), "must be a number of euros (digits only), got " + shown(value));
      return null;
    }
    BigDecimal amount = value.decimalValue();
    if (amount.signum() < 0) {
      problems.add(field(key), "must not be negative, got " + amount.toPlainString());
      return null;
    }
    return amount;
  }

  Boolean flag(String key) {
    if (!has(key)) {
      return null;
    }
    JsonNode value = node.get(key);
    if (!value.isBoolean()) {
      problems.add(field(key), "must be true or false, got " + shown(value));
      return null;
    }
    return value.booleanValue();
  }

  /** An ISO date (2019-11-18), or null. */
  LocalDate date(String key, boolean required) {
    if (required && !required(key)) {
      return null;
    }
    String text = text(key);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(field(key), "must be a date written YYYY-MM-DD, got " + quote(text));
      return null;
    }
  }

  /** An RFC 3339 time with its offset (2019-11-15T19:45:00+01:00), or null. */
  OffsetDateTime time(String key, boolean required) {
    if (required && !required(key)) {
      return null;
    }
    String text = text(key);
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      problems.add(field(key), timeProblem(text));
      return null;
    }
  }

  private static String timeProblem(String text) {
    try {
      LocalDateTime.parse(text);
      return "has no offset: write it with its UTC offset, for example "
          + quote(text + "+01:00")
          + " (the dossier does not guess a time zone)";
    } catch (DateTimeParseException e) {
      return "must be a time written YYYY-MM-DDThh:mm:ss+hh:mm, got " + quote(text);
    }
  }

  private boolean required(String key) {
    if (has(key)) {
      return true;
    }
    problems.add(field(key), "missing");
    return false;
  }

  private String textOf(JsonNode value, String at) {
    if (!value.isTextual()) {
      problems.add(at, "must be text (put it in quotes), got " + kind(value));
      return null;
    }
    return value.asText().strip();
  }

  private interface ItemReader<T> {
    T read(JsonNode item, String itemPath);
  }

  private <T> List<T> list(String key, ItemReader<T> reader) {
    if (!has(key)) {
      return List.of();
    }
    JsonNode value = node.get(key);
    if (!value.isArray()) {
      problems.add(field(key), "must be a list (lines starting with \"- \"), got " + kind(value));
      return List.of();
    }
    List<T> items = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      T item = reader.read(value.get(i), field(key) + "[" + i + "]");
      if (item != null) {
        items.add(item);
      }
    }
    return items;
  }

  private static String shown(JsonNode value) {
    return value.isValueNode()
        ? value.isTextual() ? quote(value.asText()) : value.asText()
        : kind(value);
  }

  private static String kind(JsonNode value) {
    if (value == null || value instanceof MissingNode) {
      return "nothing";
    }
    return switch (value.getNodeType()) {
      case ARRAY -> "a list";
      case OBJECT -> "a mapping";
      case NULL -> "nothing";
      case STRING -> "text " + quote(value.asText());
      case BOOLEAN -> "the boolean " + value.asText();
      case NUMBER -> "the number " + value.asText();
      default -> value.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
