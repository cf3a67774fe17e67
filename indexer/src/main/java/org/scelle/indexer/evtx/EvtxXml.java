package org.scelle.indexer.evtx;

/**
 * Renders records as XML text in the layout of {@code evtx_dump.py} (python-evtx): every element
 * written as a start and an end tag followed by a newline, no indentation, characters outside ASCII
 * as character references, control characters not allowed in XML dropped. Unlike python-evtx,
 * quotes in attribute values are escaped, and character and entity references, CDATA sections and
 * processing instructions are written as such, so the output is always well-formed. Stateless.
 */
public final class EvtxXml {
  private EvtxXml() {}

  /** The XML declaration {@code evtx_dump.py} prints before {@code <Events>}. */
  public static final String DECLARATION =
      "<?xml version=\"1.1\" encoding=\"utf-8\" standalone=\"yes\" ?>";

  /** The record's XML, ending with a newline. */
  public static String render(EvtxRecord record) {
    StringBuilder sb = new StringBuilder(2048);
    render(record, sb);
    return sb.toString();
  }

  /** Appends the record's XML, ending with a newline, to {@code sb}. */
  public static void render(EvtxRecord record, StringBuilder sb) {
    Materializer.Located root = record.parsed();
    TemplateXml.element(root.element(), root.values(), sb);
  }

  /**
   * Appends the XML of a materialised element, ending with a newline: what {@link
   * #render(EvtxRecord, StringBuilder)} writes for a record whose root it is.
   */
  static void element(Element e, StringBuilder sb) {
    sb.append('<').append(e.name());
    for (Attribute a : e.attributes()) {
      sb.append(' ').append(a.name()).append("=\"");
      escape(a.value(), true, sb);
      sb.append('"');
    }
    sb.append('>');
    for (Node n : e.children()) {
      if (n instanceof Element child) {
        element(child, sb);
      } else if (n instanceof Node.Text t) {
        escape(t.value(), false, sb);
      } else if (n instanceof Node.CData c) {
        cdata(c.value(), sb);
      } else if (n instanceof Node.CharRef c) {
        charRef(c.codePoint(), sb);
      } else if (n instanceof Node.EntityRef r) {
        entityRef(r.name(), sb);
      } else if (n instanceof Node.Pi p) {
        pi(p.target(), p.data(), sb);
      }
    }
    sb.append("</").append(e.name()).append(">\n");
  }

  /** Appends a CDATA section; {@code ]]>} in its text splits it in two. */
  static void cdata(String value, StringBuilder sb) {
    sb.append("<![CDATA[").append(value.replace("]]>", "]]]]><![CDATA[>")).append("]]>");
  }

  /** Appends a character reference. */
  static void charRef(int codePoint, StringBuilder sb) {
    sb.append("&#").append(codePoint).append(';');
  }

  /** Appends an entity reference. */
  static void entityRef(String name, StringBuilder sb) {
    sb.append('&').append(name).append(';');
  }

  /** Appends a processing instruction. */
  static void pi(String target, String data, StringBuilder sb) {
    sb.append("<?").append(target);
    if (!data.isEmpty()) {
      sb.append(' ').append(data);
    }
    sb.append("?>");
  }

  /** Escapes {@code s} for XML content or a double-quoted attribute value. */
  static void escape(String s, boolean attribute, StringBuilder sb) {
    int plain = 0;
    while (plain < s.length() && verbatim(s.charAt(plain))) {
      plain++;
    }
    if (plain == s.length()) {
      sb.append(s);
      return;
    }
    sb.append(s, 0, plain);
    for (int i = plain; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append(attribute ? "&quot;" : "\"");
        default -> {
          if (cp >= 0x80) {
            sb.append("&#").append(cp).append(';');
          } else if (cp >= 0x20 && cp != 0x7f || cp == '\t' || cp == '\n' || cp == '\r') {
            sb.append((char) cp);
          }
        }
      }
    }
  }

  /** Whether {@code c} is written as itself in content and attributes alike. */
  private static boolean verbatim(char c) {
    return c >= 0x20 && c < 0x7f && c != '&' && c != '<' && c != '>' && c != '"';
  }
}
