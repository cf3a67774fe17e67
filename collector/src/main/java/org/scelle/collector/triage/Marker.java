package org.scelle.collector.triage;

import java.util.Arrays;

/**
 * A byte string that ransomware writes into the files it encrypts (a footer such as Clop's {@code
 * Clop^_-}, a header such as WannaCry's {@code WANACRY!}).
 *
 * @param name the name used in the reason {@code marker:<name>}
 * @param bytes the bytes searched for, at most {@link #MAX_LENGTH}; not copied, never mutated
 */
record Marker(String name, byte[] bytes) {

  /** The longest marker: it must fit in the tail that triage keeps. */
  static final int MAX_LENGTH = 1024;

  @Override
  public boolean equals(Object o) {
    return o instanceof Marker m && name.equals(m.name) && Arrays.equals(bytes, m.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "Marker[" + name + "]";
  }
}
