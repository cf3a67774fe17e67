package org.scelle.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.scelle.custody.identity.Certificates;
import org.scelle.custody.identity.Identity;
import org.scelle.custody.timestamp.LocalTimestampAuthority;
import org.scelle.custody.timestamp.TimestampClient;
import org.scelle.custody.vault.Vault;
import org.scelle.reporter.ReportRun;
import org.scelle.reporter.check.DossierChecker;
import org.scelle.reporter.check.DossierVerdict;
import org.scelle.reporter.complaint.Complaint;
import org.scelle.reporter.complaint.ComplaintException;
import org.scelle.reporter.complaint.ComplaintReader;

/**
 * The legal staff's half of {@code scelle demo}: the signed dossier of the sample incident for its
 * complaint ({@code complaint.yaml}), time-stamped by a local test authority started for the demo
 * and said so on the cover, then checked as {@code scelle check-dossier --case} would, trusting the
 * signer's certificate and the local authority's root (both written to {@code DIR/keys/}).
 */
final class DemoDossier {
  static final String DOSSIER = "dossier.pdf";

  private DemoDossier() {}

  /** Writes, signs and checks {@code out/dossier.pdf}; returns the check's verdict. */
  static DossierVerdict run(PrintWriter o, Vault vault, Identity legal, Path incident, Path out)
      throws IOException, GeneralSecurityException {
    Complaint complaint;
    try {
      complaint = ComplaintReader.read(incident.resolve("complaint.yaml"));
    } catch (ComplaintException e) {
      throw new IOException(e.getMessage(), e);
    }
    Path dossier = out.resolve(DOSSIER);
    Path keys = out.resolve("keys");
    try (LocalTimestampAuthority tsa = LocalTimestampAuthority.start()) {
      Path tsaRoot = keys.resolve("demo-tsa-root.pem");
      tsa.writeRootPem(tsaRoot);
      Path signerPem = keys.resolve("legal.pem");
      Certificates.writePem(legal.certificate(), signerPem);
      ReportRun.Result r =
          ReportRun.run(
              vault,
              legal,
              new ReportRun.Request(
                  complaint,
                  complaint.language(),
                  Optional.of(new TimestampClient(tsa.url(), Duration.ofSeconds(30))),
                  dossier,
                  List.of(notice(complaint.language()))),
              Clock.systemUTC());
      ReportCommand.print(o, r, dossier);
      DossierVerdict verdict =
          DossierChecker.check(
              dossier,
              Optional.of(vault.root()),
              List.of(legal.certificate(), tsa.signer().rootCertificate()));
      o.printf(
          "check      %s (%d checks, %d failed, %d warnings); again: scelle check-dossier %s"
              + " --case %s --trust %s --trust %s%n",
          verdict.valid() ? "VALID" : "INVALID: " + verdict.failures().get(0),
          verdict.checks().size(),
          verdict.failures().size(),
          verdict.warnings().size(),
          dossier,
          vault.root(),
          signerPem,
          tsaRoot);
      return verdict;
    }
  }

  private static String notice(String language) {
    if (language.equals("fr")) {
      return "DÉMONSTRATION (scelle demo) : l'établissement, les personnes et les identifiants sont"
          + " fictifs. L'horodatage provient d'une autorité locale de test démarrée pour la"
          + " démonstration (LOCAL DEMO TSA - NOT TRUSTED) : il n'a aucune valeur probante.";
    }
    return "DEMONSTRATION (scelle demo): the hospital, people and identifiers are fictitious. The"
        + " time-stamp comes from a local test authority started for the demonstration (LOCAL"
        + " DEMO TSA - NOT TRUSTED): it proves nothing.";
  }
}
