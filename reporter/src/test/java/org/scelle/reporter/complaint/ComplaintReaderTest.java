package org.scelle.reporter.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per validation rule of {@link ComplaintReader}, each asserting the exact message. */
class ComplaintReaderTest {

  static final String MINIMAL =
      """
      place: "Valmont"
      date: "2019-11-18"
      plaintiff:
        name: "CHU de Valmont"
        address:
          street: "12 boulevard des Tilleuls"
          postal_code: "99100"
          city: "Valmont"
        representative:
          name: "Hélène Garnier-Vasseur"
          title: "Directrice générale"
      discovery_time: "2019-11-15T19:45:00+01:00"
      narrative:
        - "Les fichiers ont été chiffrés."
      offences:
        - article: "323-1"
      """;

  @TempDir Path dir;

  private Path write(String yaml) throws IOException {
    Path file = dir.resolve("complaint.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }

  private Complaint read(String yaml) throws Exception {
    return ComplaintReader.read(write(yaml));
  }

  /** The message of reading {@code yaml}, which must fail. */
  private String problems(String yaml) throws IOException {
    Path file = write(yaml);
    try {
      ComplaintReader.read(file);
    } catch (ComplaintException e) {
      assertThat(e.file()).isEqualTo(file);
      return e.getMessage();
    }
    throw new AssertionError("expected a ComplaintException for:\n" + yaml);
  }

  /** {@link #MINIMAL} with {@code from} replaced by {@code to}. */
  private static String minimal(String from, String to) {
    assertThat(MINIMAL).contains(from);
    return MINIMAL.replace(from, to);
  }

  @Test
  void minimalComplaintTakesTheDefaults() throws Exception {
    Complaint c = read(MINIMAL);
    assertThat(c.language()).isEqualTo("fr");
    assertThat(c.kind()).isEqualTo("plainte contre X");
    assertThat(c.addressee())
        .isEqualTo(
            new Complaint.Addressee(
                "Monsieur le Procureur de la République",
                "Tribunal judiciaire de Paris",
                "J3 – section cybercriminalité",
                "article 706-72-1 du Code de procédure pénale"));
    assertThat(c.plaintiff().address().country()).isEqualTo("FR");
    assertThat(c.offences().get(0).code()).isEqualTo("Code pénal");
    assertThat(c.counsel()).isNull();
    assertThat(c.impact()).isNull();
    assertThat(c.pseudonymisation()).isEqualTo(Complaint.Pseudonymisation.none());
  }

  @Test
  void englishDefaultAddressee() throws Exception {
    Complaint c = read("language: \"en\"\n" + MINIMAL);
    assertThat(c.addressee().title()).isEqualTo("Public Prosecutor");
    assertThat(c.addressee().court()).isEqualTo("Tribunal judiciaire de Paris");
  }

  @Test
  void language() throws Exception {
    assertThat(problems("language: \"de\"\n" + MINIMAL))
        .isEqualTo("complaint.yaml: language: must be fr or en, got \"de\"");
  }

  @Test
  void missingDiscoveryTime() throws Exception {
    assertThat(problems(minimal("discovery_time: \"2019-11-15T19:45:00+01:00\"\n", "")))
        .isEqualTo("complaint.yaml: discovery_time: missing");
  }

  @Test
  void timeWithoutOffset() throws Exception {
    assertThat(problems(minimal("19:45:00+01:00", "19:45:00")))
        .isEqualTo(
            "complaint.yaml: discovery_time: has no offset: write it with its UTC offset, for"
                + " example \"2019-11-15T19:45:00+01:00\" (the dossier does not guess a time zone)");
  }

  @Test
  void malformedTime() throws Exception {
    assertThat(problems(minimal("2019-11-15T19:45:00+01:00", "15/11/2019 19h45")))
        .isEqualTo(
            "complaint.yaml: discovery_time: must be a time written YYYY-MM-DDThh:mm:ss+hh:mm,"
                + " got \"15/11/2019 19h45\"");
  }

  @Test
  void date() throws Exception {
    assertThat(problems(minimal("\"2019-11-18\"", "\"18/11/2019\"")))
        .isEqualTo("complaint.yaml: date: must be a date written YYYY-MM-DD, got \"18/11/2019\"");
  }

  @Test
  void dateBeforeDiscovery() throws Exception {
    assertThat(problems(minimal("\"2019-11-18\"", "\"2019-11-14\"")))
        .isEqualTo(
            "complaint.yaml: date: must not be before the day of discovery_time (2019-11-15),"
                + " got \"2019-11-14\"");
  }

  @Test
  void firstKnownActivityAfterDiscovery() throws Exception {
    assertThat(problems(MINIMAL + "first_known_activity: \"2019-11-16T08:00:00+01:00\"\n"))
        .isEqualTo(
            "complaint.yaml: first_known_activity: must not be after discovery_time"
                + " (2019-11-15T19:45+01:00), got \"2019-11-16T08:00+01:00\"");
  }

  @Test
  void sirenLength() throws Exception {
    assertThat(
            problems(
                minimal("  name: \"CHU de Valmont\"\n", "  name: \"CHU\"\n  siren: \"1234\"\n")))
        .isEqualTo("complaint.yaml: plaintiff.siren: must be 9 digits, got \"1234\"");
  }

  @Test
  void siretLength() throws Exception {
    assertThat(
            problems(
                minimal("  name: \"CHU de Valmont\"\n", "  name: \"CHU\"\n  siret: \"1234\"\n")))
        .isEqualTo("complaint.yaml: plaintiff.siret: must be 14 digits, got \"1234\"");
  }

  @Test
  void siretLuhn() throws Exception {
    assertThat(
            problems(
                minimal(
                    "  name: \"CHU de Valmont\"\n",
                    "  name: \"CHU\"\n  siret: \"26990001500019\"\n")))
        .isEqualTo(
            "complaint.yaml: plaintiff.siret: check digit is wrong in \"26990001500019\": is a"
                + " digit mistyped?");
  }

  @Test
  void sirenWithSpacesIsAccepted() throws Exception {
    Complaint c =
        read(
            minimal("  name: \"CHU de Valmont\"\n", "  name: \"CHU\"\n  siren: \"269 900 015\"\n"));
    assertThat(c.plaintiff().siren()).isEqualTo("269900015");
  }

  @Test
  void siretMustExtendSiren() throws Exception {
    assertThat(
            problems(
                minimal(
                    "  name: \"CHU de Valmont\"\n",
                    "  name: \"CHU\"\n  siren: \"269900015\"\n  siret: \"73282932000074\"\n")))
        .isEqualTo(
            "complaint.yaml: plaintiff.siret: must start with the SIREN \"269900015\", got"
                + " \"73282932000074\"");
  }

  @Test
  void finess() throws Exception {
    assertThat(
            read(minimal(
                    "  name: \"CHU de Valmont\"\n", "  name: \"CHU\"\n  finess: \"2A0000010\"\n"))
                .plaintiff()
                .finess())
        .isEqualTo("2A0000010");
    assertThat(
            problems(
                minimal(
                    "  name: \"CHU de Valmont\"\n", "  name: \"CHU\"\n  finess: \"99000001\"\n")))
        .isEqualTo(
            "complaint.yaml: plaintiff.finess: must be 9 characters, digits or 2A/2B followed by"
                + " 7 digits, got \"99000001\"");
  }

  @Test
  void postalCode() throws Exception {
    assertThat(problems(minimal("\"99100\"", "\"9910\"")))
        .isEqualTo(
            "complaint.yaml: plaintiff.address.postal_code: must be 5 digits for a French"
                + " address, got \"9910\"");
  }

  @Test
  void unquotedNumberWhereTextIsExpected() throws Exception {
    assertThat(problems(minimal("\"99100\"", "01000")))
        .isEqualTo(
            "complaint.yaml: plaintiff.address.postal_code: must be text (put it in quotes), got"
                + " the number 512");
  }

  @Test
  void email() throws Exception {
    assertThat(
            problems(MINIMAL + "counsel:\n  name: \"Maître Aubertin\"\n  email: \"aubertin@\"\n"))
        .isEqualTo(
            "complaint.yaml: counsel.email: must be an e-mail address such as"
                + " name@example.fr, got \"aubertin@\"");
  }

  @Test
  void negativeAmount() throws Exception {
    assertThat(problems(MINIMAL + "impact:\n  estimated_losses_eur: -5\n"))
        .isEqualTo("complaint.yaml: impact.estimated_losses_eur: must not be negative, got -5");
  }

  @Test
  void amountWrittenAsText() throws Exception {
    assertThat(problems(MINIMAL + "impact:\n  estimated_losses_eur: \"1 870 000 €\"\n"))
        .isEqualTo(
            "complaint.yaml: impact.estimated_losses_eur: must be a number of euros (digits"
                + " only), got \"1 870 000 €\"");
  }

  @Test
  void lossesExceedingTheTotal() throws Exception {
    assertThat(
            problems(
                MINIMAL
                    + """
                    impact:
                      estimated_losses_eur: 1000
                      losses:
                        - item: "experts"
                          amount_eur: 800
                        - item: "overtime"
                          amount_eur: 300.50
                    """))
        .isEqualTo(
            "complaint.yaml: impact.losses: the items add up to 1100.5 €, more than"
                + " estimated_losses_eur (1000 €)");
  }

  @Test
  void lossWithoutAmount() throws Exception {
    assertThat(problems(MINIMAL + "impact:\n  losses:\n    - item: \"experts\"\n"))
        .isEqualTo("complaint.yaml: impact.losses[0].amount_eur: missing");
  }

  @Test
  void degradedModeEndingBeforeItStarts() throws Exception {
    assertThat(
            problems(
                MINIMAL
                    + """
                    impact:
                      degraded_mode:
                        start: "2019-11-15T19:45:00+01:00"
                        end: "2019-11-15T18:00:00+01:00"
                    """))
        .isEqualTo(
            "complaint.yaml: impact.degraded_mode.end: must be after start"
                + " (2019-11-15T19:45+01:00), got \"2019-11-15T18:00+01:00\"");
  }

  @Test
  void offenceNotInTheCatalogue() throws Exception {
    assertThat(
            problems(
                minimal(
                    "  - article: \"323-1\"\n",
                    "  - article: \"323-1\"\n  - article: \"323-2\"\n  - article: \"999-9\"\n")))
        .isEqualTo(
            "complaint.yaml: offences[2].article: 999-9 is not in the legal catalogue (known:"
                + " 323-1, 323-2, 323-3, 323-3-1, 323-4-1, 323-7, 312-1, 312-9, 312-6, 132-79)");
  }

  @Test
  void referenceIsNotAnOffence() throws Exception {
    assertThat(problems(minimal("\"323-1\"", "\"706-72-1\"")))
        .startsWith(
            "complaint.yaml: offences[0].article: 706-72-1 (Code de procédure pénale) is cited by"
                + " the dossier, it is not an offence (known: 323-1,");
  }

  @Test
  void offenceUnderTheWrongCode() throws Exception {
    assertThat(
            problems(
                minimal(
                    "  - article: \"323-1\"\n",
                    "  - code: \"Code civil\"\n    article: \"323-1\"\n")))
        .isEqualTo(
            "complaint.yaml: offences[0].code: article 323-1 is in the Code pénal, got \"Code"
                + " civil\"");
  }

  @Test
  void offenceListedTwice() throws Exception {
    assertThat(
            problems(
                minimal(
                    "  - article: \"323-1\"\n",
                    "  - article: \"323-1\"\n  - article: \"323-1\"\n")))
        .isEqualTo("complaint.yaml: offences[1].article: 323-1 is listed twice");
  }

  @Test
  void regexThatDoesNotCompile() throws Exception {
    assertThat(
            problems(
                MINIMAL
                    + "pseudonymisation:\n  patterns:\n    - name: \"ipp\"\n"
                    + "      regex: 'IPP-(\\d{8}'\n      replacement: \"[IPP]\"\n"))
        .isEqualTo(
            "complaint.yaml: pseudonymisation.patterns[0].regex: is not a valid regular"
                + " expression: Unclosed group at character 11");
  }

  @Test
  void regexMatchingEmptyText() throws Exception {
    assertThat(
            problems(
                MINIMAL
                    + "pseudonymisation:\n  patterns:\n    - name: \"ipp\"\n"
                    + "      regex: '\\d*'\n      replacement: \"[IPP]\"\n"))
        .isEqualTo(
            "complaint.yaml: pseudonymisation.patterns[0].regex: matches empty text: it must"
                + " match at least one character");
  }

  @Test
  void unknownKey() throws Exception {
    assertThat(
            problems(
                minimal(
                    "  name: \"CHU de Valmont\"\n", "  name: \"CHU\"\n  sirne: \"269900015\"\n")))
        .isEqualTo(
            "complaint.yaml: plaintiff.sirne: unknown key (known: name, legal_form, siren, siret,"
                + " finess, address, representative)");
  }

  @Test
  void duplicateKey() throws Exception {
    assertThat(problems(MINIMAL + "place: \"Rouen\"\n"))
        .isEqualTo(
            "complaint.yaml: line 17, column 6: the key place is written twice in the same"
                + " mapping");
  }

  @Test
  void aliasesAreRefused() throws Exception {
    assertThat(problems(MINIMAL + "requests: &r\n  - \"a\"\nwitnesses: *r\n"))
        .isEqualTo(
            "complaint.yaml: line 17, column 11: uses an anchor (&r): anchors, aliases and tags"
                + " are not accepted, write each value out");
  }

  @Test
  void syntaxError() throws Exception {
    assertThat(problems("place: [\"Valmont\"\n"))
        .isEqualTo(
            "complaint.yaml: line 2, column 1: not valid YAML: expected ',' or ']', but got"
                + " <stream end> (while parsing a flow sequence)");
  }

  @Test
  void fileLargerThanOneMebibyte() throws Exception {
    String big = MINIMAL + "# " + "x".repeat(1 << 20) + "\n";
    assertThat(problems(big))
        .isEqualTo(
            "complaint.yaml: larger than 1 MiB: a complaint file is a few kilobytes, is it the"
                + " right file?");
  }

  @Test
  void everyProblemIsReportedTogether() throws Exception {
    String yaml =
        """
        language: "es"
        place: "Valmont"
        date: "2019-11-18"
        plaintiff:
          name: "CHU"
          siret: "1234"
          address:
            street: "1 rue"
            postal_code: "99100"
            city: "Valmont"
          representative:
            name: "A"
            title: "B"
        discovery_time: "2019-11-15T19:45:00"
        narrative:
          - "Faits."
        offences:
          - article: "999-9"
        witnesses:
          - name: "X"
            emial: "x@example.fr"
        """;
    assertThat(problems(yaml).lines())
        .containsExactly(
            "complaint.yaml: language: must be fr or en, got \"es\"",
            "complaint.yaml: plaintiff.siret: must be 14 digits, got \"1234\"",
            "complaint.yaml: discovery_time: has no offset: write it with its UTC offset, for"
                + " example \"2019-11-15T19:45:00+01:00\" (the dossier does not guess a time"
                + " zone)",
            "complaint.yaml: witnesses[0].emial: unknown key (known: name, role, organisation,"
                + " email)",
            "complaint.yaml: offences[0].article: 999-9 is not in the legal catalogue (known:"
                + " 323-1, 323-2, 323-3, 323-3-1, 323-4-1, 323-7, 312-1, 312-9, 312-6, 132-79)");
  }

  @Test
  void missingRequiredSections() throws Exception {
    assertThat(problems("language: \"fr\"\n").lines())
        .containsExactly(
            "complaint.yaml: place: missing",
            "complaint.yaml: date: missing",
            "complaint.yaml: plaintiff: missing",
            "complaint.yaml: discovery_time: missing",
            "complaint.yaml: narrative: missing: at least one paragraph stating the facts",
            "complaint.yaml: offences: missing: at least one offence of the legal catalogue");
  }

  @Test
  void tagsAreRefused() throws Exception {
    assertThat(problems(MINIMAL + "kind: !!binary cGxhaW50ZQ==\n"))
        .isEqualTo(
            "complaint.yaml: line 17, column 7: uses a tag (tag:yaml.org,2002:binary): anchors,"
                + " aliases and tags are not accepted, write each value out");
  }

  @Test
  void notUtf8() throws Exception {
    Path file = dir.resolve("complaint.yaml");
    Files.write(file, MINIMAL.getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> ComplaintReader.read(file))
        .isInstanceOf(ComplaintException.class)
        .hasMessage("complaint.yaml: not UTF-8 text: save it as UTF-8");
  }

  @Test
  void emptyFile() throws Exception {
    assertThat(problems("")).isEqualTo("complaint.yaml: empty");
  }

  @Test
  void wrongShapes() throws Exception {
    assertThat(
            problems(
                minimal(
                        "narrative:\n  - \"Les fichiers ont été chiffrés.\"\n",
                        "narrative: \"Les faits.\"\n")
                    + "counsel: \"Maître Aubertin\"\n"))
        .isEqualTo(
            "complaint.yaml: counsel: must be a mapping of keys, got text \"Maître"
                + " Aubertin\"\n"
                + "complaint.yaml: narrative: must be a list (lines starting with \"- \"), got text"
                + " \"Les faits.\"");
  }

  @Test
  void unknownTopLevelKey() throws Exception {
    assertThat(problems(MINIMAL + "discovery_tme: \"2019-11-15T19:45:00+01:00\"\n"))
        .startsWith("complaint.yaml: discovery_tme: unknown key (known: language, kind, place,");
  }

  @Test
  void emptyNameWouldHideEverythingAndIsRefused() throws Exception {
    assertThat(
            problems(
                MINIMAL
                    + "pseudonymisation:\n  names:\n    - \"Théo Bastide-Quérel\"\n    - \"\"\n"))
        .isEqualTo(
            "complaint.yaml: pseudonymisation.names[1]: empty: remove the line or write the text");
  }

  @Test
  void secondDocument() throws Exception {
    assertThat(problems(MINIMAL + "---\nplace: \"Rouen\"\n"))
        .isEqualTo(
            "complaint.yaml: line 18, column 1: a second YAML document starts here (---): keep"
                + " one complaint per file");
  }

  @Test
  void notAMapping() throws Exception {
    assertThat(problems("\"plainte\"\n"))
        .isEqualTo("complaint.yaml: must be a mapping of keys, got text \"plainte\"");
  }
}
