package org.scelle.indexer.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scelle.custody.testing.References;
import org.scelle.custody.vault.Vault;

/**
 * The curated rules of {@code samples/sigma} on public attack recordings: each recording fires the
 * rule written for it (log clearing, service installation, shadow copy deletion).
 */
class AttackSamplesTest {
  static final Path RULES = Path.of("").toAbsolutePath().getParent().resolve("samples/sigma");
  @TempDir Path tmp;

  /** Recording (under ../shared/data), then the id of the rule that must fire on it. */
  static final List<String[]> CASES =
      List.of(
          new String[] {
            "sbousseaden-EVTX-ATTACK-SAMPLES/Defense Evasion/DE_1102_security_log_cleared.evtx",
            "d99b79d2-0a6f-4f46-ad8b-260b6e17f982"
          },
          new String[] {
            "sbousseaden-EVTX-ATTACK-SAMPLES/Defense Evasion/DE_104_system_log_cleared.evtx",
            "100ef69e-3327-481c-8e5c-6d80d9507556"
          },
          new String[] {
            "mdecrevoisier-EVTX-to-MITRE-Attack/TA0003-Persistence/T1543.003-Create or Modify System"
                + " Process-Windows Service/ID7045-7036 PSexec service installation.evtx",
            "42c575ea-e41e-41f1-b248-8093c3e82a28"
          },
          new String[] {
            "mdecrevoisier-EVTX-to-MITRE-Attack/TA0040-Impact/T1490-Inhibit System Recovery/ID4688-Delete"
                + " VSS backup (WMI).evtx",
            "c947b146-0abc-4c87-9c64-b17e9d7274a2"
          },
          new String[] {
            "mdecrevoisier-EVTX-to-MITRE-Attack/TA0040-Impact/T1490-Inhibit System"
                + " Recovery/ID800-4103-4104-Delete VSS backup (PowerShell).evtx",
            "c1337eb8-921a-4b59-855b-4ba188ddcc42"
          },
          new String[] {
            "mdecrevoisier-EVTX-to-MITRE-Attack/TA0005-Defense Evasion/T1070.001-Clear Windows event"
                + " logs/ID4688-Clear event log attempt (native).evtx",
            "cc36992a-4671-4f21-a91d-6c2b72a2edf5"
          });

  @Test
  void eachRecordingFiresItsRule() throws Exception {
    RuleSet rules = RuleLoader.load(List.of(RULES));
    assertThat(rules.rejected()).isEmpty();
    Map<String, SigmaRule> byId = new HashMap<>();
    rules.rules().forEach(r -> byId.put(r.id(), r));
    int n = 0;
    for (String[] c : CASES) {
      Path evtx = References.sharedData(c[0]);
      Vault vault = EvtxVaults.indexed(tmp.resolve("v" + n++), evtx);
      TreeSet<String> hits = EvtxVaults.matchingRecordIds(vault, byId.get(c[1]));
      System.out.printf("%s: %s fires on records %s%n", evtx.getFileName(), c[1], hits);
      assertThat(hits).as("%s on %s", byId.get(c[1]).title(), c[0]).isNotEmpty();
    }
  }
}
