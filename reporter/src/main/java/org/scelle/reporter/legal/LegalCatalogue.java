package org.scelle.reporter.legal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in catalogue of articles ({@code catalogue.yaml} next to this class): the offences a
 * complaint may qualify and the texts the dossier cites.
 *
 * <p>Instances are immutable and thread-safe. Articles are unique across codes, so an article
 * number alone identifies an entry.
 */
public final class LegalCatalogue {

  private static final String RESOURCE = "catalogue.yaml";

  private final Map<String, LegalEntry> entries;
  private final List<LegalEntry> ordered;
  private final String warningFr;
  private final String warningEn;

  private LegalCatalogue(List<LegalEntry> entries, String warningFr, String warningEn) {
    Map<String, LegalEntry> byArticle = new LinkedHashMap<>();
    for (LegalEntry entry : entries) {
      if (byArticle.put(entry.article(), entry) != null) {
        throw new IllegalStateException(RESOURCE + ": article " + entry.article() + " twice");
      }
    }
    this.entries = Map.copyOf(byArticle);
    this.ordered = List.copyOf(entries);
    this.warningFr = warningFr;
    this.warningEn = warningEn;
  }

  /**
   * The built-in catalogue, read once from the class path.
   *
   * @throws IllegalStateException if the built-in resource is missing or malformed (a build error)
   */
  public static LegalCatalogue load() {
    return Holder.INSTANCE;
  }

  /** The entry for {@code article} (for example {@code 323-1}), if the catalogue has it. */
  public Optional<LegalEntry> find(String article) {
    return Optional.ofNullable(entries.get(article));
  }

  /** Every entry, in catalogue order (offences first, then references). */
  public List<LegalEntry> all() {
    return ordered;
  }

  /** The offences a complaint may qualify, in catalogue order. */
  public List<LegalEntry> offences() {
    return ordered.stream().filter(e -> e.kind() == LegalEntry.Kind.OFFENCE).toList();
  }

  /**
   * The standing notice printed next to penalties: they change, check them on the filing date.
   *
   * @param language {@code fr} or {@code en}
   */
  public String warning(String language) {
    return isFrench(language) ? warningFr : warningEn;
  }

  static boolean isFrench(String language) {
    return !"en".equals(language);
  }

  private static final class Holder {
    static final LegalCatalogue INSTANCE = read();
  }

  private static LegalCatalogue read() {
    JsonNode root;
    try (InputStream in = LegalCatalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("legal catalogue resource " + RESOURCE + " is missing");
      }
      root = new ObjectMapper(new YAMLFactory()).readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the legal catalogue " + RESOURCE, e);
    }
    List<LegalEntry> entries = new ArrayList<>();
    for (JsonNode node : root.path("entries")) {
      entries.add(entry(node));
    }
    JsonNode warning = root.path("warning");
    return new LegalCatalogue(entries, text(warning, "fr"), text(warning, "en"));
  }

  private static LegalEntry entry(JsonNode node) {
    String article = text(node, "article");
    try {
      return new LegalEntry(
          LegalEntry.Kind.valueOf(text(node, "kind").toUpperCase(Locale.ROOT)),
          text(node, "code"),
          article,
          text(node, "summary_fr"),
          text(node, "summary_en"),
          optionalText(node, "penalty_fr"),
          optionalText(node, "penalty_en"),
          text(node, "source"),
          LegalEntry.SourceKind.valueOf(text(node, "source_kind").toUpperCase(Locale.ROOT)),
          LocalDate.parse(text(node, "source_date")));
    } catch (RuntimeException e) {
      throw new IllegalStateException(RESOURCE + ": article " + article + ": " + e.getMessage(), e);
    }
  }

  private static String text(JsonNode node, String key) {
    String value = optionalText(node, key);
    if (value == null) {
      throw new IllegalStateException(RESOURCE + ": " + key + " missing in " + node);
    }
    return value;
  }

  private static String optionalText(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value == null || value.isNull() ? null : value.asText();
  }
}
