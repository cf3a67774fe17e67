package org.scelle.indexer.evtx;

import java.util.Objects;

/**
 * One node of a record's XML tree: an {@link Element} or character content. Immutable.
 *
 * <p>Substituted values are already rendered as text in the conventions of {@code evtx_dump.py}
 * (python-evtx): integers in decimal, hexadecimal integers as {@code 0x} and zero-padded digits,
 * GUIDs in braces, times as {@code 2019-11-15 19:45:00.123456} (UTC), binary as base64, arrays of
 * strings as {@code <string>a</string>} lines.
 */
public sealed interface Node
    permits Element, Node.Text, Node.CData, Node.CharRef, Node.EntityRef, Node.Pi {

  /** The node's character content; for an element, the concatenated content of its children. */
  String text();

  /** Character data (a value token or a substituted value). */
  record Text(String value) implements Node {
    public Text {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String text() {
      return value;
    }
  }

  /** A CDATA section. */
  record CData(String value) implements Node {
    public CData {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String text() {
      return value;
    }
  }

  /** A character reference {@code &#N;}. */
  record CharRef(int codePoint) implements Node {
    @Override
    public String text() {
      return Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : "";
    }
  }

  /** An entity reference {@code &name;}; the five XML entities resolve in {@link #text()}. */
  record EntityRef(String name) implements Node {
    @Override
    public String text() {
      return switch (name) {
        case "amp" -> "&";
        case "lt" -> "<";
        case "gt" -> ">";
        case "quot" -> "\"";
        case "apos" -> "'";
        default -> "&" + name + ";";
      };
    }
  }

  /** A processing instruction. */
  record Pi(String target, String data) implements Node {
    @Override
    public String text() {
      return "";
    }
  }
}
