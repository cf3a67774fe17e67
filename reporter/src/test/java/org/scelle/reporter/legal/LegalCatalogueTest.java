package org.scelle.reporter.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LegalCatalogueTest {

  private final LegalCatalogue catalogue = LegalCatalogue.load();

  @Test
  void holdsExactlyTheArticlesOfTheDesign() {
    assertThat(catalogue.offences())
        .extracting(LegalEntry::article)
        .containsExactly(
            "323-1", "323-2", "323-3", "323-3-1", "323-4-1", "323-7", "312-1", "312-9", "312-6",
            "132-79");
    assertThat(catalogue.all())
        .filteredOn(e -> e.kind() == LegalEntry.Kind.REFERENCE)
        .extracting(LegalEntry::code, LegalEntry::article)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Code de procédure pénale", "706-72-1"),
            org.assertj.core.groups.Tuple.tuple("Code des assurances", "L12-10-1"),
            org.assertj.core.groups.Tuple.tuple("RGPD", "33"),
            org.assertj.core.groups.Tuple.tuple("Code de la santé publique", "L1111-8-2"));
  }

  @Test
  void everyEntryHasBothLanguagesASourceAndADate() {
    assertThat(catalogue.all())
        .allSatisfy(
            e -> {
              assertThat(e.summaryFr()).isNotBlank();
              assertThat(e.summaryEn()).isNotBlank().isNotEqualTo(e.summaryFr());
              assertThat(e.source()).startsWith("https://");
              assertThat(e.sourceDate()).isBefore(LocalDate.of(2100, 1, 1));
              if (e.kind() == LegalEntry.Kind.OFFENCE) {
                assertThat(e.code()).isEqualTo("Code pénal");
                assertThat(e.penaltyFr()).isNotBlank();
                assertThat(e.penaltyEn()).isNotBlank();
              } else {
                assertThat(e.penaltyFr()).isNull();
              }
            });
  }

  @Test
  void statesThePenaltiesOfTheLopmiLaw() {
    assertThat(catalogue.find("323-1").orElseThrow().penalty("en"))
        .startsWith("3 years' imprisonment and a 100,000 € fine");
    assertThat(catalogue.find("323-1").orElseThrow().penalty("fr"))
        .startsWith("3 ans d'emprisonnement et 100 000 € d'amende");
    assertThat(catalogue.find("312-6").orElseThrow().penalty("fr"))
        .isEqualTo("20 ans de réclusion criminelle et 150 000 € d'amende.");
    assertThat(catalogue.find("323-4-1").orElseThrow().penalty("en"))
        .isEqualTo("10 years' imprisonment and a 300,000 € fine.");
  }

  @Test
  void findsByArticleAndRejectsUnknownOnes() {
    assertThat(catalogue.find("312-9")).get().extracting(LegalEntry::code).isEqualTo("Code pénal");
    assertThat(catalogue.find("999-9")).isEmpty();
    assertThat(catalogue.find("323-1").orElseThrow().citation("fr"))
        .isEqualTo("article 323-1 du Code pénal");
    assertThat(catalogue.find("33").orElseThrow().citation("en")).isEqualTo("RGPD, article 33");
  }

  @Test
  void warnsThatPenaltiesChangeInBothLanguages() {
    assertThat(catalogue.warning("fr")).contains("vérifiez-les à la date du dépôt");
    assertThat(catalogue.warning("en")).contains("check them on the filing date");
  }
}
