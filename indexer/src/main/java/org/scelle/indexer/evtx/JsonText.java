package org.scelle.indexer.evtx;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes an element as {@link EvtxJson#tree} has it, straight into a buffer, in the shared mapper's
 * text: no spaces, strings escaped as Jackson escapes them (a backslash before {@code "} and
 * itself, {@code \n}-style escapes for the five usual control characters, a backslash, {@code u00}
 * and two upper-case hex digits for the others below U+0020, everything else as is). An element
 * whose keys collide (a repeated child name becomes an array, a repeated attribute or a child named
 * {@code #text} replaces a key in place) is written through the tree and the mapper instead, so the
 * text is the same in every case. Stateless.
 */
final class JsonText {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  private static final String ATTRIBUTES = "#attributes";
  private static final String TEXT = "#text";

  private JsonText() {}

  /** Whether a root element of this name would replace one of the record's own keys. */
  static boolean topLevelKey(String name) {
    return switch (name) {
      case "record_id", "written", "chunk", "offset" -> true;
      default -> false;
    };
  }

  /** Appends the value of {@code e}: null, a string or an object. */
  static void element(Element e, StringBuilder sb) {
    List<Attribute> attributes = e.attributes();
    List<Node> children = e.children();
    int elements = 0;
    for (Node n : children) {
      if (n instanceof Element) {
        elements++;
      }
    }
    String text = EvtxJson.ownText(e);
    if (attributes.isEmpty() && elements == 0) {
      nullOrString(text, sb);
      return;
    }
    boolean eventData = e.name().equals("EventData");
    if (!distinctKeys(attributes, children, elements, text, eventData)) {
      sb.append(EvtxJson.write(EvtxJson.element(e)));
      return;
    }
    sb.append('{');
    boolean first = true;
    if (!attributes.isEmpty()) {
      string(ATTRIBUTES, sb);
      sb.append(":{");
      for (int i = 0; i < attributes.size(); i++) {
        Attribute a = attributes.get(i);
        if (i > 0) {
          sb.append(',');
        }
        string(a.name(), sb);
        sb.append(':');
        string(a.value(), sb);
      }
      sb.append('}');
      first = false;
    }
    for (Node n : children) {
      if (n instanceof Element c) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        String dataName = eventData ? dataName(c) : null;
        if (dataName != null) {
          string(dataName, sb);
          sb.append(':');
          nullOrString(c.text(), sb);
        } else {
          string(c.name(), sb);
          sb.append(':');
          element(c, sb);
        }
      }
    }
    if (!text.isEmpty()) {
      sb.append(',');
      string(TEXT, sb);
      sb.append(':');
      string(text, sb);
    }
    sb.append('}');
  }

  /** The {@code Name} attribute of a {@code Data} element, which keys it under EventData. */
  private static String dataName(Element c) {
    if (!c.name().equals("Data")) {
      return null;
    }
    for (Attribute a : c.attributes()) {
      if (a.name().equals("Name")) {
        return a.value();
      }
    }
    return null;
  }

  /**
   * Whether the object's keys ({@code #attributes}, each child's, {@code #text}) and the attribute
   * names are all distinct, so that writing them in order gives the tree's text.
   */
  private static boolean distinctKeys(
      List<Attribute> attributes,
      List<Node> children,
      int elements,
      String text,
      boolean eventData) {
    int n = attributes.size();
    for (int i = 0; i < n; i++) {
      String name = attributes.get(i).name();
      for (int j = i + 1; j < n; j++) {
        if (name.equals(attributes.get(j).name())) {
          return false;
        }
      }
    }
    String[] keys = new String[elements + 2];
    int k = 0;
    if (!attributes.isEmpty()) {
      keys[k++] = ATTRIBUTES;
    }
    for (Node c : children) {
      if (c instanceof Element e) {
        String dataName = eventData ? dataName(e) : null;
        keys[k++] = dataName != null ? dataName : e.name();
      }
    }
    if (!text.isEmpty()) {
      keys[k++] = TEXT;
    }
    if (k > 16) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < k; i++) {
        if (!seen.add(keys[i])) {
          return false;
        }
      }
      return true;
    }
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        if (keys[i].equals(keys[j])) {
          return false;
        }
      }
    }
    return true;
  }

  private static void nullOrString(String s, StringBuilder sb) {
    if (s.isEmpty()) {
      sb.append("null");
    } else {
      string(s, sb);
    }
  }

  /** Appends {@code s} as a JSON string, escaped as Jackson escapes it. */
  static void string(String s, StringBuilder sb) {
    sb.append('"');
    int len = s.length();
    int i = 0;
    while (i < len && plain(s.charAt(i))) {
      i++;
    }
    if (i == len) {
      sb.append(s).append('"');
      return;
    }
    sb.append(s, 0, i);
    for (; i < len; i++) {
      char c = s.charAt(i);
      if (plain(c)) {
        sb.append(c);
        continue;
      }
      sb.append('\\');
      switch (c) {
        case '"' -> sb.append('"');
        case '\\' -> sb.append('\\');
        case '\b' -> sb.append('b');
        case '\t' -> sb.append('t');
        case '\n' -> sb.append('n');
        case '\f' -> sb.append('f');
        case '\r' -> sb.append('r');
        default -> sb.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    sb.append('"');
  }

  private static boolean plain(char c) {
    return c >= 0x20 && c != '"' && c != '\\';
  }
}
