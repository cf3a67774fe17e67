package org.scelle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scelle sigma} with the curated rules of {@code samples/sigma} on the sample incident: the
 * shadow copy deletion, log clearing and PsExec service rules fire on the incident's event logs,
 * with evidence, a signed entry, and the same findings when run again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SigmaCommandTest {
  @TempDir static Path tmp;
  static final Path SAMPLES = Path.of("").toAbsolutePath().getParent().resolve("samples");
  final ObjectMapper mapper = new ObjectMapper();
  Path caseDir;
  Path bobKey;

  @BeforeAll
  void demoAndIndex() throws Exception {
    Path out = tmp.resolve("demo");
    ScelleProcess.Result demo =
        ScelleProcess.run(
            tmp,
            "demo",
            "--out",
            out.toString(),
            "--samples-dir",
            SAMPLES.resolve("incident").toString());
    assertThat(demo.exit()).as("%s", demo).isZero();
    caseDir = out.resolve("case");
    bobKey = out.resolve("keys/bob.p12");
    ScelleProcess.Result index =
        ScelleProcess.run(tmp, "index", caseDir.toString(), "--key", bobKey.toString());
    assertThat(index.exit()).as("%s", index).isZero();
  }

  @Test
  void ransomwarePrecursorRulesFireOnTheIncidentWithEvidence() throws Exception {
    ScelleProcess.Result r =
        ScelleProcess.run(
            tmp,
            "sigma",
            caseDir.toString(),
            "--key",
            bobKey.toString(),
            "--rules",
            SAMPLES.resolve("sigma").toString(),
            "--json");
    assertThat(r.exit()).as("%s", r).isZero();
    JsonNode result = mapper.readTree(r.out());
    assertThat(result.get("rules").asInt()).isEqualTo(12);
    assertThat(result.get("rejected")).isEmpty();
    Map<String, Integer> byRule = new HashMap<>();
    Map<String, String> hostByRule = new HashMap<>();
    for (JsonNode f : result.get("findings")) {
      assertThat(f.get("kind").asText()).isEqualTo("sigma");
      String id = f.path("rule").path("id").asText();
      byRule.merge(id, 1, Integer::sum);
      hostByRule.put(id, f.get("host").asText());
      assertThat(f.path("rule").path("source_sha256").asText()).hasSize(64);
      JsonNode ev = f.path("evidence").get(0);
      assertThat(ev.path("sha256").asText()).hasSize(64);
      assertThat(ev.path("locator").asText()).startsWith("record:");
    }
    // wmic shadowcopy delete (4688), Win32_ShadowCopy Delete (4104), 1102, 104, PSEXESVC (7045).
    assertThat(byRule)
        .containsEntry("c947b146-0abc-4c87-9c64-b17e9d7274a2", 1)
        .containsEntry("c1337eb8-921a-4b59-855b-4ba188ddcc42", 1)
        .containsEntry("d99b79d2-0a6f-4f46-ad8b-260b6e17f982", 1)
        .containsEntry("42c575ea-e41e-41f1-b248-8093c3e82a28", 1)
        .containsKey("100ef69e-3327-481c-8e5c-6d80d9507556");
    assertThat(hostByRule)
        .containsEntry("c947b146-0abc-4c87-9c64-b17e9d7274a2", "SRV-FILE01")
        .containsEntry("d99b79d2-0a6f-4f46-ad8b-260b6e17f982", "SRV-DC01");
    JsonNode shadow =
        mapper.readTree(
            Files.readAllLines(caseDir.resolve("scelle/findings.jsonl")).stream()
                .filter(l -> l.contains("c947b146-0abc-4c87-9c64-b17e9d7274a2"))
                .findFirst()
                .orElseThrow());
    assertThat(shadow.path("rule").path("tags").toString()).contains("attack.t1490");
    assertThat(shadow.path("rule").path("level").asText()).isEqualTo("high");
    assertThat(shadow.path("rule").path("source").asText())
        .isEqualTo("proc_creation_win_susp_shadow_copies_deletion.yml");
    List<JsonNode> hunted = TestFiles.ledger(caseDir, "hunted");
    JsonNode entry = hunted.get(hunted.size() - 1).path("details");
    assertThat(entry.path("engine").asText()).isEqualTo("sigma");
    assertThat(entry.path("rule_set_sha256").asText())
        .isEqualTo(result.get("ruleSetSha256").asText())
        .hasSize(64);
    assertThat(entry.path("findings").asInt()).isEqualTo(result.get("findings").size());

    byte[] first = Files.readAllBytes(caseDir.resolve("scelle/findings.jsonl"));
    ScelleProcess.Result again =
        ScelleProcess.run(
            tmp,
            "sigma",
            caseDir.toString(),
            "--key",
            bobKey.toString(),
            "--rules",
            SAMPLES.resolve("sigma").toString());
    assertThat(again.exit()).as("%s", again).isZero();
    assertThat(again.out())
        .contains("Shadow Copies Deletion Using Operating Systems Utilities")
        .contains("12 rules loaded, 0 not translated");
    assertThat(Files.readAllBytes(caseDir.resolve("scelle/findings.jsonl"))).isEqualTo(first);
    assertThat(ScelleProcess.inProcess("verify", caseDir.toString()).exit()).isZero();
  }

  @Test
  void untranslatableRulesAreListedWithTheirReason() throws Exception {
    Path rule = tmp.resolve("agg.yml");
    Files.writeString(
        rule,
        String.join(
            "\n",
            List.of(
                "title: Many logons",
                "logsource: {product: windows, service: security}",
                "detection:",
                "  selection: {EventID: 4625}",
                "  condition: selection | count() by IpAddress > 10",
                "")));
    ScelleProcess.Result r =
        ScelleProcess.run(
            tmp,
            "sigma",
            caseDir.toString(),
            "--key",
            bobKey.toString(),
            "--rules",
            rule.toString(),
            SAMPLES.resolve("sigma/win_security_audit_log_cleared.yml").toString());
    assertThat(r.exit()).as("%s", r).isZero();
    assertThat(r.err()).contains("not translated: agg.yml: condition").contains("aggregations");
    assertThat(r.out())
        .contains("Security Eventlog Cleared")
        .contains("1 rules loaded, 1 not translated");
  }
}
