package org.scelle.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.scelle.custody.finding.Finding;
import org.scelle.custody.json.Json;
import org.scelle.custody.vault.Vault;
import org.scelle.indexer.sigma.RuleSet;
import org.scelle.indexer.sigma.SigmaResult;
import org.scelle.indexer.sigma.SigmaRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scelle sigma}: run Sigma rules over the case index. */
@Command(
    name = "sigma",
    mixinStandardHelpOptions = true,
    description = {
      "Run Sigma rules (YAML files, or directories of them) over the case index; write the hits to"
          + " CASE/scelle/findings.jsonl (kind sigma) and sign a 'hunted' entry with the rule set's hash.",
      "Rules that cannot be translated are listed on stderr with the reason."
    })
final class SigmaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CASE")
  Path caseDir;

  @Option(
      names = "--rules",
      required = true,
      arity = "1..*",
      paramLabel = "DIR_OR_FILE",
      description = "Sigma rule files or directories (searched recursively for .yml and .yaml).")
  List<Path> rules;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Mixin KeyOptions key;

  @Override
  public Integer call() throws Exception {
    Vault vault = Vault.open(caseDir);
    SigmaResult r = SigmaRun.run(vault, key.open(), rules, Clock.systemUTC());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (RuleSet.Rejected rejected : r.rejected()) {
      err.println("not translated: " + rejected);
    }
    if (json) {
      out.println(Json.mapper().writeValueAsString(r));
      return ExitCodes.OK;
    }
    for (Finding f : r.findings()) {
      Finding.Evidence e = f.evidence().get(0);
      out.printf(
          "%s  %-12s %-8s %s  %s %s%n",
          f.time() == null ? "(no time)" : f.time(),
          f.host(),
          f.rule().level() == null ? "-" : f.rule().level(),
          f.rule().title(),
          e.item(),
          e.locator());
    }
    out.printf(
        "%d hits of %d rules; %d rules loaded, %d not translated%s; rule set %s%n",
        r.findings().size(),
        r.hitsByRule().size(),
        r.rules(),
        r.rejected().size(),
        r.truncated().isEmpty() ? "" : ", hits cut for " + r.truncated().size(),
        r.ruleSetSha256());
    return ExitCodes.OK;
  }
}
