package org.scelle.reporter.dossier;

import java.util.Optional;

/**
 * The cover's sentence on how the dossier is signed, in the dossier's language, from the same
 * message bundles as the rest of its fixed texts. Stateless.
 */
public final class SignatureNote {
  private SignatureNote() {}

  /**
   * The sentence: who signs (name and role), whether a time-stamp authority dates the signature
   * (and which), and how to verify it.
   *
   * @param language {@code fr} or {@code en}
   * @param tsaUrl the time-stamp authority's URL, or empty when the signing time is only claimed
   * @throws IllegalArgumentException for another language
   */
  public static String of(String language, String name, String role, Optional<String> tsaUrl) {
    Messages m = Messages.of(language);
    String who = name + " (" + role + ")";
    return tsaUrl
        .map(url -> m.get("signature.note.timestamped", who, url))
        .orElseGet(() -> m.get("signature.note.untimed", who));
  }
}
