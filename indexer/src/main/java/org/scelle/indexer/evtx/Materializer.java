package org.scelle.indexer.evtx;

import java.util.ArrayList;
import java.util.List;
import org.scelle.indexer.evtx.TNode.TAttribute;
import org.scelle.indexer.evtx.TNode.TElement;
import org.scelle.indexer.evtx.TNode.TInstance;
import org.scelle.indexer.evtx.TNode.TSubstitution;
import org.scelle.indexer.evtx.TNode.Value;

/**
 * Turns parsed binary XML into the public tree: each template instance's body is copied with its
 * substitutions replaced by the instance's values. A substitution whose index has no value, and a
 * null value, yield no content (an attribute keeps an empty value, as in {@code evtx_dump.py}).
 * Stateless.
 */
final class Materializer {
  private Materializer() {}

  static List<Node> nodes(List<TNode> in) {
    List<Node> out = new ArrayList<>();
    append(in, List.of(), out);
    return out;
  }

  /**
   * A parsed element and the substitution values it is materialised with.
   *
   * @param element the element, possibly of a template definition
   * @param values the values of the template instance it belongs to (empty outside templates)
   */
  record Located(TElement element, List<Value> values) {
    /** The element materialised. */
    Element materialize() {
      return Materializer.element(element, values);
    }
  }

  /**
   * The element that comes first in {@link #nodes nodes(in)}, without materialising anything, or
   * null when there is none.
   */
  static Located firstElement(List<TNode> in) {
    return firstElement(in, List.of());
  }

  private static Located firstElement(List<TNode> in, List<Value> values) {
    for (TNode n : in) {
      Located found = null;
      if (n instanceof TElement e) {
        found = new Located(e, values);
      } else if (n instanceof TInstance i) {
        found = firstElement(i.template().body(), i.values());
      } else if (n instanceof TSubstitution s && s.index() < values.size()) {
        Value v = values.get(s.index());
        if (v.type() == Value.BINXML) {
          found = firstElement(v.binXml(), List.of());
        }
      }
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static void append(List<TNode> in, List<Value> values, List<Node> out) {
    for (TNode n : in) {
      if (n instanceof TElement e) {
        out.add(element(e, values));
      } else if (n instanceof TNode.TText t) {
        out.add(new Node.Text(t.value()));
      } else if (n instanceof TNode.TCData t) {
        out.add(new Node.CData(t.value()));
      } else if (n instanceof TNode.TCharRef t) {
        out.add(new Node.CharRef(t.codePoint()));
      } else if (n instanceof TNode.TEntityRef t) {
        out.add(new Node.EntityRef(t.name()));
      } else if (n instanceof TNode.TPi t) {
        out.add(new Node.Pi(t.target(), t.data()));
      } else if (n instanceof TInstance i) {
        append(i.template().body(), i.values(), out);
      } else if (n instanceof TSubstitution s) {
        substitute(s, values, out);
      }
    }
  }

  private static void substitute(TSubstitution s, List<Value> values, List<Node> out) {
    if (s.index() >= values.size()) {
      return;
    }
    Value v = values.get(s.index());
    if (v.type() == Value.BINXML) {
      append(v.binXml(), List.of(), out);
    } else if (!v.text().isEmpty()) {
      out.add(new Node.Text(v.text()));
    }
  }

  static Element element(TElement e, List<Value> values) {
    List<Attribute> attributes = new ArrayList<>(e.attributes().size());
    for (TAttribute a : e.attributes()) {
      List<Node> value = new ArrayList<>();
      append(a.value(), values, value);
      StringBuilder sb = new StringBuilder();
      for (Node n : value) {
        sb.append(n.text());
      }
      attributes.add(new Attribute(a.name(), sb.toString()));
    }
    List<Node> children = new ArrayList<>();
    append(e.children(), values, children);
    return new Element(e.name(), attributes, children);
  }
}
