package org.scelle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.scelle.custody.testing.References;

/**
 * The investigator's chain on the sample incident: index, search, and hunt with the planted
 * indicators (every one found) and with real Clop/TA505 indicators from maltrail (none of which is
 * in the incident, so no finding).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexHuntTest {
  @TempDir static Path tmp;
  Path caseDir;
  Path bobKey;
  static final Path IOCS =
      Path.of("").toAbsolutePath().getParent().resolve("samples/incident/iocs");
  final ObjectMapper mapper = new ObjectMapper();

  @BeforeAll
  void demoAndIndex() throws Exception {
    Path samples = IOCS.getParent();
    Path out = tmp.resolve("demo");
    ScelleProcess.Result demo =
        ScelleProcess.run(
            tmp, "demo", "--out", out.toString(), "--samples-dir", samples.toString());
    assertThat(demo.exit()).as("%s", demo).isZero();
    caseDir = out.resolve("case");
    bobKey = out.resolve("keys/bob.p12");
    // the demo indexed the vault already: start the index afresh to test the command on all items
    try (var files = Files.walk(caseDir.resolve("index"))) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    ScelleProcess.Result index =
        ScelleProcess.run(
            tmp,
            "index",
            caseDir.toString(),
            "--key",
            bobKey.toString(),
            "--json",
            "--extract-timeout",
            "90",
            "--extract-memory",
            "256M");
    assertThat(index.exit()).as("%s", index).isZero();
    JsonNode summary = mapper.readTree(index.out());
    assertThat(summary.get("items").asLong()).isEqualTo(54);
    assertThat(summary.get("events").asLong()).isPositive();
    assertThat(summary.get("elapsed_ms").asLong()).isNotNegative();
    // the encrypted samples are recorded as such, the documents' text is extracted
    assertThat(summary.get("by_status").get("encrypted").asLong()).isPositive();
    assertThat(summary.get("by_status").get("indexed").asLong()).isPositive();
  }

  @Test
  void searchFindsThePlantedC2WithProvenance() throws Exception {
    ScelleProcess.Result r =
        ScelleProcess.inProcess(
            "search", caseDir.toString(), "destination.ip:203.0.113.45", "--json", "--limit", "5");
    assertThat(r.exit()).as("%s", r).isZero();
    JsonNode n = mapper.readTree(r.out());
    assertThat(n.get("total").asInt()).isGreaterThan(400);
    for (JsonNode hit : n.get("hits")) {
      assertThat(hit.get("itemSha256").asText()).hasSize(64);
      assertThat(hit.get("locator").asText()).startsWith("line:");
    }
    ScelleProcess.Result bad = ScelleProcess.inProcess("search", caseDir.toString(), "source.ip:(");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("does not parse");
  }

  @Test
  void theTotalOfATimeWindowCountsOnlyItsEvents() throws Exception {
    String q = "destination.ip:203.0.113.45";
    JsonNode all =
        mapper.readTree(
            ScelleProcess.inProcess("search", caseDir.toString(), q, "--json", "--limit", "100000")
                .out());
    List<Instant> times = new ArrayList<>();
    all.get("hits").forEach(h -> times.add(Instant.parse(h.get("timestamp").asText())));
    Collections.sort(times);
    assertThat(times).hasSizeGreaterThan(10);
    // a window holding the earliest hits, not all of them
    String from = times.get(0).toString();
    Instant end = times.get(times.size() / 2);
    String to = end.toString();
    long inWindow = times.stream().filter(t -> !t.isAfter(end)).count();
    ScelleProcess.Result r =
        ScelleProcess.inProcess(
            "search", caseDir.toString(), q, "--from", from, "--to", to, "--json", "--limit", "3");
    assertThat(r.exit()).as("%s", r).isZero();
    JsonNode n = mapper.readTree(r.out());
    assertThat(n.get("hits")).hasSize(3);
    assertThat(n.get("total").asLong()).isEqualTo(inWindow).isLessThan(times.size());
    ScelleProcess.Result reversed =
        ScelleProcess.inProcess("search", caseDir.toString(), q, "--from", to, "--to", from);
    assertThat(reversed.exit()).as("%s", reversed).isEqualTo(ExitCodes.USAGE);
    assertThat(reversed.err()).contains("--from " + to + " is after --to " + from);
  }

  @Test
  void everyPlantedIndicatorIsFoundAndTheRunIsRepeatable() throws Exception {
    Path csv = IOCS.resolve("iocs.csv");
    ScelleProcess.Result r =
        ScelleProcess.run(
            tmp,
            "hunt",
            caseDir.toString(),
            "--key",
            bobKey.toString(),
            "--iocs",
            csv.toString(),
            "--json");
    assertThat(r.exit()).as("%s", r).isZero();
    JsonNode result = mapper.readTree(r.out());
    assertThat(result.get("rejected")).isEmpty();
    Map<String, Integer> perIndicator = new HashMap<>();
    for (JsonNode f : result.get("findings")) {
      perIndicator.merge(f.path("rule").path("id").asText(), 1, Integer::sum);
      assertThat(f.path("rule").path("source_sha256").asText()).hasSize(64);
      assertThat(f.path("evidence").get(0).path("sha256").asText()).hasSize(64);
    }
    List<String> lines = Files.readAllLines(csv);
    for (int i = 1; i < lines.size(); i++) {
      assertThat(perIndicator)
          .as("planted indicator on line %d: %s", i + 1, lines.get(i))
          .containsKey("iocs.csv:" + (i + 1));
    }
    byte[] first = Files.readAllBytes(caseDir.resolve("scelle/findings.jsonl"));
    ScelleProcess.Result again =
        ScelleProcess.run(
            tmp, "hunt", caseDir.toString(), "--key", bobKey.toString(), "--iocs", csv.toString());
    assertThat(again.exit()).as("%s", again).isZero();
    assertThat(Files.readAllBytes(caseDir.resolve("scelle/findings.jsonl"))).isEqualTo(first);
    assertThat(caseDir.resolve("scelle/feeds/iocs.csv")).hasSameBinaryContentAs(csv);
    assertThat(caseDir.resolve("scelle/feeds")).isDirectoryNotContaining("glob:**.tmp");
    assertThat(TestFiles.ledger(caseDir, "hunted")).hasSizeGreaterThanOrEqualTo(2);
    assertThat(TestFiles.ledger(caseDir, "hunted"))
        .last()
        .satisfies(
            e ->
                assertThat(e.path("details").path("feeds").get(0).path("copy").asText())
                    .isEqualTo("scelle/feeds/iocs.csv"));
    assertThat(TestFiles.ledger(caseDir, "indexed")).hasSize(2); // the demo's and this test's
    assertThat(ScelleProcess.inProcess("verify", caseDir.toString()).exit()).isZero();
  }

  @Test
  void everyStixIndicatorOfTheIncidentIsFound() throws Exception {
    ScelleProcess.Result r =
        ScelleProcess.run(
            tmp,
            "hunt",
            caseDir.toString(),
            "--key",
            bobKey.toString(),
            "--iocs",
            IOCS.resolve("clop-valmont.stix.json").toString(),
            "--json");
    assertThat(r.exit()).as("%s", r).isZero();
    JsonNode result = mapper.readTree(r.out());
    assertThat(result.get("matchedIndicators").asLong())
        .isEqualTo(result.get("indicators").asLong())
        .isGreaterThan(10);
  }

  @Test
  void realClopAndTa505IndicatorsThatWereNotPlantedFindNothing() throws Exception {
    Path trails = References.sharedData("stamparm-maltrail/trails/static/malware");
    ScelleProcess.Result r =
        ScelleProcess.run(
            tmp,
            "hunt",
            caseDir.toString(),
            "--key",
            bobKey.toString(),
            "--iocs",
            trails.resolve("clop.txt").toString(),
            trails.resolve("ta505.txt").toString(),
            trails.resolve("truebot.txt").toString(),
            "--json");
    assertThat(r.exit()).as("%s", r).isZero();
    JsonNode result = mapper.readTree(r.out());
    assertThat(result.get("indicators").asLong()).isGreaterThan(1000);
    assertThat(result.get("findings")).isEmpty();
  }

  @Test
  void timelineWritesTheSameFilesTwiceAndTheVaultStillVerifies() throws Exception {
    Path csv = tmp.resolve("t.csv");
    Path jsonl = tmp.resolve("t.jsonl");
    Path png = tmp.resolve("t.png");
    String[] args = {
      "timeline",
      caseDir.toString(),
      "--key",
      bobKey.toString(),
      "--csv",
      csv.toString(),
      "--jsonl",
      jsonl.toString(),
      "--png",
      png.toString(),
      "--from",
      "2019-11-15T00:00:00Z",
      "--to",
      "2019-11-16T00:00:00Z"
    };
    ScelleProcess.Result r = ScelleProcess.run(tmp, args);
    assertThat(r.exit()).as("%s", r).isZero();
    assertThat(r.out()).contains("detonation SRV-FILE01", "detonation WS-FIN-014", "1600 x 620");
    Path inVault = caseDir.resolve("scelle/timeline.csv");
    byte[] first = Files.readAllBytes(inVault);
    byte[] firstPng = Files.readAllBytes(png);
    assertThat(Files.readAllBytes(csv)).isEqualTo(first);
    List<List<String>> rows = TestFiles.csv(inVault);
    assertThat(Files.readAllLines(jsonl)).hasSize(rows.size() - 1);
    BufferedImage img = ImageIO.read(png.toFile());
    assertThat(img.getWidth()).isEqualTo(1600);

    ScelleProcess.Result again = ScelleProcess.run(tmp, args);
    assertThat(again.exit()).as("%s", again).isZero();
    assertThat(Files.readAllBytes(inVault)).isEqualTo(first);
    assertThat(Files.readAllBytes(png)).isEqualTo(firstPng);
    assertThat(ScelleProcess.inProcess("verify", caseDir.toString()).exit()).isZero();

    ScelleProcess.Result bad =
        ScelleProcess.inProcess(
            "timeline", caseDir.toString(), "--key", bobKey.toString(), "--from", "yesterday");
    assertThat(bad.exit()).as("%s", bad).isNotZero();
    assertThat(bad.err()).contains("--from");

    Path nowhere = tmp.resolve("no-such-dir/t.csv");
    ScelleProcess.Result noDir =
        ScelleProcess.run(
            tmp,
            "timeline",
            caseDir.toString(),
            "--key",
            bobKey.toString(),
            "--csv",
            nowhere.toString());
    assertThat(noDir.exit()).as("%s", noDir).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(noDir.err()).contains(nowhere + ": no such file or directory");
  }

  @Test
  void outputsThatAreDirectoriesOrInsideTheVaultAreRefusedBeforeAnyWork() throws Exception {
    String ledger = Files.readString(caseDir.resolve("scelle/custody.jsonl"));
    Path payload = caseDir.resolve("data/timeline.csv");
    List<String[]> runs =
        List.of(
            new String[] {"timeline", "--csv", tmp.toString(), "is a directory, not a file"},
            new String[] {"timeline", "--png", payload.toString(), "is inside the case vault"},
            new String[] {
              "report",
              "--out",
              caseDir.resolve("dossier.pdf").toString(),
              "is inside the case vault"
            });
    for (String[] run : runs) {
      List<String> args =
          new ArrayList<>(
              List.of(run[0], caseDir.toString(), "--key", bobKey.toString(), run[1], run[2]));
      if (run[0].equals("report")) {
        args.addAll(List.of("--complaint", IOCS.resolveSibling("complaint.yaml").toString()));
      }
      ScelleProcess.Result r = ScelleProcess.inProcess(args.toArray(String[]::new));
      assertThat(r.exit()).as("%s", r).isEqualTo(ExitCodes.USAGE);
      assertThat(r.err()).as("%s", r).contains(run[1] + " " + run[2] + ": " + run[3]);
    }
    assertThat(payload).doesNotExist();
    assertThat(caseDir.resolve("dossier.pdf")).doesNotExist();
    assertThat(Files.readString(caseDir.resolve("scelle/custody.jsonl"))).isEqualTo(ledger);
    assertThat(ScelleProcess.inProcess("verify", caseDir.toString()).exit()).isZero();
  }

  @Test
  void aSolrBackendNeedsItsCollectionAndAnUnreachableClusterIsNamed() throws Exception {
    ScelleProcess.Result noCollection =
        ScelleProcess.run(
            tmp, "index", caseDir.toString(), "--key", bobKey.toString(), "--solr", "zk:2181");
    assertThat(noCollection.exit()).as("%s", noCollection).isEqualTo(2);
    assertThat(noCollection.err()).contains("--solr needs --collection");
    ScelleProcess.Result down =
        ScelleProcess.run(
            tmp,
            "index",
            caseDir.toString(),
            "--key",
            bobKey.toString(),
            "--solr",
            "127.0.0.1:9/solr",
            "--collection",
            "case1");
    assertThat(down.exit()).as("%s", down).isEqualTo(3);
    assertThat(down.err()).contains("ZooKeeper 127.0.0.1:9/solr");
    // The case keeps its local index: the failed run recorded nothing.
    assertThat(caseDir.resolve("scelle/index.json")).doesNotExist();
  }
}
