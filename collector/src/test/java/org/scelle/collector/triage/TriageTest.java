package org.scelle.collector.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TriageTest {

  /**
   * Random inputs derive from this seed, printed in every assertion message; set -Dscelle.seed to
   * replay.
   */
  private static final long SEED = Long.getLong("scelle.seed", System.nanoTime());

  private final Triage triage = new Triage(TriageRules.builtIn());
  private final Random random = new Random(SEED);

  @Test
  void randomBytesWithClopExtensionAreEncrypted() {
    TriageResult r = triage("x.docx.Clop", random(1 << 20));
    assertThat(r.verdict()).as("seed %d", SEED).isEqualTo(Verdict.ENCRYPTED);
    assertThat(r.reasons()).as("seed %d", SEED).startsWith("known-extension:.Clop");
    assertThat(r.entropy()).as("seed %d", SEED).isGreaterThan(7.99);
  }

  @Test
  void clopVariantsStayDistinctInReasons() {
    assertThat(triage("a.xlsx.CIop", random(100)).reasons())
        .containsExactly("known-extension:.CIop");
    assertThat(triage("a.xlsx.Cl0p", random(100)).reasons())
        .containsExactly("known-extension:.Cl0p");
    assertThat(triage("a.xlsx.CLOP", random(100)).reasons())
        .containsExactly("known-extension:.CLOP");
  }

  @Test
  void randomBytesNamedDocxAreEncryptedByMismatchAndEntropy() {
    TriageResult r = triage("x.docx", random(1 << 20));
    assertThat(r.verdict()).as("seed %d", SEED).isEqualTo(Verdict.ENCRYPTED);
    assertThat(r.reasons()).as("seed %d", SEED).hasSize(3);
    assertThat(r.reasons().get(0)).isEqualTo("magic-mismatch:docx");
    assertThat(r.reasons().get(1)).as("seed %d", SEED).matches("entropy:(7\\.99|8\\.00)");
    assertThat(r.reasons().get(2)).as("seed %d", SEED).matches("chi-square:\\d{3}\\.\\d");
    assertThat(r.chiSquare()).as("seed %d", SEED).isBetween(150.0, 400.0);
    assertThat(r.contentType()).isEqualTo("application/octet-stream");
  }

  @Test
  void randomBytesWithoutKnownFormatAreEncrypted() {
    TriageResult r = triage("blob.bin", random(1 << 20));
    assertThat(r.verdict()).as("seed %d", SEED).isEqualTo(Verdict.ENCRYPTED);
    assertThat(r.reasons().get(0)).startsWith("entropy:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"archive.zip", "report.docx", "ARCHIVE.ZIP"})
  void zipOfIncompressibleEntriesIsClean(String name) throws IOException {
    byte[] zip = zip("a.bin", random(300_000), "b.bin", random(300_000));
    TriageResult r = triage(name, zip);
    assertThat(r.entropy()).as("seed %d", SEED).isGreaterThan(7.99);
    assertThat(r.verdict()).as("seed %d", SEED).isEqualTo(Verdict.CLEAN);
    assertThat(r.reasons()).isEmpty();
    assertThat(r.contentType()).isEqualTo("application/zip");
  }

  @Test
  void zipOfDeflatedTextIsClean() throws IOException {
    byte[] zip = zip("journal.log", logText(400_000).getBytes(StandardCharsets.UTF_8));
    TriageResult r = triage("logs.zip", zip);
    assertThat(r.verdict()).as("seed %d", SEED).isEqualTo(Verdict.CLEAN);
    assertThat(r.contentType()).isEqualTo("application/zip");
  }

  @Test
  void ooxmlZipIsRecognisedAndClean() throws IOException {
    byte[] docx =
        zip(
            "[Content_Types].xml",
            "<Types/>".getBytes(StandardCharsets.UTF_8),
            "word/document.xml",
            random(50_000));
    TriageResult r = triage("compte-rendu.docx", docx);
    assertThat(r.contentType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(r.verdict()).as("seed %d", SEED).isEqualTo(Verdict.CLEAN);
    assertThat(triage("compte-rendu.pdf", docx).reasons())
        .as("seed %d", SEED)
        .startsWith("magic-mismatch:pdf");
  }

  @Test
  void jpegHeaderWithRandomBodyIsNotEncrypted() {
    byte[] jpeg = random(200_000);
    System.arraycopy(
        new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 0, jpeg, 0, 4);
    TriageResult r = triage("IMG_0001.JPG", jpeg);
    assertThat(r.contentType()).isEqualTo("image/jpeg");
    assertThat(r.verdict()).as("seed %d", SEED).isEqualTo(Verdict.CLEAN);
  }

  @Test
  void plainTextLogIsClean() {
    TriageResult r = triage("syslog.log", logText(300_000).getBytes(StandardCharsets.UTF_8));
    assertThat(r.verdict()).isEqualTo(Verdict.CLEAN);
    assertThat(r.reasons()).isEmpty();
    assertThat(r.contentType()).isEqualTo("text/plain");
    assertThat(r.entropy()).isBetween(3.0, 6.0);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 7, 1000, 4095, 4096, 4097, 65536, 1 << 20})
  void tailMarkerIsFoundWhateverTheBufferSize(int bufferSize) {
    byte[] body = lowEntropyBinary(150_000);
    byte[] file = concat(body, "Clop^_-".getBytes(StandardCharsets.US_ASCII), random(256));
    TriageResult r = triage("dossier-patient.dat", file, bufferSize);
    assertThat(r.verdict()).as("seed %d", SEED).isEqualTo(Verdict.ENCRYPTED);
    assertThat(r.reasons()).as("seed %d", SEED).containsExactly("marker:Clop^_-");
    assertThat(r).isEqualTo(triage("dossier-patient.dat", file, file.length));
  }

  @Test
  void markerQuotedInTextIsNotAnEncryption() {
    byte[] text =
        "rule: Clop appends the footer Clop^_- to each file\n".getBytes(StandardCharsets.UTF_8);
    assertThat(triage("notes.md", text).verdict()).isEqualTo(Verdict.CLEAN);
  }

  @Test
  void smallFiles() {
    assertThat(triage("tiny.bin", random(200)).verdict())
        .as("seed %d", SEED)
        .isEqualTo(Verdict.CLEAN);
    TriageResult twoKib = triage("small.bin", random(2048));
    assertThat(twoKib.verdict()).as("seed %d, %s", SEED, twoKib).isEqualTo(Verdict.ENCRYPTED);
    TriageResult hello = triage("lettre.docx", "bonjour".getBytes(StandardCharsets.US_ASCII));
    assertThat(hello.verdict()).isEqualTo(Verdict.SUSPICIOUS);
    assertThat(hello.reasons()).containsExactly("magic-mismatch:docx");
    assertThat(hello.contentType()).isEqualTo("text/plain");
  }

  @Test
  void entropyThresholdIsLowerForSmallFiles() {
    Judge judge = new Judge(TriageRules.builtIn());
    assertThat(judge.entropyThreshold(1 << 20)).isEqualTo(7.9);
    assertThat(judge.entropyThreshold(4096)).isEqualTo(7.9);
    assertThat(judge.entropyThreshold(1024)).isBetween(7.6, 7.7);
  }

  @Test
  void emptyFileIsClean() {
    for (String name : new String[] {"vide.txt", "vide.docx", "vide"}) {
      TriageResult r = triage(name, new byte[0]);
      assertThat(r)
          .isEqualTo(
              new TriageResult(Verdict.CLEAN, java.util.List.of(), 0, 0, "application/x-empty"));
    }
  }

  @Test
  void highEntropyButNotUniformIsSuspicious() {
    byte[] skewed = new byte[1 << 20];
    for (int i = 0; i < skewed.length; i++) {
      skewed[i] = (byte) random.nextInt(248);
    }
    TriageResult r = triage("unknown.dat", skewed);
    assertThat(r.verdict()).as("seed %d, %s", SEED, r).isEqualTo(Verdict.SUSPICIOUS);
    assertThat(r.reasons()).hasSize(2);
    assertThat(r.chiSquare()).isGreaterThan(400);
  }

  @Test
  void sessionContract() {
    Triage.Session s = triage.start("a.txt", 3);
    assertThatThrownBy(() -> s.update(new byte[2], 1, 2))
        .isInstanceOf(IndexOutOfBoundsException.class);
    s.update("abc".getBytes(StandardCharsets.US_ASCII), 0, 3);
    s.finish();
    assertThatThrownBy(s::finish)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("a.txt");
    assertThatThrownBy(() -> s.update(new byte[1], 0, 1)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> triage.start("dir/a.txt", 1)).hasMessageContaining("dir/a.txt");
    assertThatThrownBy(() -> triage.start("a.txt", -2)).hasMessageContaining("-2");
  }

  @Test
  void wrongExpectedSizeDoesNotMatter() {
    byte[] data = random(100_000);
    Triage.Session s = triage.start("x.bin", 10);
    s.update(data, 0, data.length);
    assertThat(s.finish()).isEqualTo(triage("x.bin", data));
  }

  @Test
  void reusedBuffersJudgeEachFileAsFreshOnesDo() throws IOException {
    // Large, then small and empty files, so that a reused head and tail hold earlier bytes.
    List<Object[]> files = new ArrayList<>();
    files.add(new Object[] {"big.bin", random(200 * 1024)});
    files.add(new Object[] {"ClopReadMe.txt", "pay in bitcoin".getBytes(StandardCharsets.UTF_8)});
    files.add(new Object[] {"x.docx", zip("word/document.xml", lowEntropyBinary(3000))});
    files.add(new Object[] {"empty", new byte[0]});
    files.add(new Object[] {"log.txt", logText(90 * 1024).getBytes(StandardCharsets.UTF_8)});
    files.add(new Object[] {"tiny.dat", random(7)});
    files.add(new Object[] {"mid.jpg", random(5000)});
    Triage.Buffers buffers = new Triage.Buffers();
    for (int round = 0; round < 2; round++) {
      for (Object[] f : files) {
        String name = (String) f[0];
        byte[] data = (byte[]) f[1];
        Triage.Session s = triage.start(name, data.length, buffers);
        for (int off = 0; off < data.length; off += 4096) {
          s.update(data, off, Math.min(4096, data.length - off));
        }
        assertThat(s.finish()).as("%s, seed %d", name, SEED).isEqualTo(triage(name, data));
      }
    }
    Triage.Session abandoned = triage.start("a.bin", 10, buffers);
    triage.start("b.bin", 10, buffers);
    assertThatThrownBy(() -> abandoned.update(new byte[1], 0, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("a.bin");
  }

  private TriageResult triage(String name, byte[] data) {
    return triage(name, data, 64 * 1024);
  }

  static TriageResult triage(Triage triage, String name, byte[] data, int bufferSize) {
    Triage.Session s = triage.start(name, data.length);
    for (int off = 0; off < data.length; off += bufferSize) {
      byte[] copy = Arrays.copyOfRange(data, off, Math.min(data.length, off + bufferSize));
      s.update(copy, 0, copy.length);
    }
    return s.finish();
  }

  private TriageResult triage(String name, byte[] data, int bufferSize) {
    return triage(triage, name, data, bufferSize);
  }

  private byte[] random(int size) {
    byte[] b = new byte[size];
    random.nextBytes(b);
    return b;
  }

  private byte[] lowEntropyBinary(int size) {
    byte[] b = new byte[size];
    for (int i = 0; i < size; i++) {
      b[i] = (byte) (random.nextInt(8) == 0 ? random.nextInt(256) : 0);
    }
    return b;
  }

  private String logText(int size) {
    StringBuilder sb = new StringBuilder();
    String[] hosts = {"srv-dpi-01", "srv-lab-02", "pc-urgences-17"};
    String[] events = {
      "session opened for user", "connection closed by", "backup job finished for"
    };
    for (int i = 0; sb.length() < size; i++) {
      sb.append(
          String.format(
              java.util.Locale.ROOT,
              "Nov 15 %02d:%02d:%02d %s sshd[%d]: %s u%04d%n",
              i / 3600 % 24,
              i / 60 % 60,
              i % 60,
              hosts[random.nextInt(3)],
              1000 + random.nextInt(9000),
              events[random.nextInt(3)],
              random.nextInt(10000)));
    }
    return sb.toString();
  }

  /** A ZIP (entries deflated, as ZipOutputStream does by default) of names and contents. */
  private static byte[] zip(Object... nameThenBytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < nameThenBytes.length; i += 2) {
        zip.putNextEntry(new ZipEntry((String) nameThenBytes[i]));
        zip.write((byte[]) nameThenBytes[i + 1]);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
