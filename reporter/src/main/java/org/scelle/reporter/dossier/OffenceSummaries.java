package org.scelle.reporter.dossier;

import java.util.Optional;

/**
 * What the dossier needs from the legal catalogue: the catalogue's summary of an article and the
 * source that dates it. The dossier cites article numbers and these summaries; it never writes
 * statute wording of its own.
 *
 * <p>Implementations must be thread-safe and side-effect free.
 */
@FunctionalInterface
public interface OffenceSummaries {

  /**
   * The catalogue entry for {@code article} of {@code code}, or empty when the catalogue does not
   * know it (the dossier then shows the plaintiff's label only and says the article is not in the
   * catalogue).
   *
   * @param code for example {@code Code pénal}
   * @param article for example {@code 323-1}
   */
  Optional<Summary> find(String code, String article);

  /**
   * A catalogue summary.
   *
   * @param text the catalogue's summary of the offence and its penalty
   * @param source where and when the wording was taken (for example {@code Légifrance, version en
   *     vigueur au 2019-11-15}), or null
   */
  record Summary(String text, String source) {}

  /** A catalogue that knows no article: every offence is shown with its label only. */
  static OffenceSummaries none() {
    return (code, article) -> Optional.empty();
  }
}
