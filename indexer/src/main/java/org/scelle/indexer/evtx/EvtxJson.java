package org.scelle.indexer.evtx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import org.scelle.custody.json.Json;

/**
 * Renders a record as one JSON object (one line). Keys: {@code record_id}, {@code written} (UTC,
 * RFC 3339), {@code chunk}, {@code offset}, and the root element under its name. An element with
 * neither attributes nor child elements becomes its text (null when empty); otherwise an object
 * with {@code #attributes}, each child element under its name (an array when the name repeats) and
 * {@code #text} when it has text. Under {@code EventData}, a {@code Data} element with a {@code
 * Name} attribute is keyed by that name. Values stay strings. Stateless.
 */
public final class EvtxJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private EvtxJson() {}

  /** The record as a JSON tree. */
  public static ObjectNode tree(EvtxRecord record) {
    ObjectNode o = F.objectNode();
    o.put("record_id", record.recordId());
    o.put("written", record.written().toString());
    o.put("chunk", record.chunkIndex());
    o.put("offset", record.fileOffset());
    o.set(record.root().name(), element(record.root()));
    return o;
  }

  /** The record as one line of JSON. */
  public static String render(EvtxRecord record) {
    StringBuilder sb = new StringBuilder(2048);
    render(record, sb);
    return sb.toString();
  }

  /**
   * Appends the record as one line of JSON (no line separator) to {@code sb}: the same text as
   * {@link #tree} written by the shared mapper, written straight from the record's elements.
   */
  public static void render(EvtxRecord record, StringBuilder sb) {
    Element root = record.root();
    if (JsonText.topLevelKey(root.name())) {
      sb.append(write(tree(record)));
      return;
    }
    sb.append("{\"record_id\":").append(record.recordId());
    sb.append(",\"written\":");
    JsonText.string(record.written().toString(), sb);
    sb.append(",\"chunk\":").append(record.chunkIndex());
    sb.append(",\"offset\":").append(record.fileOffset());
    sb.append(',');
    JsonText.string(root.name(), sb);
    sb.append(':');
    JsonText.element(root, sb);
    sb.append('}');
  }

  /** The element's value as {@link #tree} has it, written by the shared mapper. */
  static String write(JsonNode node) {
    try {
      return Json.mapper().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode element(Element e) {
    String text = ownText(e);
    if (e.attributes().isEmpty() && e.elements().isEmpty()) {
      return text.isEmpty() ? F.nullNode() : F.textNode(text);
    }
    ObjectNode o = F.objectNode();
    if (!e.attributes().isEmpty()) {
      ObjectNode attrs = o.putObject("#attributes");
      for (Attribute a : e.attributes()) {
        attrs.put(a.name(), a.value());
      }
    }
    boolean eventData = e.name().equals("EventData");
    java.util.Set<String> repeated = new java.util.HashSet<>();
    for (Element c : e.elements()) {
      String key = c.name();
      JsonNode value = element(c);
      if (eventData && key.equals("Data") && c.attribute("Name").isPresent()) {
        key = c.attribute("Name").get();
        value = c.text().isEmpty() ? F.nullNode() : F.textNode(c.text());
      }
      JsonNode existing = o.get(key);
      if (existing == null) {
        o.set(key, value);
      } else if (repeated.contains(key)) {
        ((ArrayNode) existing).add(value);
      } else {
        repeated.add(key);
        o.set(key, F.arrayNode().add(existing).add(value));
      }
    }
    if (!text.isEmpty()) {
      o.put("#text", text);
    }
    return o;
  }

  static String ownText(Element e) {
    StringBuilder sb = new StringBuilder();
    for (Node n : e.children()) {
      if (!(n instanceof Element)) {
        sb.append(n.text());
      }
    }
    return sb.toString();
  }
}
