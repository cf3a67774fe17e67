package org.scelle.custody.ledger;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a ledger entry records. */
public enum Action {
  CASE_CREATED("case-created"),
  ACQUIRED("acquired"),
  SKIPPED("skipped"),
  SEALED("sealed"),
  VERIFIED("verified"),
  TRANSFERRED("transferred"),
  RECEIVED("received"),
  INDEXED("indexed"),
  HUNTED("hunted"),
  REPORTED("reported"),
  NOTE("note");

  private final String label;

  Action(String label) {
    this.label = label;
  }

  @JsonValue
  public String label() {
    return label;
  }

  /**
   * The action named {@code label}.
   *
   * @throws IllegalArgumentException for an unknown label
   */
  @JsonCreator
  public static Action of(String label) {
    for (Action a : values()) {
      if (a.label.equals(label)) {
        return a;
      }
    }
    throw new IllegalArgumentException("unknown ledger action: " + label);
  }
}
