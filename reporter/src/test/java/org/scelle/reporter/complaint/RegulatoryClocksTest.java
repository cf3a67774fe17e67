package org.scelle.reporter.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scelle.reporter.complaint.Deadline.Obligation;
import org.scelle.reporter.complaint.Deadline.Status.Kind;

class RegulatoryClocksTest {

  @TempDir Path dir;

  @Test
  void clocksOfTheSample() throws Exception {
    List<Deadline> deadlines =
        RegulatoryClocks.compute(ComplaintReader.read(SampleComplaintTest.SAMPLE));

    assertThat(deadlines)
        .extracting(Deadline::obligation)
        .containsExactly(Obligation.COMPLAINT, Obligation.INSURER, Obligation.CNIL, Obligation.ARS);

    Deadline complaint = deadlines.get(0);
    assertThat(complaint.due()).isEqualTo(OffsetDateTime.parse("2019-11-18T19:45+01:00"));
    assertThat(complaint.due().getOffset()).hasToString("+01:00");
    assertThat(complaint.dueUtc()).hasToString("2019-11-18T18:45Z");
    assertThat(complaint.status().kind()).isEqualTo(Kind.DUE_DAY);
    assertThat(complaint.statusText("fr"))
        .isEqualTo(
            "datée du jour de l'échéance : dans les délais seulement si déposée avant 19:45"
                + " (+01:00)");
    assertThat(complaint.obligation().source().article()).isEqualTo("L12-10-1");
    assertThat(complaint.dueText("en")).isEqualTo("2019-11-18T19:45+01:00 (2019-11-18T18:45Z)");

    Deadline insurer = deadlines.get(1);
    assertThat(insurer.status().kind()).isEqualTo(Kind.MET);
    assertThat(insurer.status().recordedAs()).isEqualTo("Assureur (contrat cyber)");
    assertThat(insurer.statusText("en")).isEqualTo("met: done at 2019-11-18T10:00+01:00");

    Deadline cnil = deadlines.get(2);
    assertThat(cnil.due()).isEqualTo(OffsetDateTime.parse("2019-11-18T19:45+01:00"));
    assertThat(cnil.status().kind()).isEqualTo(Kind.MET);
    assertThat(cnil.status().at()).isEqualTo(OffsetDateTime.parse("2019-11-17T16:00+01:00"));
    assertThat(cnil.obligation().source().code()).isEqualTo("RGPD");

    Deadline ars = deadlines.get(3);
    assertThat(ars.immediate()).isTrue();
    assertThat(ars.due()).isEqualTo(OffsetDateTime.parse("2019-11-15T19:45+01:00"));
    assertThat(ars.status().kind()).isEqualTo(Kind.RECORDED);
    assertThat(ars.status().delta()).isEqualTo(Duration.ofMinutes(135));
    assertThat(ars.statusText("fr"))
        .isEqualTo("fait le 2019-11-15T22:00+01:00, 2 h 15 min après la découverte");
    assertThat(ars.dueText("en"))
        .isEqualTo("without delay, from 2019-11-15T19:45+01:00 (2019-11-15T18:45Z)");
    assertThat(ars.obligation().source().article()).isEqualTo("L1111-8-2");
  }

  @Test
  void lateNotRecordedAndNotAHealthEstablishment() throws Exception {
    Path file = dir.resolve("complaint.yaml");
    Files.writeString(
        file,
        ComplaintReaderTest.MINIMAL.replace("\"2019-11-18\"", "\"2019-11-20\"")
            + """
            notifications:
              - to: "CNIL"
                time: "2019-11-19T10:30:00+01:00"
              - to: "cnil (complément)"
                time: "2019-11-21T10:30:00+01:00"
            """);
    List<Deadline> deadlines = RegulatoryClocks.compute(ComplaintReader.read(file));

    assertThat(deadlines)
        .extracting(Deadline::obligation)
        .containsExactly(Obligation.COMPLAINT, Obligation.INSURER, Obligation.CNIL);
    Deadline complaint = deadlines.get(0);
    assertThat(complaint.status().kind()).isEqualTo(Kind.LATE);
    assertThat(complaint.statusText("en"))
        .isEqualTo("late by at least 1 d 4 h 15 min (dated 2019-11-20)");
    Deadline insurer = deadlines.get(1);
    assertThat(insurer.status().kind()).isEqualTo(Kind.NOT_RECORDED);
    assertThat(insurer.statusText("fr")).isEqualTo("non renseigné");
    Deadline cnil = deadlines.get(2);
    assertThat(cnil.status().kind()).isEqualTo(Kind.LATE);
    assertThat(cnil.statusText("fr"))
        .isEqualTo("en retard de 14 h 45 min (fait le 2019-11-19T10:30+01:00)");
  }
}
