package org.scelle.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.scelle.custody.finding.Finding;
import org.scelle.custody.json.Json;
import org.scelle.custody.vault.Vault;
import org.scelle.indexer.hunt.HuntResult;
import org.scelle.indexer.hunt.HuntRun;
import org.scelle.indexer.hunt.Hunter;
import org.scelle.indexer.hunt.IndicatorType;
import org.scelle.indexer.ioc.Enrichment;
import org.scelle.indexer.ioc.IocType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scelle hunt}: match indicator feeds against the case. */
@Command(
    name = "hunt",
    mixinStandardHelpOptions = true,
    description = {
      "Match indicators (STIX 2.1 bundles, MISP events, CSV or plain lists) against the case index and"
          + " the acquired items' hashes; write the findings to CASE/scelle/findings.jsonl and sign a 'hunted' entry.",
      "Indicators that cannot be matched are listed with the reason."
    })
final class HuntCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CASE")
  Path caseDir;

  @Option(
      names = "--iocs",
      required = true,
      arity = "1..*",
      paramLabel = "FILE",
      description = "Indicator feeds.")
  List<Path> feeds;

  @Option(names = "--json", description = "Print the findings as JSON.")
  boolean json;

  @Mixin KeyOptions key;

  @Override
  public Integer call() throws Exception {
    Vault vault = Vault.open(caseDir);
    Hunter hunter = new Hunter(HuntCommand::normalise);
    HuntResult r = HuntRun.run(vault, key::open, hunter, feeds, Clock.systemUTC());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (String rejected : r.rejected()) {
      err.println("not matched: " + rejected);
    }
    if (json) {
      out.println(Json.mapper().writeValueAsString(r));
      return ExitCodes.OK;
    }
    for (Finding f : r.findings()) {
      Finding.Evidence e = f.evidence().get(0);
      out.printf(
          "%s  %-12s %-40s %s %s%n",
          f.time() == null ? "(no time)" : f.time(), f.host(), f.value(), e.item(), e.locator());
    }
    out.printf(
        "%d findings: %d of %d indicators matched, %d not matchable%s%n",
        r.findings().size(),
        r.matchedIndicators(),
        r.indicators(),
        r.rejected().size(),
        r.truncated().isEmpty() ? "" : ", evidence cut for " + r.truncated().size());
    return ExitCodes.OK;
  }

  static String normalise(IndicatorType type, String value) {
    return switch (type) {
      case IPV4 -> Enrichment.normalise(IocType.IPV4, value);
      case IPV6 -> Enrichment.normalise(IocType.IPV6, value);
      case DOMAIN -> Enrichment.normalise(IocType.DOMAIN, value);
      case URL -> Enrichment.normalise(IocType.URL, value);
      case EMAIL -> Enrichment.normalise(IocType.EMAIL, value);
      case MD5 -> Enrichment.normalise(IocType.MD5, value);
      case SHA1 -> Enrichment.normalise(IocType.SHA1, value);
      case SHA256 -> Enrichment.normalise(IocType.SHA256, value);
      case BTC -> Enrichment.normalise(IocType.BTC, value);
      case CVE -> Enrichment.normalise(IocType.CVE, value);
      case FILE_NAME, KEYWORD -> value.strip();
    };
  }
}
