package org.scelle.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.scelle.custody.identity.Certificates;
import org.scelle.custody.json.Json;
import org.scelle.reporter.check.Check;
import org.scelle.reporter.check.DossierChecker;
import org.scelle.reporter.check.DossierVerdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scelle check-dossier}: verify a signed dossier, alone or against its vault. */
@Command(
    name = "check-dossier",
    mixinStandardHelpOptions = true,
    description = {
      "Verify a dossier: its PAdES signature and time-stamp, that the signature covers the whole"
          + " file, the signer's and time-stamp authority's certificate chains against the given"
          + " trust anchors, and every embedded annex against the dossier's manifest.",
      "With --case, also check that the vault still holds every annexed item unchanged and that"
          + " its ledger continues the annexed one.",
      "Exit 0 when valid, 1 when not (each failed check is printed with its reason)."
    })
final class CheckDossierCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DOSSIER.pdf")
  Path dossier;

  @Option(
      names = "--case",
      paramLabel = "CASE",
      description = "The vault the dossier was built from.")
  Path caseDir;

  @Option(
      names = "--trust",
      paramLabel = "CERT.pem",
      description =
          "A trusted root or signer certificate (PEM), for the signer and the time-stamp authority;"
              + " repeatable. Without any, the chains are reported as not checked.")
  List<Path> trust = new ArrayList<>();

  @Option(names = "--json", description = "Print the verdict as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    List<X509Certificate> anchors = new ArrayList<>();
    for (Path p : trust) {
      if (!Files.isRegularFile(p)) {
        throw new IOException(p + ": no such certificate file (--trust)");
      }
      anchors.add(Certificates.readPem(p));
    }
    DossierVerdict verdict = DossierChecker.check(dossier, Optional.ofNullable(caseDir), anchors);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode doc = Json.mapper().createObjectNode();
      doc.put("file", verdict.file().toString()).put("valid", verdict.valid());
      ArrayNode checks = doc.putArray("checks");
      for (Check c : verdict.checks()) {
        checks
            .addObject()
            .put("name", c.name())
            .put("outcome", c.outcome().name().toLowerCase(Locale.ROOT))
            .put("reason", c.reason());
      }
      out.println(Json.mapper().writeValueAsString(doc));
    } else {
      print(out, verdict);
    }
    return verdict.valid() ? ExitCodes.OK : ExitCodes.VERIFICATION_FAILED;
  }

  /** One line per check, then the verdict; also printed by the demo. */
  static void print(PrintWriter out, DossierVerdict verdict) {
    for (Check c : verdict.checks()) {
      out.printf("  %-7s %-28s %s%n", label(c.outcome()), c.name(), c.reason());
    }
    out.printf(
        "%s: %s (%d checks, %d failed, %d warnings)%n",
        verdict.file(),
        verdict.valid() ? "VALID" : "INVALID",
        verdict.checks().size(),
        verdict.failures().size(),
        verdict.warnings().size());
  }

  private static String label(Check.Outcome outcome) {
    return switch (outcome) {
      case PASSED -> "ok";
      case FAILED -> "FAILED";
      case WARNING -> "warning";
    };
  }
}
