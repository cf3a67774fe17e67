package org.scelle.custody.item;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What became of a candidate. */
public enum ItemStatus {
  /** Its bytes are in the vault, hashed and verified. */
  ACQUIRED("acquired"),
  /**
   * Deliberately not copied (symbolic link, special file, too large, not sampled), with a reason.
   */
  SKIPPED("skipped"),
  /** Copying failed (unreadable, read error, verify-on-write failure), with a reason. */
  ERROR("error");

  private final String label;

  ItemStatus(String label) {
    this.label = label;
  }

  @JsonValue
  public String label() {
    return label;
  }

  @JsonCreator
  public static ItemStatus of(String label) {
    for (ItemStatus s : values()) {
      if (s.label.equals(label)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown item status: " + label);
  }
}
