package org.scelle.indexer.hunt;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Reads the attributes of MISP events (top-level and inside objects); composite types split. */
final class MispFeed {
  private MispFeed() {}

  static void read(
      JsonNode root, String feed, String sha, List<Indicator> out, List<String> rejected) {
    if (root.isArray()) {
      for (JsonNode n : root) {
        read(n, feed, sha, out, rejected);
      }
      return;
    }
    if (root.has("response")) {
      read(root.get("response"), feed, sha, out, rejected);
      return;
    }
    JsonNode event = root.has("Event") ? root.get("Event") : root;
    for (JsonNode a : event.path("Attribute")) {
      attribute(a, feed, sha, out, rejected);
    }
    for (JsonNode obj : event.path("Object")) {
      for (JsonNode a : obj.path("Attribute")) {
        attribute(a, feed, sha, out, rejected);
      }
    }
  }

  private static void attribute(
      JsonNode a, String feed, String sha, List<Indicator> out, List<String> rejected) {
    String id = a.path("uuid").asText(a.path("id").asText());
    String type = a.path("type").asText();
    String value = a.path("value").asText();
    String[] types = type.split("\\|");
    String[] values = value.split("\\|", -1);
    if (types.length != values.length) {
      rejected.add(id + ": MISP type '" + type + "' does not fit value '" + value + "'");
      return;
    }
    boolean any = false;
    for (int i = 0; i < types.length; i++) {
      IndicatorType t = TypeNames.of(types[i]);
      if (t == null || values[i].isBlank()) {
        continue;
      }
      any = true;
      String suffix = types.length > 1 ? "#" + i : "";
      out.add(
          Indicator.of(
              id + suffix,
              types[i] + " " + values[i],
              new Comparison(t, values[i].trim()),
              feed,
              sha));
    }
    if (!any) {
      rejected.add(id + ": MISP type '" + type + "' cannot be matched");
    }
  }
}
