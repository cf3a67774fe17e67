package org.scelle.indexer.hunt;

import java.util.Objects;

/** One {@code object:property = 'value'} test of an indicator, already typed. Immutable. */
public record Comparison(IndicatorType type, String value) {
  public Comparison {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }
}
