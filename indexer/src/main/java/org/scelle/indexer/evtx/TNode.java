package org.scelle.indexer.evtx;

import java.util.List;

/**
 * A node of parsed binary XML before substitution: a template definition's body, or a fragment that
 * holds template instances. Immutable; templates are shared between the records of a chunk.
 */
sealed interface TNode {

  /**
   * An element whose attribute values and children may hold substitutions. An element of a template
   * definition ({@code shared}) is rendered for every record that uses the template: its XML,
   * compiled once into literal text and substitution slots, is kept here ({@link TemplateXml}).
   * Immutable but for that cache, which any thread may fill (it is always the same for the same
   * element, and its parts are immutable).
   */
  final class TElement implements TNode {
    private final String name;
    private final List<TAttribute> attributes;
    private final List<TNode> children;
    private final boolean shared;
    private Object[] xml;

    TElement(String name, List<TAttribute> attributes, List<TNode> children, boolean shared) {
      this.name = name;
      this.attributes = attributes;
      this.children = children;
      this.shared = shared;
    }

    String name() {
      return name;
    }

    List<TAttribute> attributes() {
      return attributes;
    }

    List<TNode> children() {
      return children;
    }

    /** Whether the element belongs to a template definition, used by every instance. */
    boolean shared() {
      return shared;
    }

    /** The compiled XML of {@link TemplateXml}, or null before the first render. */
    Object[] xml() {
      return xml;
    }

    void xml(Object[] compiled) {
      xml = compiled;
    }
  }

  /** An attribute whose value is a sequence of text, references and substitutions. */
  record TAttribute(String name, List<TNode> value) {}

  /** Literal character data. */
  record TText(String value) implements TNode {}

  /** A CDATA section. */
  record TCData(String value) implements TNode {}

  /** A character reference. */
  record TCharRef(int codePoint) implements TNode {}

  /** An entity reference. */
  record TEntityRef(String name) implements TNode {}

  /** A processing instruction. */
  record TPi(String target, String data) implements TNode {}

  /** A normal ({@code optional == false}) or optional substitution of value {@code index}. */
  record TSubstitution(int index, boolean optional) implements TNode {}

  /** A template instance: the template's body and the instance's values. */
  record TInstance(Template template, List<Value> values) implements TNode {}

  /** A template definition, cached per chunk by its chunk offset. */
  record Template(int offset, List<TNode> body) {}

  /**
   * A substitution value: its type and its text in {@code evtx_dump.py}'s conventions, or, for
   * binary XML (type 0x21), its parsed nodes.
   */
  record Value(int type, String text, List<TNode> binXml) {
    static final int NULL = 0x00;
    static final int BINXML = 0x21;
  }
}
