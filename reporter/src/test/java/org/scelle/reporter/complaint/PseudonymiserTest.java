package org.scelle.reporter.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scelle.reporter.complaint.Complaint.PatternRule;
import org.scelle.reporter.complaint.Complaint.Pseudonymisation;

class PseudonymiserTest {

  private static Pseudonymiser sample() throws Exception {
    return new Pseudonymiser(ComplaintReader.read(SampleComplaintTest.SAMPLE).pseudonymisation());
  }

  private static final Pseudonymiser NONE = new Pseudonymiser(Pseudonymisation.none());

  @Test
  void replacesTheSampleIdentifiersAndNames() throws Exception {
    Pseudonymiser p = sample();
    assertThat(
            p.apply(
                "Patient Lucienne Morvan-Desprès (IPP-20191115, NIR 2 41 03 75 112 034 56)"
                    + " transférée; THÉO BASTIDE-QUÉREL vu par le Dr Martin."))
        .isEqualTo(
            "Patient [PATIENT] ([IPP], NIR [NIR]) transférée; [PATIENT] vu par le Dr Martin.");
  }

  @Test
  void leavesOtherTextUntouched() throws Exception {
    String text =
        "SRV-FILE01 4624 198.51.100.23 SIRET 26990001500018 IPP-2019 ClopReadMe.txt"
            + " sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
            + " Lucienne Morvan Desprès Ginette";
    assertThat(sample().apply(text)).isEqualTo(text);
  }

  @Test
  void namesAreWholeWordsAndAccentSensitive() throws Exception {
    Pseudonymiser p = sample();
    assertThat(p.apply("Théo Bastide-Quérel")).isEqualTo("[PATIENT]");
    assertThat(p.apply("théo   bastide-quérel")).isEqualTo("[PATIENT]");
    assertThat(p.apply("Theo Bastide-Querel")).isEqualTo("Theo Bastide-Querel");
    assertThat(p.apply("XThéo Bastide-Quérels")).isEqualTo("XThéo Bastide-Quérels");
    // decomposed è (e + U+0300) is the same name
    assertThat(p.apply("Lucienne Morvan-Despre\u0300s")).isEqualTo("[PATIENT]");
  }

  @Test
  void builtInNirWithAndWithoutSpacesEvenWhenTheComplaintHasNoRule() {
    assertThat(NONE.apply("NIR 1 85 05 78 006 084 36.")).isEqualTo("NIR [NIR].");
    assertThat(NONE.apply("NIR 185057800608436.")).isEqualTo("NIR [NIR].");
    assertThat(NONE.apply("NIR 1850578006084, sans clé")).isEqualTo("NIR [NIR], sans clé");
    assertThat(NONE.apply("né en Corse: 2 90 02 2A 123 456 78")).isEqualTo("né en Corse: [NIR]");
    assertThat(NONE.apply("1.85.05.78.006.084.36")).isEqualTo("[NIR]");
  }

  @Test
  void builtInNirLeavesSiretPhoneAndHashesAlone() {
    String text =
        "SIRET 26990001500018, SIREN 269900015, tél. 01 23 45 67 89, id 18505780060843612,"
            + " a1850578006084b";
    assertThat(NONE.apply(text)).isEqualTo(text);
  }

  @Test
  void replacementIsLiteral() {
    Pseudonymiser p =
        new Pseudonymiser(
            new Pseudonymisation(
                List.of(new PatternRule("ipp", null, "IPP-(\\d+)", "$1 [IPP]")),
                List.of(),
                "[PATIENT]"));
    assertThat(p.apply("IPP-123")).isEqualTo("$1 [IPP]");
  }

  @Test
  void longExcerptsAreCutWithAMarker() {
    String text = "a".repeat(Pseudonymiser.MAX_EXCERPT_CHARS + 10);
    assertThat(NONE.apply(text))
        .hasSize(
            Pseudonymiser.MAX_EXCERPT_CHARS + " […] [excerpt cut: 10 characters left out]".length())
        .endsWith("a […] [excerpt cut: 10 characters left out]");
  }

  @Test
  void catastrophicBacktrackingFailsNamingTheRule() {
    Pseudonymiser p =
        new Pseudonymiser(
            new Pseudonymisation(
                List.of(new PatternRule("runaway", null, "(a+)+$", "[X]")), List.of(), "[P]"));
    String input = "a".repeat(5_000) + "!";
    PseudonymisationException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> catchPseudonymisation(() -> p.apply(input)));
    assertThat(e.rule()).isEqualTo("runaway");
    assertThat(e.getMessage())
        .isEqualTo(
            "pseudonymisation rule runaway gave up after 5201000 steps on an excerpt of 5001"
                + " characters (catastrophic backtracking?): simplify its regular expression");
  }

  @Test
  void invalidRulesAreRefusedOnConstruction() {
    assertThatThrownBy(
            () ->
                new Pseudonymiser(
                    new Pseudonymisation(
                        List.of(new PatternRule("empty", null, "x?", "[X]")), List.of(), "[P]")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "pseudonymisation rule empty: matches empty text: it must match at least one"
                + " character");
  }

  private static PseudonymisationException catchPseudonymisation(Runnable call) {
    try {
      call.run();
    } catch (PseudonymisationException e) {
      return e;
    }
    throw new AssertionError("expected a PseudonymisationException");
  }
}
