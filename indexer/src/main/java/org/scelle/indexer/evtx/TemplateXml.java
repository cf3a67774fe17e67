package org.scelle.indexer.evtx;

import java.util.ArrayList;
import java.util.List;
import org.scelle.indexer.evtx.TNode.TAttribute;
import org.scelle.indexer.evtx.TNode.TElement;
import org.scelle.indexer.evtx.TNode.TInstance;
import org.scelle.indexer.evtx.TNode.TSubstitution;
import org.scelle.indexer.evtx.TNode.Value;

/**
 * Renders parsed binary XML as {@link EvtxXml} text straight from the template tree and the
 * substitution values, without materialising {@link Element}s: the output is the same as {@link
 * EvtxXml} would write for the materialised tree (see {@link Materializer}).
 *
 * <p>An element of a template definition is compiled on its first render into its literal text
 * (tags, attribute names, template text, escaped once) and slots for the substitutions, and kept on
 * the element: the records of a chunk that share a template then only append those strings and
 * escape their values. Stateless.
 */
final class TemplateXml {
  private TemplateXml() {}

  /** A substitution in element content: the value escaped as text, or its binary XML rendered. */
  private record ContentSlot(int index) {}

  /** An attribute value that is one substitution: the value's text, escaped for an attribute. */
  private record AttributeSlot(int index) {}

  /** An attribute value of several parts: their text concatenated, then escaped. */
  private record CompositeSlot(List<TNode> parts) {}

  /** Appends the XML of {@code e}, substituting {@code values}, ending with a newline. */
  static void element(TElement e, List<Value> values, StringBuilder sb) {
    if (!e.shared()) {
      tree(e, values, sb);
      return;
    }
    Object[] parts = e.xml();
    if (parts == null) {
      parts = compile(e);
      e.xml(parts);
    }
    for (Object p : parts) {
      if (p instanceof String s) {
        sb.append(s);
      } else if (p instanceof ContentSlot c) {
        if (c.index() < values.size()) {
          Value v = values.get(c.index());
          if (v.type() == Value.BINXML) {
            content(v.binXml(), List.of(), sb);
          } else {
            EvtxXml.escape(v.text(), false, sb);
          }
        }
      } else if (p instanceof AttributeSlot a) {
        if (a.index() < values.size()) {
          Value v = values.get(a.index());
          if (v.type() == Value.BINXML) {
            StringBuilder text = new StringBuilder();
            text(v.binXml(), List.of(), text);
            EvtxXml.escape(text.toString(), true, sb);
          } else {
            EvtxXml.escape(v.text(), true, sb);
          }
        }
      } else {
        StringBuilder text = new StringBuilder();
        text(((CompositeSlot) p).parts(), values, text);
        EvtxXml.escape(text.toString(), true, sb);
      }
    }
  }

  /** The element's XML as literal strings and slots, for any values. */
  private static Object[] compile(TElement e) {
    Compiler c = new Compiler();
    c.element(e);
    return c.finish();
  }

  /** Builds the parts of a compiled element: adjacent literal text merged into one string. */
  private static final class Compiler {
    private final List<Object> parts = new ArrayList<>();
    private final StringBuilder literal = new StringBuilder();

    void element(TElement e) {
      literal.append('<').append(e.name());
      for (TAttribute a : e.attributes()) {
        literal.append(' ').append(a.name()).append("=\"");
        List<TNode> value = a.value();
        if (value.size() == 1 && value.get(0) instanceof TSubstitution s) {
          slot(new AttributeSlot(s.index()));
        } else if (isLiteral(value)) {
          StringBuilder text = new StringBuilder();
          text(value, List.of(), text);
          EvtxXml.escape(text.toString(), true, literal);
        } else {
          slot(new CompositeSlot(value));
        }
        literal.append('"');
      }
      literal.append('>');
      for (TNode n : e.children()) {
        if (n instanceof TElement child) {
          element(child);
        } else if (n instanceof TSubstitution s) {
          slot(new ContentSlot(s.index()));
        } else {
          // Literal text, references and template instances (whose values are their own).
          content(List.of(n), List.of(), literal);
        }
      }
      literal.append("</").append(e.name()).append(">\n");
    }

    private void slot(Object slot) {
      if (literal.length() > 0) {
        parts.add(literal.toString());
        literal.setLength(0);
      }
      parts.add(slot);
    }

    Object[] finish() {
      if (literal.length() > 0) {
        parts.add(literal.toString());
      }
      return parts.toArray();
    }

    /** Whether an attribute value holds no substitution, so renders the same for any values. */
    private static boolean isLiteral(List<TNode> value) {
      for (TNode n : value) {
        if (n instanceof TSubstitution) {
          return false;
        }
      }
      return true;
    }
  }

  /** Appends the XML of {@code e} by walking the tree (elements outside templates). */
  private static void tree(TElement e, List<Value> values, StringBuilder sb) {
    sb.append('<').append(e.name());
    for (TAttribute a : e.attributes()) {
      sb.append(' ').append(a.name()).append("=\"");
      StringBuilder text = new StringBuilder();
      text(a.value(), values, text);
      EvtxXml.escape(text.toString(), true, sb);
      sb.append('"');
    }
    sb.append('>');
    content(e.children(), values, sb);
    sb.append("</").append(e.name()).append(">\n");
  }

  /** Appends nodes as element content, as {@link EvtxXml} writes their materialised form. */
  private static void content(List<TNode> in, List<Value> values, StringBuilder sb) {
    for (TNode n : in) {
      if (n instanceof TElement e) {
        element(e, values, sb);
      } else if (n instanceof TNode.TText t) {
        EvtxXml.escape(t.value(), false, sb);
      } else if (n instanceof TSubstitution s) {
        if (s.index() < values.size()) {
          Value v = values.get(s.index());
          if (v.type() == Value.BINXML) {
            content(v.binXml(), List.of(), sb);
          } else {
            EvtxXml.escape(v.text(), false, sb);
          }
        }
      } else if (n instanceof TInstance i) {
        content(i.template().body(), i.values(), sb);
      } else if (n instanceof TNode.TCData c) {
        EvtxXml.cdata(c.value(), sb);
      } else if (n instanceof TNode.TCharRef c) {
        EvtxXml.charRef(c.codePoint(), sb);
      } else if (n instanceof TNode.TEntityRef r) {
        EvtxXml.entityRef(r.name(), sb);
      } else if (n instanceof TNode.TPi p) {
        EvtxXml.pi(p.target(), p.data(), sb);
      }
    }
  }

  /**
   * Appends the text of nodes as {@link Node#text()} gives it for their materialised form: an
   * element's text is its content's, references are resolved, processing instructions are empty.
   */
  private static void text(List<TNode> in, List<Value> values, StringBuilder sb) {
    for (TNode n : in) {
      if (n instanceof TElement e) {
        text(e.children(), values, sb);
      } else if (n instanceof TNode.TText t) {
        sb.append(t.value());
      } else if (n instanceof TSubstitution s) {
        if (s.index() < values.size()) {
          Value v = values.get(s.index());
          if (v.type() == Value.BINXML) {
            text(v.binXml(), List.of(), sb);
          } else {
            sb.append(v.text());
          }
        }
      } else if (n instanceof TInstance i) {
        text(i.template().body(), i.values(), sb);
      } else if (n instanceof TNode.TCData c) {
        sb.append(c.value());
      } else if (n instanceof TNode.TCharRef c) {
        sb.append(new Node.CharRef(c.codePoint()).text());
      } else if (n instanceof TNode.TEntityRef r) {
        sb.append(new Node.EntityRef(r.name()).text());
      }
    }
  }
}
