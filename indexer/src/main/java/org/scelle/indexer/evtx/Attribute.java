package org.scelle.indexer.evtx;

import java.util.Objects;

/**
 * An attribute of an {@link Element}, its value rendered as text (empty for a null substitution).
 */
public record Attribute(String name, String value) {
  public Attribute {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }
}
