package org.scelle.indexer.evtx;

import java.util.List;

/**
 * A node of parsed binary XML before substitution: a template definition's body, or a fragment that
 * holds template instances. Immutable; templates are shared between the records of a chunk.
 */
sealed interface TNode {

  /** An element whose attribute values and children may hold substitutions. */
  record TElement(String name, List<TAttribute> attributes, List<TNode> children)
      implements TNode {}

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
