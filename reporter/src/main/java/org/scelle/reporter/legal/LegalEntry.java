package org.scelle.reporter.legal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article of the {@link LegalCatalogue}.
 *
 * @param kind whether complaints may qualify it as an offence or the dossier only cites it
 * @param code the code or regulation, for example {@code Code pénal} or {@code RGPD}
 * @param article the article number as written in that code, for example {@code 323-1}
 * @param summaryFr one plain-language line in French (scelle's words, not the text of the law)
 * @param summaryEn the same line in English
 * @param penaltyFr the main penalty in French as checked on {@code sourceDate}; null for a
 *     reference
 * @param penaltyEn the same in English; null for a reference
 * @param source the URL where the article can be read
 * @param sourceKind whether {@code source} is the article itself or a search for it
 * @param sourceDate the day the entry was last checked
 */
public record LegalEntry(
    Kind kind,
    String code,
    String article,
    String summaryFr,
    String summaryEn,
    String penaltyFr,
    String penaltyEn,
    String source,
    SourceKind sourceKind,
    LocalDate sourceDate) {

  /** What the dossier may do with an entry. */
  public enum Kind {
    /** An offence a complaint may qualify ({@code offences:} in complaint.yaml). */
    OFFENCE,
    /** A text the dossier cites (competence, deadlines); never an offence. */
    REFERENCE
  }

  /** What the {@code source} URL points at. */
  public enum SourceKind {
    /** The article's own permanent address. */
    ARTICLE,
    /** A search for the article, used where its permanent identifier could not be confirmed. */
    SEARCH
  }

  public LegalEntry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(summaryFr, "summaryFr");
    Objects.requireNonNull(summaryEn, "summaryEn");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sourceKind, "sourceKind");
    Objects.requireNonNull(sourceDate, "sourceDate");
    if (kind == Kind.OFFENCE && (penaltyFr == null || penaltyEn == null)) {
      throw new IllegalArgumentException("offence " + article + " has no penalty in fr and en");
    }
  }

  /** The summary in {@code language} ({@code fr} or {@code en}). */
  public String summary(String language) {
    return LegalCatalogue.isFrench(language) ? summaryFr : summaryEn;
  }

  /** The penalty in {@code language} ({@code fr} or {@code en}), or null for a reference. */
  public String penalty(String language) {
    return LegalCatalogue.isFrench(language) ? penaltyFr : penaltyEn;
  }

  /** The citation, for example {@code article 323-1 du Code pénal} or {@code RGPD, art. 33}. */
  public String citation(String language) {
    if (LegalCatalogue.isFrench(language)) {
      return "article " + article + " du " + code;
    }
    return code + ", article " + article;
  }
}
