package org.scelle.indexer.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scelle.custody.testing.References;

/**
 * SigmaHQ's regression data: for each case, the rule's EVTX sample is acquired into a fresh vault,
 * indexed, and the rule must match exactly the expected number of events, and the expected event's
 * record id (the case's JSON shows one of the matching events). Also: every rule under {@code
 * rules/} compiles or is rejected with a reason.
 */
class SigmaRegressionTest {
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path tmp;

  @Test
  void everyRegressionCaseMatchesTheExpectedEvents() throws Exception {
    Path sigma = References.sharedData("SigmaHQ-sigma");
    RuleSet all = RuleLoader.load(List.of(sigma.resolve("rules")));
    Map<String, SigmaRule> byId = new HashMap<>();
    all.rules().forEach(r -> byId.put(r.id(), r));
    Map<String, String> rejectedById = new HashMap<>();
    for (RuleSet.Rejected r : all.rejected()) {
      JsonNode n = YAML.readTree(Files.readAllBytes(sigma.resolve("rules").resolve(r.source())));
      rejectedById.put(n.path("id").asText(), r.reason());
    }
    List<Path> infos;
    try (Stream<Path> s = Files.walk(sigma.resolve("regression_data"))) {
      infos = s.filter(p -> p.getFileName().toString().equals("info.yml")).sorted().toList();
    }
    int cases = 0;
    int supported = 0;
    int agreeing = 0;
    List<String> disagreements = new ArrayList<>();
    List<String> unsupported = new ArrayList<>();
    for (Path info : infos) {
      JsonNode meta = YAML.readTree(info.toFile());
      String ruleId = meta.path("rule_metadata").get(0).path("id").asText();
      for (JsonNode test : meta.path("regression_tests_info")) {
        if (!test.path("type").asText().equals("evtx")) {
          continue;
        }
        cases++;
        SigmaRule rule = byId.get(ruleId);
        if (rule == null) {
          unsupported.add(ruleId + ": " + rejectedById.getOrDefault(ruleId, "no such rule"));
          continue;
        }
        supported++;
        Path evtx = sigma.resolve(test.path("path").asText());
        TreeSet<String> matched = run(evtx, rule, "case" + cases);
        TreeSet<String> expected = expectedRecordIds(evtx);
        int count = test.path("match_count").asInt();
        // The JSON files show one example of the matching events when there are several.
        boolean ok = matched.size() == count && matched.containsAll(expected);
        if (ok) {
          agreeing++;
        } else {
          disagreements.add(
              rule.source() + ": expected " + count + " " + expected + ", matched " + matched);
        }
      }
    }
    System.out.printf(
        "Sigma regression data: %d cases, %d supported, %d agreeing; rules: %d compiled, %d rejected%n",
        cases, supported, agreeing, all.rules().size(), all.rejected().size());
    unsupported.forEach(u -> System.out.println("  not translated: " + u));
    assertThat(cases).isGreaterThanOrEqualTo(15);
    assertThat(unsupported).isEmpty();
    assertThat(disagreements).isEmpty();
    assertThat(agreeing).isEqualTo(supported).isEqualTo(cases);
  }

  @Test
  void everyRuleCompilesOrIsRejectedWithAReason() throws Exception {
    Path rules = References.sharedData("SigmaHQ-sigma/rules");
    RuleSet all = RuleLoader.load(List.of(rules));
    long files;
    try (Stream<Path> s = Files.walk(rules)) {
      files = s.filter(p -> p.toString().endsWith(".yml")).count();
    }
    assertThat(all.rules().size() + all.rejected().size()).isEqualTo(files);
    for (RuleSet.Rejected r : all.rejected()) {
      assertThat(r.reason()).as(r.source()).isNotBlank();
    }
    // Only the log sources scelle cannot map: file_rename (no Sysmon event) and ps_classic_start
    // (its fields are inside one unnamed Data string).
    assertThat(all.rejected())
        .extracting(RuleSet.Rejected::reason)
        .allMatch(r -> r.contains("'file_rename'") || r.contains("'ps_classic_start'"));
    assertThat(all.sha256()).hasSize(64);
  }

  /** The record ids of the events in the regression case's JSON files (one event each). */
  private static TreeSet<String> expectedRecordIds(Path evtx) throws Exception {
    TreeSet<String> ids = new TreeSet<>();
    try (Stream<Path> s = Files.list(evtx.getParent())) {
      for (Path j : s.filter(p -> p.toString().endsWith(".json")).toList()) {
        JsonNode rec = JSON.readTree(j.toFile()).path("Event").path("System").path("EventRecordID");
        if (!rec.isMissingNode()) {
          ids.add(rec.asText());
        }
      }
    }
    return ids;
  }

  private TreeSet<String> run(Path evtx, SigmaRule rule, String name) throws Exception {
    return EvtxVaults.matchingRecordIds(EvtxVaults.indexed(tmp.resolve(name), evtx), rule);
  }
}
