package org.scelle.reporter.dossier;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The fixed texts of the dossier in one language, from {@code Messages_<lang>.properties} (UTF-8)
 * beside this class. Placeholders are {@code {0}}, {@code {1}}, ... and are replaced literally (no
 * {@link java.text.MessageFormat} quoting, so French apostrophes need no escaping). Immutable and
 * thread-safe.
 */
final class Messages {
  private final String language;
  private final ResourceBundle bundle;

  private Messages(String language, ResourceBundle bundle) {
    this.language = language;
    this.bundle = bundle;
  }

  /**
   * The texts for {@code language}.
   *
   * @throws IllegalArgumentException when the language is not {@code fr} or {@code en}
   */
  static Messages of(String language) {
    if (!"fr".equals(language) && !"en".equals(language)) {
      throw new IllegalArgumentException("dossier language must be fr or en; got: " + language);
    }
    ResourceBundle b =
        ResourceBundle.getBundle(
            Messages.class.getName(),
            Locale.forLanguageTag(language),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new Messages(language, b);
  }

  String language() {
    return language;
  }

  /**
   * The text for {@code key} with {@code {i}} replaced by {@code args[i]}.
   *
   * @throws IllegalStateException when the key is missing (a programming error)
   */
  String get(String key, Object... args) {
    String s;
    try {
      s = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("dossier message '" + key + "' missing for " + language, e);
    }
    for (int i = 0; i < args.length; i++) {
      s = s.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return s;
  }

  /** Whether {@code key} exists (for optional, per-value labels such as action names). */
  boolean has(String key) {
    return bundle.containsKey(key);
  }
}
