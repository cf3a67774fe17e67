package org.scelle.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scelle.custody.testing.References;

class IncidentGeneratorTest {

  /**
   * The committed sample, relative to the module directory (Maven's working directory for tests).
   */
  private static final Path COMMITTED = Path.of("incident");

  @TempDir static Path generated;

  private static final Derivation D = new Derivation(Scenario.DEFAULT_SEED);
  private static final Indicators IOC = Indicators.of(D);

  private static Path sharedData() {
    return References.sharedData(EventLogs.SOURCE).getParent();
  }

  @BeforeAll
  static void generateOnce() throws IOException {
    IncidentGenerator.generate(generated, sharedData());
  }

  @Test
  void twoGenerationsAreByteIdentical(@TempDir Path other) throws IOException {
    IncidentGenerator.generate(other, sharedData());
    assertSameTree(generated, other, "second generation");
    for (String rel : walk(generated).keySet()) {
      assertThat(Files.getLastModifiedTime(other.resolve(rel)))
          .as("modification time of %s", rel)
          .isEqualTo(Files.getLastModifiedTime(generated.resolve(rel)));
    }
  }

  @Test
  void committedTreeEqualsAFreshGeneration() throws IOException {
    if (Boolean.getBoolean("scelle.regenerateSamples")) {
      deleteTree(COMMITTED);
      IncidentGenerator.generate(COMMITTED, sharedData());
      System.err.println("scelle.regenerateSamples=true: rewrote " + COMMITTED.toAbsolutePath());
    }
    if (!Files.isDirectory(COMMITTED)) {
      fail(
          "no committed sample at "
              + COMMITTED.toAbsolutePath()
              + "; generate it with "
              + "'mvn -pl samples -am test -Dscelle.regenerateSamples=true'");
    }
    assertSameTree(
        generated,
        COMMITTED,
        "committed samples/incident (regenerate with "
            + "'mvn -pl samples -am test -Dscelle.regenerateSamples=true' if the change is intended)");
  }

  @Test
  void encryptedFilesEndWithTheMarkerAndDifferFromTheirOriginal() throws IOException {
    ClopCipher cipher = new ClopCipher(D);
    List<FileShares.Document> encrypted = FileShares.encrypted();
    assertThat(encrypted).hasSizeGreaterThanOrEqualTo(40);
    assertThat(encrypted).filteredOn(d -> d.state().equals("CIop")).isNotEmpty();
    for (FileShares.Document doc : encrypted) {
      Path p = generated.resolve(Tree.host(doc.host(), doc.dir() + "/" + doc.encryptedName()));
      byte[] bytes = Files.readAllBytes(p);
      assertThat(ClopCipher.hasFooter(bytes)).as("footer of %s", p).isTrue();
      byte[] tail =
          Arrays.copyOfRange(
              bytes,
              bytes.length - ClopCipher.FOOTER_LENGTH,
              bytes.length - ClopCipher.KEY_BLOB_LENGTH);
      assertThat(new String(tail, StandardCharsets.US_ASCII)).isEqualTo("Clop^_-");
      byte[] plain = cipher.decrypt(doc.fileId(), bytes);
      assertThat(plain.length).isEqualTo(bytes.length - ClopCipher.FOOTER_LENGTH);
      assertThat(Arrays.copyOf(bytes, plain.length)).as("ciphertext of %s", p).isNotEqualTo(plain);
      assertThat(
              Files.exists(generated.resolve(Tree.host(doc.host(), doc.dir() + "/" + doc.name()))))
          .isFalse();
      assertThat(generated.resolve(Tree.host(doc.host(), doc.dir() + "/" + RansomNote.FILE_NAME)))
          .exists();
    }
  }

  @Test
  void everyBackupEqualsTheDecryptionOfItsEncryptedTwin() throws IOException {
    ClopCipher cipher = new ClopCipher(D);
    int backups = 0;
    for (FileShares.Document doc : FileShares.DOCUMENTS) {
      if (!doc.backup()) {
        continue;
      }
      backups++;
      byte[] backup =
          Files.readAllBytes(
              generated.resolve(
                  Tree.host(
                      doc.host(),
                      FileShares.BACKUP_ROOT + doc.dir().substring(2) + "/" + doc.name())));
      byte[] encrypted =
          Files.readAllBytes(
              generated.resolve(Tree.host(doc.host(), doc.dir() + "/" + doc.encryptedName())));
      assertThat(cipher.decrypt(doc.fileId(), encrypted))
          .as("decryption of %s", doc.fileId())
          .isEqualTo(backup);
      assertThat(encrypted).isNotEqualTo(backup);
    }
    assertThat(backups).isEqualTo(10);
  }

  @Test
  void ransomNotesAreIdenticalAndNameTheFictitiousContacts() throws IOException {
    List<byte[]> notes = new ArrayList<>();
    for (String rel : walk(generated).keySet()) {
      if (rel.endsWith("/" + RansomNote.FILE_NAME)) {
        notes.add(Files.readAllBytes(generated.resolve(rel)));
      }
    }
    assertThat(notes).hasSize(7);
    notes.forEach(n -> assertThat(n).isEqualTo(notes.get(0)));
    String note = new String(notes.get(0), StandardCharsets.UTF_8);
    assertThat(note)
        .contains(
            IOC.bitcoin(), IOC.onion(), IOC.contactEmails().get(0), IOC.contactEmails().get(1));
  }

  @Test
  void stixBundleParsesAndEveryIndicatorAppearsInALog() throws IOException {
    JsonNode bundle = new ObjectMapper().readTree(generated.resolve(StixFeed.PATH).toFile());
    assertThat(bundle.path("type").asText()).isEqualTo("bundle");
    String logs = allLogs(generated);
    Pattern uuid =
        Pattern.compile(
            "[a-z][a-z0-9-]*--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    Pattern literal =
        Pattern.compile("^\\[[a-z0-9-]+:[A-Za-z0-9_.'-]+ = '((?:[^'\\\\]|\\\\.)*)'\\]$");
    List<String> ids = new ArrayList<>();
    int indicators = 0;
    for (JsonNode o : bundle.path("objects")) {
      String id = o.path("id").asText();
      assertThat(id).matches(uuid).startsWith(o.path("type").asText() + "--");
      ids.add(id);
      assertThat(o.path("spec_version").asText()).isEqualTo("2.1");
      assertThat(o.path("created").asText())
          .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
      if (o.path("type").asText().equals("indicator")) {
        indicators++;
        Matcher m = literal.matcher(o.path("pattern").asText());
        assertThat(m.matches()).as("pattern %s", o.path("pattern").asText()).isTrue();
        String value = m.group(1).replace("\\'", "'").replace("\\\\", "\\");
        assertThat(logs).as("logs containing indicator %s", value).contains(value);
      }
    }
    assertThat(indicators).isGreaterThanOrEqualTo(15);
    assertThat(ids).doesNotHaveDuplicates();
    for (JsonNode o : bundle.path("objects")) {
      if (o.path("type").asText().equals("relationship")) {
        assertThat(ids).contains(o.path("source_ref").asText(), o.path("target_ref").asText());
      }
    }
  }

  @Test
  void csvFeedListsEveryPlantedIndicator() throws IOException {
    List<String> lines =
        Files.readAllLines(generated.resolve(CsvFeed.PATH), StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("type,value,description,first_seen");
    String csv = String.join("\n", lines);
    assertThat(csv)
        .contains(
            IOC.c2Ip(),
            IOC.c2Domain(),
            IOC.payloadSha256(),
            IOC.payloadMd5(),
            IOC.bitcoin(),
            IOC.onion(),
            IOC.cve(),
            IOC.account(),
            IOC.service(),
            IOC.phishingSender());
  }

  @Test
  void complaintParsesAndItsPseudonymisationRulesFindThePlantedPatients() throws IOException {
    JsonNode c =
        new ObjectMapper(new YAMLFactory()).readTree(generated.resolve(Complaint.PATH).toFile());
    assertThat(c.path("language").asText()).isEqualTo("fr");
    assertThat(OffsetDateTime.parse(c.path("discovery_time").asText()).toInstant())
        .isEqualTo(Scenario.DISCOVERY);
    assertThat(c.path("addressee").path("section").asText()).startsWith("J3");
    assertThat(Complaint.luhnValid(c.path("plaintiff").path("siret").asText())).isTrue();
    assertThat(c.path("plaintiff").path("siret").asText())
        .hasSize(14)
        .startsWith(c.path("plaintiff").path("siren").asText());
    assertThat(c.path("plaintiff").path("finess").asText()).hasSize(9);
    List<String> articles = new ArrayList<>();
    c.path("offences").forEach(o -> articles.add(o.path("article").asText()));
    assertThat(articles).contains("323-1", "323-2", "323-3", "312-1");
    assertThat(c.path("narrative").size()).isGreaterThanOrEqualTo(5);
    String admissions =
        Files.readString(
            generated.resolve(
                "hosts/SRV-FILE01/E/Sauvegardes/Partages/Admissions/liste-entrees-2019-11-14.csv"),
            StandardCharsets.UTF_8);
    String web =
        Files.readString(
            generated.resolve("hosts/SRV-WEB01/" + WebLog.PATH), StandardCharsets.UTF_8);
    JsonNode rules = c.path("pseudonymisation");
    Pattern nir = Pattern.compile(rules.path("patterns").get(0).path("regex").asText());
    Pattern ipp = Pattern.compile(rules.path("patterns").get(1).path("regex").asText());
    for (Patients p : Patients.ALL) {
      assertThat(nir.matcher(p.nir()).find()).as("NIR rule on %s", p.nir()).isTrue();
      assertThat(nir.matcher(p.nirSpaced()).find()).as("NIR rule on %s", p.nirSpaced()).isTrue();
      assertThat(97 - Long.parseLong(p.nir().substring(0, 13)) % 97)
          .isEqualTo(Long.parseLong(p.nir().substring(13)));
      assertThat(admissions).contains(p.nir(), p.ipp(), p.name());
      assertThat(web).contains(p.ipp());
      assertThat(ipp.matcher(p.ipp()).matches()).isTrue();
    }
    List<String> names = new ArrayList<>();
    rules.path("names").forEach(n -> names.add(n.asText()));
    assertThat(names).containsExactlyElementsOf(Patients.ALL.stream().map(Patients::name).toList());
  }

  @Test
  void bitcoinAddressHasAValidChecksum() {
    assertThat(Base58Check.isValid(IOC.bitcoin())).isTrue();
    byte[] payload = Base58Check.decode(IOC.bitcoin());
    assertThat(payload).hasSize(21);
    assertThat(payload[0]).isEqualTo((byte) 0);
    assertThat(IOC.bitcoin()).startsWith("1");
    // The genesis-block address is a public, independent test vector.
    assertThat(Base58Check.isValid("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")).isTrue();
    assertThat(Base58Check.isValid("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb")).isFalse();
    char last = IOC.bitcoin().charAt(IOC.bitcoin().length() - 1);
    String mutated =
        IOC.bitcoin().substring(0, IOC.bitcoin().length() - 1) + (last == 'z' ? 'y' : 'z');
    assertThat(Base58Check.isValid(mutated)).isFalse();
  }

  @Test
  void textFilesUseLfAndTheTreeStaysSmall() throws IOException {
    SortedMap<String, Long> files = walk(generated);
    long total = files.values().stream().mapToLong(Long::longValue).sum();
    assertThat(total).isLessThan(8L * 1024 * 1024);
    for (String rel : files.keySet()) {
      if (rel.matches(".*\\.(log|txt|csv|json|yaml|md)$")
          || rel.endsWith("/syslog")
          || rel.endsWith("/messages")) {
        assertThat(Files.readString(generated.resolve(rel), StandardCharsets.UTF_8))
            .as(rel)
            .doesNotContain("\r");
      }
    }
    assertThat(
            files.keySet().stream()
                .filter(f -> f.startsWith("hosts/"))
                .map(f -> f.split("/")[1])
                .distinct())
        .hasSize(7);
  }

  // ---------------------------------------------------------------------------------------------

  /** Every text log: logs under {@code hosts/} plus the task XML (decoded from UTF-16). */
  static String allLogs(Path root) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (String rel : walk(root).keySet()) {
      byte[] b = Files.readAllBytes(root.resolve(rel));
      if (rel.contains("/Tasks/")) {
        sb.append(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE));
      } else if (rel.contains("/var/log/") || rel.endsWith(".log")) {
        sb.append(new String(b, StandardCharsets.UTF_8));
      }
    }
    return sb.toString();
  }

  static SortedMap<String, Long> walk(Path root) throws IOException {
    SortedMap<String, Long> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
        out.put(root.relativize(p).toString().replace('\\', '/'), Files.size(p));
      }
    }
    return out;
  }

  private static void assertSameTree(Path expected, Path actual, String what) throws IOException {
    SortedMap<String, Long> e = walk(expected);
    SortedMap<String, Long> a = walk(actual);
    assertThat(a.keySet()).as("files of %s", what).containsExactlyElementsOf(e.keySet());
    for (String rel : e.keySet()) {
      if (!Arrays.equals(
          Files.readAllBytes(expected.resolve(rel)), Files.readAllBytes(actual.resolve(rel)))) {
        fail("file " + rel + " differs in " + what);
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
