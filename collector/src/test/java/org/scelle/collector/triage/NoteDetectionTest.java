package org.scelle.collector.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoteDetectionTest {

  private final Triage triage = new Triage(TriageRules.builtIn());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ClopReadMe.txt",
        "CLOPREADME.TXT",
        "!_READ_ME_!.txt",
        "README_FOR_DECRYPT.txt",
        "HOW_TO_DECRYPT_FILES.txt",
        "_readme.txt",
        "RECOVERY_INSTRUCTIONS.html",
        "#README.txt",
        "How To Restore Your Files.txt",
        "!!!READ_ME.txt"
      })
  void noteNamesAloneMakeANote(String name) {
    TriageResult r =
        TriageTest.triage(triage, name, "Hello.\n".getBytes(StandardCharsets.US_ASCII), 4096);
    assertThat(r.verdict()).isEqualTo(Verdict.RANSOM_NOTE);
    assertThat(r.reasons()).containsExactly("note-name:" + name);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"readme.txt", "README.md", "restore_files.sh", "decrypt.py", "how-to.txt"})
  void ordinaryNamesAreNotNotes(String name) {
    TriageResult r =
        TriageTest.triage(
            triage, name, "Build with make.\n".getBytes(StandardCharsets.US_ASCII), 4096);
    assertThat(r.verdict()).isEqualTo(Verdict.CLEAN);
  }

  @Test
  void frenchNoteByContent() {
    String note =
        "Bonjour,\nVos fichiers ont été chiffrés par notre équipe.\n"
            + "Pour les récupérer, contactez-nous par e-mail : rouen-restore@protonmail.com\n"
            + "Ne renommez pas les fichiers. Paiement en bitcoin uniquement.\n";
    TriageResult r =
        TriageTest.triage(
            triage, "LISEZ-MOI.txt", note.getBytes(StandardCharsets.ISO_8859_1), 4096);
    assertThat(r.verdict()).isEqualTo(Verdict.RANSOM_NOTE);
    assertThat(r.reasons())
        .contains(
            "note-cue:encryption-claim",
            "note-cue:anonymous-email",
            "note-cue:payment",
            "note-cue:do-not-rename");
    assertThat(r.reasons()).allMatch(s -> s.startsWith("note-cue:"));
  }

  @Test
  void utf16NoteWithBom() {
    String note =
        "All of your files have been encrypted!\r\nDownload Tor Browser and visit our page.\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0xFF);
    out.write(0xFE);
    out.writeBytes(note.getBytes(StandardCharsets.UTF_16LE));
    TriageResult r = TriageTest.triage(triage, "message.txt", out.toByteArray(), 3);
    assertThat(r.contentType()).isEqualTo("text/plain");
    assertThat(r.verdict()).isEqualTo(Verdict.RANSOM_NOTE);
    assertThat(r.reasons()).containsExactly("note-cue:tor-browser", "note-cue:encryption-claim");
  }

  @Test
  void htaNoteWithTagsInsidePhrases() {
    String hta =
        "<html><head><hta:application id=\"x\"/></head><body><p>Your <b>files</b> have been"
            + "<br/>encrypted.</p><p>Payment in <i>Bitcoin</i>&nbsp;only.</p></body></html>";
    TriageResult r =
        TriageTest.triage(triage, "info.hta", hta.getBytes(StandardCharsets.UTF_8), 10);
    assertThat(r.contentType()).isEqualTo("text/html");
    assertThat(r.verdict()).isEqualTo(Verdict.RANSOM_NOTE);
    assertThat(r.reasons()).containsExactly("note-cue:payment", "note-cue:encryption-claim");
  }

  @Test
  void oneCueIsNotANote() {
    String log =
        "2019-11-15 21:03:11 tls: failed to decrypt session ticket from 10.30.12.98\n".repeat(50);
    TriageResult r =
        TriageTest.triage(triage, "tls.log", log.getBytes(StandardCharsets.US_ASCII), 4096);
    assertThat(r.verdict()).isEqualTo(Verdict.CLEAN);
    assertThat(r.reasons()).isEmpty();
  }

  @Test
  void bitcoinAddressesNeedAValidChecksum() {
    assertThat(Base58Check.isValidAddress("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")).isTrue();
    assertThat(Base58Check.isValidAddress("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")).isTrue();
    assertThat(Base58Check.isValidAddress("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb")).isFalse();
    assertThat(Base58Check.isValidAddress("11111111111111111111111111")).isFalse();
    String withAddress = "send 0.5 bitcoin to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa now";
    String withFake = "bitcoin token 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb done";
    NoteDetector notes =
        new NoteDetector(TriageRules.builtIn().noteNames(), TriageRules.builtIn().noteCues());
    assertThat(
            notes.cues(
                withAddress.getBytes(StandardCharsets.US_ASCII), withAddress.length(), false))
        .extracting(NoteCue::id)
        .contains("bitcoin-address");
    assertThat(notes.cues(withFake.getBytes(StandardCharsets.US_ASCII), withFake.length(), false))
        .extracting(NoteCue::id)
        .doesNotContain("bitcoin-address");
  }

  @Test
  void textWithoutAnyGateWordIsNotSearched() {
    String noGate = "mail admin@mail.example.net and pay 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa";
    NoteDetector notes =
        new NoteDetector(TriageRules.builtIn().noteNames(), TriageRules.builtIn().noteCues());
    assertThat(notes.cues(noGate.getBytes(StandardCharsets.US_ASCII), noGate.length(), false))
        .isEmpty();
    String gated = noGate + " to recover your files";
    assertThat(notes.cues(gated.getBytes(StandardCharsets.US_ASCII), gated.length(), false))
        .isNotEmpty();
  }

  @Test
  void largeTextIsNotSearchedForCues() {
    String note = "Your files are encrypted. Use Tor Browser. ";
    StringBuilder big = new StringBuilder(note);
    while (big.length() <= (1 << 20)) {
      big.append("padding line of an ordinary large text file\n");
    }
    TriageResult r =
        TriageTest.triage(
            triage, "big.txt", big.toString().getBytes(StandardCharsets.US_ASCII), 65536);
    assertThat(r.verdict()).isEqualTo(Verdict.CLEAN);
  }
}
