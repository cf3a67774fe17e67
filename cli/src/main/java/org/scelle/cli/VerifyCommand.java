package org.scelle.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.scelle.collector.handover.Handover;
import org.scelle.collector.verify.Problem;
import org.scelle.collector.verify.VaultVerifier;
import org.scelle.collector.verify.VerifyReport;
import org.scelle.custody.json.Json;
import org.scelle.custody.vault.Vault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scelle verify}: re-hash and re-check everything in a vault. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Re-hash every item and tag file, check the BagIt manifests, the custody ledger chain, every signature and every seal.",
      "Exit 0 when intact; 1 with one line per problem otherwise. With --key, the result is signed into the ledger."
    })
final class VerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CASE")
  Path caseDir;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Mixin KeyOptions key;

  @Override
  public Integer call() throws Exception {
    Vault vault = Vault.open(caseDir);
    VerifyReport report = VaultVerifier.verify(vault);
    if (key != null && key.present()) {
      new Handover(Clock.systemUTC()).verified(vault, key.open(), report);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode n = Json.mapper().createObjectNode();
      n.put("case", vault.info().caseId());
      n.put("intact", report.intact());
      n.put("items", report.items());
      n.put("bytes", report.bytes());
      n.put("ledger_entries", report.ledgerEntries());
      n.put("ledger_head", report.ledgerHead());
      n.put("merkle_root", report.merkleRoot());
      ArrayNode problems = n.putArray("problems");
      for (Problem p : report.problems()) {
        problems
            .addObject()
            .put("subject", p.subject())
            .put("path", p.path())
            .put("what", p.what());
      }
      out.println(Json.mapper().writeValueAsString(n));
    } else {
      for (Problem p : report.problems()) {
        out.println(p);
      }
      out.printf(
          "%s: %s: %d items (%s), %d ledger entries, head %s, seal %s%n",
          vault.info().caseId(),
          report.intact() ? "INTACT" : report.problems().size() + " PROBLEM(S)",
          report.items(),
          Sizes.format(report.bytes()),
          report.ledgerEntries(),
          report.ledgerHead(),
          report.merkleRoot() == null ? "none" : report.merkleRoot());
    }
    return report.intact() ? ExitCodes.OK : ExitCodes.VERIFICATION_FAILED;
  }
}
