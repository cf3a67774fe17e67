package org.scelle.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.scelle.custody.json.Json;
import org.scelle.custody.timestamp.TimestampClient;
import org.scelle.custody.vault.Vault;
import org.scelle.reporter.ReportRun;
import org.scelle.reporter.complaint.Complaint;
import org.scelle.reporter.complaint.ComplaintException;
import org.scelle.reporter.complaint.ComplaintReader;
import org.scelle.reporter.complaint.PseudonymisationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scelle report}: the signed PDF/A-3 complaint dossier of a case. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Build the complaint dossier of the case (one PDF/A-3 file: letter, legal qualification,"
          + " facts and timeline, impact and regulatory clocks, evidence inventory, chain of"
          + " custody, findings, encrypted-file analysis, IOC annex, and the vault's files"
          + " embedded), sign it PAdES with the key (B-B, or B-T with --tsa), and sign a"
          + " 'reported' ledger entry with its SHA-256.",
      "Patient identifiers in excerpts are pseudonymised by the complaint's rules. Every invalid"
          + " value of the complaint is reported with its field."
    })
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CASE")
  Path caseDir;

  @Option(
      names = "--complaint",
      required = true,
      paramLabel = "FILE",
      description = "The complaint (complaint.yaml; see docs/complaint.md).")
  Path complaintFile;

  @Option(
      names = "--lang",
      paramLabel = "fr|en",
      description = "Language of the dossier (default: the complaint's).")
  String language;

  @Option(
      names = "--tsa",
      paramLabel = "URL",
      description = "RFC 3161 time-stamp authority: the signature becomes PAdES-B-T.")
  URI tsa;

  @Option(names = "--out", required = true, paramLabel = "DOSSIER.pdf", description = "The file.")
  Path out;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Mixin KeyOptions key;

  @Override
  public Integer call() throws Exception {
    Vault vault = Vault.open(caseDir);
    OutputFiles.check(spec, "--out", out, caseDir);
    Complaint complaint;
    try {
      complaint = ComplaintReader.read(complaintFile);
    } catch (ComplaintException e) {
      PrintWriter err = spec.commandLine().getErr();
      for (String line : e.getMessage().split("\n")) {
        err.println("scelle: " + line);
      }
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    String lang = language != null ? language : complaint.language();
    if (!lang.equals("fr") && !lang.equals("en")) {
      throw new IllegalArgumentException("--lang must be fr or en, not " + lang);
    }
    Optional<TimestampClient> client =
        Optional.ofNullable(tsa).map(u -> new TimestampClient(u, Duration.ofSeconds(30)));
    ReportRun.Result r;
    try {
      r =
          ReportRun.run(
              vault,
              key.open(),
              new ReportRun.Request(complaint, lang, client, out, List.of()),
              Clock.systemUTC());
    } catch (PseudonymisationException e) {
      throw new IOException(complaintFile + ": " + e.getMessage(), e);
    } catch (GeneralSecurityException e) {
      throw new IOException(out + ": signing failed: " + e.getMessage(), e);
    }
    PrintWriter o = spec.commandLine().getOut();
    if (json) {
      ObjectNode doc = Json.mapper().createObjectNode();
      doc.put("file", out.toString())
          .put("sha256", r.signature().sha256())
          .put("pages", r.dossier().pages())
          .put("language", lang)
          .put("level", r.signature().level().etsiName())
          .put("signer", r.signature().signer())
          .put("merkle_root", r.dossier().manifest().seal().merkleRoot())
          .put("ledger_head", r.dossier().manifest().ledger().headSha256())
          .put("ledger_seq", r.ledgerSeq());
      r.signature().timestampTime().ifPresent(t -> doc.put("timestamp_time", t.toString()));
      doc.putPOJO("notes", r.signature().notes());
      o.println(Json.mapper().writeValueAsString(doc));
      return ExitCodes.OK;
    }
    print(o, r, out);
    return ExitCodes.OK;
  }

  /** The human summary of a report run, also printed by the demo. */
  static void print(PrintWriter o, ReportRun.Result r, Path out) {
    o.printf(
        "dossier    %s: %d pages, %s, signed %s by %s%s%n",
        out,
        r.dossier().pages(),
        r.dossier().manifest().language(),
        r.signature().level().etsiName(),
        r.signature().signer(),
        r.signature().timestampTime().map(t -> ", time-stamped " + t).orElse(""));
    o.printf("           SHA-256 %s (ledger entry %d)%n", r.signature().sha256(), r.ledgerSeq());
    for (String note : r.signature().notes()) {
      o.printf("           note: %s%n", note);
    }
  }
}
