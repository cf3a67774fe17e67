package org.scelle.indexer.evtx;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An XML element of a record: its name, attributes in document order and children. Immutable.
 *
 * @param name the local name (e.g. {@code Event}, {@code EventID}, {@code Data})
 * @param attributes the attributes in document order
 * @param children child elements and character content in document order
 */
public record Element(String name, List<Attribute> attributes, List<Node> children)
    implements Node {

  public Element {
    Objects.requireNonNull(name, "name");
    attributes = List.copyOf(attributes);
    children = List.copyOf(children);
  }

  @Override
  public String text() {
    StringBuilder sb = new StringBuilder();
    for (Node n : children) {
      sb.append(n.text());
    }
    return sb.toString();
  }

  /** The value of attribute {@code attr}, if present. */
  public Optional<String> attribute(String attr) {
    for (Attribute a : attributes) {
      if (a.name().equals(attr)) {
        return Optional.of(a.value());
      }
    }
    return Optional.empty();
  }

  /** The first child element named {@code child}, if any. */
  public Optional<Element> child(String child) {
    for (Node n : children) {
      if (n instanceof Element e && e.name().equals(child)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The child elements, in document order. */
  public List<Element> elements() {
    List<Element> out = new ArrayList<>();
    for (Node n : children) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * The element at {@code path} below this one, each step naming a child element (e.g. {@code
   * "System", "TimeCreated"}).
   */
  public Optional<Element> path(String... path) {
    Optional<Element> e = Optional.of(this);
    for (String step : path) {
      e = e.flatMap(x -> x.child(step));
    }
    return e;
  }
}
