package org.scelle.reporter.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignatureNoteTest {
  @Test
  void namesTheSignerTheAuthorityAndHowToVerifyInFrench() {
    assertThat(
            SignatureNote.of(
                "fr", "Claire Petit", "legal", Optional.of("http://127.0.0.1:8080/tsa")))
        .isEqualTo(
            "Ce fichier porte la signature électronique PAdES de Claire Petit (legal), horodatée"
                + " (RFC 3161) par l'autorité http://127.0.0.1:8080/tsa. Vérification : scelle"
                + " check-dossier, pdfsig ou EU DSS.");
    assertThat(SignatureNote.of("fr", "Claire Petit", "legal", Optional.empty()))
        .contains("de Claire Petit (legal) ; sans horodatage")
        .contains("seulement déclarée.");
  }

  @Test
  void saysInEnglishWhenTheSigningTimeIsOnlyClaimed() {
    assertThat(SignatureNote.of("en", "Claire Petit", "legal", Optional.empty()))
        .isEqualTo(
            "This file carries the PAdES electronic signature of Claire Petit (legal); without a"
                + " time-stamp, the signing time is only claimed. Verify with scelle"
                + " check-dossier, pdfsig or EU DSS.");
    assertThat(SignatureNote.of("en", "A", "b", Optional.of("https://tsa.example/")))
        .contains("time-stamped (RFC 3161) by the authority https://tsa.example/.");
    assertThatThrownBy(() -> SignatureNote.of("de", "A", "b", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
