package org.scelle.indexer.logs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.scelle.indexer.Fields;

/**
 * JSON lines: one JSON object per line. Nested objects are flattened with dots ({@code
 * {"source":{"ip":"x"}}} gives {@code source.ip}), so ECS-shaped logs keep their names; arrays and
 * {@code null} are kept as their JSON text. A key that would collide with a field scelle sets
 * itself ({@code @timestamp}, {@code message}, {@code event.dataset}, {@code scelle.*}) is prefixed
 * with {@code json.}. The time is the first of {@link #TIME_KEYS} present: a string read as in
 * {@link TimePatterns#value}, or a number of epoch seconds (or milli-, micro-, nanoseconds by its
 * size). A line that is not a JSON object is unparsed.
 */
final class JsonLinesReader extends LineLogReader {
  static final String FORMAT = "jsonl";
  static final JsonLinesReader INSTANCE = new JsonLinesReader();

  /** Flattened keys tried for the time, in order. */
  static final List<String> TIME_KEYS =
      List.of(
          "@timestamp",
          "timestamp",
          "time",
          "ts",
          "datetime",
          "date",
          "eventTime",
          "event_time",
          "event.created",
          "created",
          "t");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonLinesReader() {
    super(FORMAT);
  }

  @Override
  LineParser open(ReadContext ctx) {
    TimeResolver times = new TimeResolver(ctx);
    return line -> {
      JsonNode root;
      try {
        root = MAPPER.readTree(line.text());
      } catch (JsonProcessingException e) {
        return null; // not JSON: the line becomes an unparsed text event
      }
      if (root == null || !root.isObject()) {
        return null;
      }
      Map<String, JsonNode> flat = new HashMap<>();
      flatten("", root, flat);
      TimeResolver.Resolved t = null;
      for (String key : TIME_KEYS) {
        JsonNode v = flat.get(key);
        if (v != null && !v.isNull()) {
          Stamp s = v.isNumber() ? epoch(v) : TimePatterns.value(v.asText());
          t = s == null ? null : times.resolve(s);
          if (t != null) {
            break;
          }
        }
      }
      Map<String, String> fields = new HashMap<>();
      flat.forEach(
          (k, v) ->
              fields.put(name(k), v.isValueNode() && !v.isNull() ? v.asText() : v.toString()));
      return Parsed.of(t, fields);
    };
  }

  private static Stamp epoch(JsonNode v) {
    double d = v.asDouble();
    double seconds = d > 1e17 ? d / 1e9 : d > 1e14 ? d / 1e6 : d > 1e11 ? d / 1e3 : d;
    long whole = (long) Math.floor(seconds);
    int millis = (int) Math.min(999, Math.round((seconds - whole) * 1e3));
    return TimePatterns.epoch(whole, millis * 1_000_000, 0);
  }

  private static String name(String key) {
    boolean reserved =
        key.equals(Fields.TIMESTAMP)
            || key.equals(Fields.MESSAGE)
            || key.equals(Fields.EVENT_DATASET)
            || key.startsWith(Fields.SCELLE_PREFIX);
    return reserved ? Fields.JSON_PREFIX + key : key;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> out) {
    if (!node.isObject()) {
      out.put(prefix, node);
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
      flatten(key, e.getValue(), out);
    }
  }
}
