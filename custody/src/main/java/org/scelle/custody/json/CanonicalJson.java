package org.scelle.custody.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * RFC 8785 (JSON Canonicalization Scheme) serialisation of a JSON tree, the form that the custody
 * ledger signs and hashes.
 *
 * <p>Object members are sorted by the UTF-16 code units of their names, strings are escaped as
 * ECMAScript's {@code JSON.stringify} does, and no whitespace is emitted. scelle's signed documents
 * carry no fractional numbers, so that canonical bytes never depend on a runtime's floating-point
 * formatting: integers within the IEEE-754 safe range (|n| &lt;= 2^53) are written in decimal, and
 * any other number is refused. Thread-safe (stateless).
 */
public final class CanonicalJson {
  private static final long MAX_SAFE_INTEGER = (1L << 53);

  private CanonicalJson() {}

  /**
   * Returns the canonical UTF-8 bytes of {@code node}.
   *
   * @throws IllegalArgumentException when the tree holds a fractional or unsafe number, or a binary
   *     or POJO node
   */
  public static byte[] bytes(JsonNode node) {
    return string(node).getBytes(StandardCharsets.UTF_8);
  }

  /** Returns the canonical form of {@code node} as a string; see {@link #bytes}. */
  public static String string(JsonNode node) {
    StringBuilder out = new StringBuilder(256);
    write(node, out, "$");
    return out.toString();
  }

  private static void write(JsonNode node, StringBuilder out, String where) {
    switch (node.getNodeType()) {
      case OBJECT -> writeObject(node, out, where);
      case ARRAY -> {
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          write(node.get(i), out, where + "[" + i + "]");
        }
        out.append(']');
      }
      case STRING -> writeString(node.textValue(), out);
      case NUMBER -> writeNumber(node, out, where);
      case BOOLEAN -> out.append(node.booleanValue() ? "true" : "false");
      case NULL -> out.append("null");
      default ->
          throw new IllegalArgumentException(
              "canonical JSON: unsupported node type " + node.getNodeType() + " at " + where);
    }
  }

  private static void writeObject(JsonNode node, StringBuilder out, String where) {
    List<String> names = new ArrayList<>(node.size());
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    names.sort(String::compareTo); // String order is UTF-16 code unit order, as RFC 8785 requires
    out.append('{');
    boolean first = true;
    for (String name : names) {
      if (!first) {
        out.append(',');
      }
      first = false;
      writeString(name, out);
      out.append(':');
      write(node.get(name), out, where + "." + name);
    }
    out.append('}');
  }

  private static void writeNumber(JsonNode node, StringBuilder out, String where) {
    if (!node.canConvertToExactIntegral() || !node.canConvertToLong()) {
      throw new IllegalArgumentException(
          "canonical JSON: fractional or out-of-range number "
              + node
              + " at "
              + where
              + " (write it as a string)");
    }
    long value = node.longValue();
    if (value > MAX_SAFE_INTEGER || value < -MAX_SAFE_INTEGER) {
      throw new IllegalArgumentException(
          "canonical JSON: integer "
              + value
              + " at "
              + where
              + " exceeds 2^53 (write it as a string)");
    }
    out.append(value);
  }

  static void writeString(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            out.append("\\u00")
                .append(Character.forDigit(c >> 4, 16))
                .append(Character.forDigit(c & 0xf, 16));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
