package org.scelle.indexer.ioc;

import java.util.Objects;

/**
 * One indicator found in a text.
 *
 * @param type the kind of indicator
 * @param value the normalised value (refanged, lower-cased where the type is case-insensitive,
 *     canonical form for IP addresses): what an index stores and a hunt compares
 * @param raw the text exactly as found, possibly defanged
 * @param start offset of the first char of {@code raw} in the original text
 * @param end offset just after the last char of {@code raw} in the original text
 */
public record Ioc(IocType type, String value, String raw, int start, int end) {

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if the offsets are negative or reversed, or a string is empty
   */
  public Ioc {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(raw, "raw");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "IOC offsets must satisfy 0 <= start < end; got: start=" + start + ", end=" + end);
    }
    if (value.isEmpty()) {
      throw new IllegalArgumentException("IOC value must not be empty; raw: " + raw);
    }
  }
}
