package org.scelle.reporter.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.scelle.reporter.complaint.Complaint.Address;
import org.scelle.reporter.complaint.Complaint.Addressee;
import org.scelle.reporter.complaint.Complaint.Counsel;
import org.scelle.reporter.complaint.Complaint.Loss;
import org.scelle.reporter.complaint.Complaint.Notification;
import org.scelle.reporter.complaint.Complaint.OffenceRef;
import org.scelle.reporter.complaint.Complaint.Representative;
import org.scelle.reporter.complaint.Complaint.Witness;

/** The committed sample complaint ({@code samples/incident/complaint.yaml}) reads in full. */
class SampleComplaintTest {

  static final Path SAMPLE =
      Path.of("").toAbsolutePath().getParent().resolve("samples/incident/complaint.yaml");

  @Test
  void readsEveryValueOfTheSample() throws Exception {
    Complaint c = ComplaintReader.read(SAMPLE);

    assertThat(c.language()).isEqualTo("fr");
    assertThat(c.kind()).isEqualTo("plainte contre X");
    assertThat(c.place()).isEqualTo("Valmont");
    assertThat(c.date()).isEqualTo(LocalDate.of(2019, 11, 18));

    var plaintiff = c.plaintiff();
    assertThat(plaintiff.name()).isEqualTo("Centre Hospitalier Universitaire de Valmont");
    assertThat(plaintiff.legalForm()).isEqualTo("Établissement public de santé");
    assertThat(plaintiff.siren()).isEqualTo("269900015");
    assertThat(plaintiff.siret()).isEqualTo("26990001500018");
    assertThat(plaintiff.finess()).isEqualTo("990000010");
    assertThat(plaintiff.address())
        .isEqualTo(new Address("12 boulevard des Tilleuls", "99100", "Valmont", "FR"));
    assertThat(plaintiff.representative())
        .isEqualTo(
            new Representative(
                "Hélène Garnier-Vasseur",
                "Directrice générale",
                "représentante légale de l'établissement"));
    assertThat(c.counsel())
        .isEqualTo(
            new Counsel(
                "Maître Camille Aubertin",
                "Barreau de Paris",
                "c.aubertin@cabinet-aubertin.example"));
    assertThat(c.addressee())
        .isEqualTo(
            new Addressee(
                "Monsieur le Procureur de la République",
                "Tribunal judiciaire de Paris",
                "J3 - section cybercriminalité",
                "article 706-72-1 du Code de procédure pénale"));

    assertThat(c.discoveryTime()).isEqualTo(OffsetDateTime.parse("2019-11-15T19:45:00+01:00"));
    assertThat(c.firstKnownActivity()).isEqualTo(OffsetDateTime.parse("2019-10-28T09:41:07+01:00"));
    assertThat(c.narrative()).hasSize(7);
    assertThat(c.narrative().get(0)).startsWith("Le vendredi 15 novembre 2019 vers 19 h 45");
    assertThat(c.narrative().get(3)).contains("VALMONT\\svc_sauvegarde");

    var impact = c.impact();
    assertThat(impact.servicesDown()).hasSize(7).startsWith("dossier patient informatisé");
    assertThat(impact.degradedMode().start())
        .isEqualTo(OffsetDateTime.parse("2019-11-15T19:45:00+01:00"));
    assertThat(impact.degradedMode().end())
        .isEqualTo(OffsetDateTime.parse("2019-12-06T18:00:00+01:00"));
    assertThat(impact.degradedMode().description()).startsWith("Prise en charge sur papier");
    assertThat(impact.patientsTransferred()).isEqualTo(14);
    assertThat(impact.appointmentsCancelled()).isEqualTo(1240);
    assertThat(impact.dataExfiltrationSuspected()).isTrue();
    assertThat(impact.estimatedLossesEur()).isEqualByComparingTo("1870000");
    assertThat(impact.losses())
        .extracting(Loss::amountEur)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(
            new BigDecimal(920000),
            new BigDecimal(610000),
            new BigDecimal(240000),
            new BigDecimal(100000));

    assertThat(c.offences())
        .extracting(OffenceRef::article)
        .containsExactly("323-1", "323-2", "323-3", "312-1", "312-9");
    assertThat(c.offences()).allSatisfy(o -> assertThat(o.code()).isEqualTo("Code pénal"));
    assertThat(c.offences().get(3).label()).isEqualTo("extorsion");

    assertThat(c.witnesses())
        .extracting(Witness::email)
        .containsExactly(
            "dsi@chu-valmont.example",
            "rssi@chu-valmont.example",
            "o.tessier@cert-sante.example",
            "a.lacroix@chu-valmont.example");
    assertThat(c.requests()).hasSize(4);
    assertThat(c.notifications())
        .containsExactly(
            new Notification(
                "CERT Santé (signalement d'incident)",
                OffsetDateTime.parse("2019-11-15T21:10:00+01:00")),
            new Notification(
                "Agence régionale de santé", OffsetDateTime.parse("2019-11-15T22:00:00+01:00")),
            new Notification("ANSSI", OffsetDateTime.parse("2019-11-15T22:30:00+01:00")),
            new Notification(
                "CNIL (violation de données, RGPD art. 33)",
                OffsetDateTime.parse("2019-11-17T16:00:00+01:00")),
            new Notification(
                "Assureur (contrat cyber)", OffsetDateTime.parse("2019-11-18T10:00:00+01:00")));

    var pseudo = c.pseudonymisation();
    assertThat(pseudo.patterns())
        .extracting(Complaint.PatternRule::name)
        .containsExactly("nir", "ipp");
    assertThat(pseudo.patterns().get(1).regex()).isEqualTo("\\bIPP-\\d{8}\\b");
    assertThat(pseudo.patterns().get(1).replacement()).isEqualTo("[IPP]");
    assertThat(pseudo.names())
        .containsExactly(
            "Lucienne Morvan-Desprès", "Théo Bastide-Quérel", "Ginette Abadie-Lorieux");
    assertThat(pseudo.namesReplacement()).isEqualTo("[PATIENT]");
  }
}
