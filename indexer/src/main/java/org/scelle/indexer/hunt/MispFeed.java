package org.scelle.indexer.hunt;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Reads the attributes of MISP events (top-level and inside objects); composite types split. An
 * attribute is named by its {@code uuid}, else its {@code id}, else by its place in the feed
 * ({@code feed.json:attribute-3}, counting every attribute from 1 in the order read).
 */
final class MispFeed {
  private final String feed;
  private final String sha;
  private final List<Indicator> out;
  private final List<String> rejected;
  private int attributes;

  private MispFeed(String feed, String sha, List<Indicator> out, List<String> rejected) {
    this.feed = feed;
    this.sha = sha;
    this.out = out;
    this.rejected = rejected;
  }

  static void read(
      JsonNode root, String feed, String sha, List<Indicator> out, List<String> rejected) {
    new MispFeed(feed, sha, out, rejected).read(root);
  }

  private void read(JsonNode root) {
    if (root.isArray()) {
      for (JsonNode n : root) {
        read(n);
      }
      return;
    }
    if (root.has("response")) {
      read(root.get("response"));
      return;
    }
    JsonNode event = root.has("Event") ? root.get("Event") : root;
    for (JsonNode a : event.path("Attribute")) {
      attribute(a);
    }
    for (JsonNode obj : event.path("Object")) {
      for (JsonNode a : obj.path("Attribute")) {
        attribute(a);
      }
    }
  }

  private void attribute(JsonNode a) {
    attributes++;
    String id = a.path("uuid").asText(a.path("id").asText());
    if (id.isBlank()) {
      id = feed + ":attribute-" + attributes;
    }
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
