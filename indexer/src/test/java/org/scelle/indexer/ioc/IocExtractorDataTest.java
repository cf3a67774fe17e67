package org.scelle.indexer.ioc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.scelle.custody.testing.References;

/** IOC extraction on real third-party data and on the planted indicators of the sample incident. */
class IocExtractorDataTest {

  private static final Set<IocType> CONTACT = EnumSet.of(IocType.EMAIL, IocType.URL, IocType.BTC);

  /** An independent, deliberately crude oracle: does a note visibly hold a contact? */
  private static final Pattern VISIBLE_CONTACT =
      Pattern.compile("(?i)[a-z0-9]@[a-z0-9-]+\\.[a-z]{2,}|\\.onion|https?://[a-z0-9]");

  private final IocExtractor extractor = new IocExtractor();

  private static String readNote(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    boolean utf16 = bytes.length > 1 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe;
    return new String(bytes, utf16 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8);
  }

  private boolean hasContact(List<Ioc> iocs) {
    return iocs.stream()
        .anyMatch(
            i ->
                CONTACT.contains(i.type())
                    || i.type() == IocType.DOMAIN && i.value().endsWith(".onion"));
  }

  @Test
  void ransomNotesYieldTheirContacts() throws IOException {
    Path root = References.sharedData("threatlabz-ransomware_notes");
    List<Path> notes;
    try (Stream<Path> files = Files.walk(root)) {
      notes =
          files
              .filter(Files::isRegularFile)
              .filter(p -> p.getParent() != null && !p.getParent().equals(root))
              .sorted()
              .toList();
    }
    assertThat(notes).hasSizeGreaterThan(100);
    List<String> missed = new ArrayList<>();
    int visible = 0;
    for (Path note : notes) {
      String text = readNote(note);
      if (VISIBLE_CONTACT.matcher(text).find()) {
        visible++;
        if (!hasContact(extractor.extract(text))) {
          missed.add(root.relativize(note).toString());
        }
      }
    }
    assertThat(visible).isGreaterThan(100);
    assertThat(missed).as("notes with a visible contact but no contact IOC").isEmpty();
  }

  @Test
  void specificRansomNotes() throws IOException {
    Path root = References.sharedData("threatlabz-ransomware_notes");
    Map<String, String> expected =
        Map.of(
            "clop", ".onion",
            "lockbit3", ".onion",
            "stop", "@");
    for (Map.Entry<String, String> e : expected.entrySet()) {
      Path dir = root.resolve(e.getKey());
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path note : files.sorted().toList()) {
          String text = readNote(note);
          if (text.contains(e.getValue())) {
            assertThat(extractor.extract(text))
                .as(note.toString())
                .anyMatch(i -> i.value().contains(e.getValue()));
          }
        }
      }
    }
  }

  @Test
  void maltrailIndicatorsRecalled() throws IOException {
    Path dir = References.sharedData("stamparm-maltrail/trails/static/malware");
    int total = 0;
    List<String> missed = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        for (String line : Files.readAllLines(file)) {
          String trail = line.strip();
          if (trail.isEmpty() || trail.startsWith("#")) {
            continue;
          }
          String host = trail.replaceFirst("^[a-z]+://", "").split("[/:]", 2)[0];
          if (host.isEmpty()) {
            continue; // a path-only trail such as /casemd
          }
          total++;
          String want = host.toLowerCase(Locale.ROOT);
          boolean found =
              extractor.extract(trail).stream()
                  .anyMatch(
                      i ->
                          (i.type() == IocType.DOMAIN || i.type() == IocType.IPV4)
                              && i.value().equals(want));
          if (!found) {
            missed.add(trail);
          }
        }
      }
    }
    assertThat(total).isGreaterThan(1000);
    assertThat(1.0 - (double) missed.size() / total)
        .as("recall; missed: " + missed)
        .isGreaterThanOrEqualTo(0.99);
  }

  @Test
  void plantedIndicatorsOfTheSampleIncidentAreFound() throws IOException {
    Path repo = Path.of("..");
    Map<String, IocType> types =
        Map.of(
            "ipv4", IocType.IPV4,
            "domain", IocType.DOMAIN,
            "url", IocType.URL,
            "email", IocType.EMAIL,
            "sha256", IocType.SHA256,
            "md5", IocType.MD5,
            "sha1", IocType.SHA1,
            "cve", IocType.CVE,
            "btc", IocType.BTC,
            "onion", IocType.DOMAIN);
    Set<String> found = new HashSet<>();
    try (Stream<Path> files = Files.walk(repo.resolve("samples/incident/hosts"))) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            for (Ioc ioc : extractor.extract(line)) {
              found.add(ioc.type() + " " + ioc.value());
            }
          }
        }
      }
    }
    List<String> planted = new ArrayList<>();
    for (String row :
        Files.readAllLines(repo.resolve("samples/incident/iocs/iocs.csv")).stream()
            .skip(1)
            .toList()) {
      String[] cells = row.split(",", 3);
      IocType type = types.get(cells[0]);
      if (type != null) {
        planted.add(type + " " + cells[1]);
      } else if (cells[0].equals("filename")) {
        assertThat(found).doesNotContain(IocType.DOMAIN + " " + cells[1]);
      }
    }
    assertThat(planted).hasSize(20);
    assertThat(found).containsAll(planted);
  }
}
