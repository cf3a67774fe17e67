package org.scelle.reporter;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scelle.custody.identity.Identity;
import org.scelle.custody.item.ItemFiles;
import org.scelle.custody.item.ItemStatus;
import org.scelle.custody.item.ItemStore;
import org.scelle.custody.ledger.Action;
import org.scelle.custody.ledger.Ledger;
import org.scelle.custody.timestamp.TimestampClient;
import org.scelle.custody.vault.BagFiles;
import org.scelle.custody.vault.Vault;
import org.scelle.custody.vault.VaultException;
import org.scelle.reporter.complaint.Complaint;
import org.scelle.reporter.complaint.Deadline;
import org.scelle.reporter.complaint.Pseudonymiser;
import org.scelle.reporter.complaint.RegulatoryClocks;
import org.scelle.reporter.dossier.DossierResult;
import org.scelle.reporter.dossier.DossierWriter;
import org.scelle.reporter.dossier.OffenceSummaries;
import org.scelle.reporter.dossier.RegulatoryClockRow;
import org.scelle.reporter.dossier.SignatureNote;
import org.scelle.reporter.legal.LegalCatalogue;
import org.scelle.reporter.legal.LegalEntry;
import org.scelle.reporter.sign.DossierSigner;
import org.scelle.reporter.sign.SignatureResult;

/**
 * One {@code scelle report} run: under the vault lock, writes the dossier of the case for the
 * complaint (pseudonymised, with the catalogue's summaries and the regulatory clocks), signs it
 * PAdES with the signer's key (time-stamped when a time-stamp authority is given), moves it to its
 * place only once signed, and signs a {@code reported} ledger entry with the dossier's SHA-256.
 */
public final class ReportRun {
  private ReportRun() {}

  /** What a run produced: the unsigned layout's result and the signature's. */
  public record Result(DossierResult dossier, SignatureResult signature, long ledgerSeq) {}

  /**
   * What to report.
   *
   * @param language {@code fr} or {@code en}
   * @param tsa the time-stamp authority, or empty for a PAdES-B-B signature
   * @param out the dossier to write (replaced when it exists)
   * @param coverNotes extra notices for the cover (for example that this is a demonstration), after
   *     the one saying who signs and how it is time-stamped
   */
  public record Request(
      Complaint complaint,
      String language,
      Optional<TimestampClient> tsa,
      Path out,
      List<String> coverNotes) {
    public Request {
      coverNotes = List.copyOf(coverNotes);
    }
  }

  /** Builds and signs the dossier that {@code request} describes. */
  public static Result run(Vault vault, Identity signer, Request request, Clock clock)
      throws IOException, GeneralSecurityException {
    Complaint complaint = request.complaint();
    String language = request.language();
    Optional<TimestampClient> tsa = request.tsa();
    Path out = request.out();
    List<String> notes = new ArrayList<>();
    notes.add(signatureNote(signer, tsa, language));
    notes.addAll(request.coverNotes());
    Pseudonymiser pseudonymiser = new Pseudonymiser(complaint.pseudonymisation());
    LegalCatalogue catalogue = LegalCatalogue.load();
    DossierWriter writer =
        DossierWriter.withClock(clock)
            .withPseudonymiser(pseudonymiser::apply)
            .withCatalogue(summaries(catalogue, language))
            .withRegulatoryClocks(rows(RegulatoryClocks.compute(complaint), language))
            .withCoverNotes(notes);
    Path dir = out.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path unsigned = dir.resolve(out.getFileName() + ".unsigned.part");
    Path signed = dir.resolve(out.getFileName() + ".signed.part");
    try (Vault.Lock lock = vault.lock()) {
      refuseMissingItems(vault);
      Files.deleteIfExists(unsigned);
      Files.deleteIfExists(signed);
      DossierResult layout = writer.write(vault, complaint, language, unsigned);
      DossierSigner.Options options = DossierSigner.Options.basic();
      if (tsa.isPresent()) {
        options = options.withTimestamp(tsa.get());
      }
      SignatureResult signature = new DossierSigner(signer, options, clock).sign(unsigned, signed);
      Files.move(signed, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      ObjectNode d = JsonNodeFactory.instance.objectNode();
      d.put("file", out.getFileName().toString())
          .put("sha256", signature.sha256())
          .put("pages", layout.pages())
          .put("language", language)
          .put("level", signature.level().etsiName())
          .put("merkle_root", layout.manifest().seal().merkleRoot())
          .put("ledger_head", layout.manifest().ledger().headSha256())
          .put("ledger_entries", layout.manifest().ledger().entries());
      signature.timestampTime().ifPresent(t -> d.put("timestamp_time", t.toString()));
      long seq =
          Ledger.open(vault, clock).append(signer, Action.REPORTED, vault.info().caseId(), d).seq();
      BagFiles.writeTagManifest(vault);
      return new Result(layout, signature, seq);
    } finally {
      Files.deleteIfExists(unsigned);
      Files.deleteIfExists(signed);
    }
  }

  /**
   * Refuses a vault in which an acquired item's file is missing or not the size its record says: a
   * dossier signed over it would cite evidence that is no longer what was acquired ({@link
   * ItemFiles}, one file-system look-up per item); a change of content that keeps the size is left
   * to {@code scelle verify} and to {@code scelle check-dossier --case}, which re-hash every item.
   *
   * @throws VaultException naming how many items differ and the first of them
   */
  static void refuseMissingItems(Vault vault) throws IOException {
    List<String> bad = new ArrayList<>();
    long[] count = {0};
    new ItemStore(vault)
        .forEach(
            r -> {
              if (r.status() != ItemStatus.ACQUIRED) {
                return;
              }
              ItemFiles.check(vault, r)
                  .ifPresent(
                      c -> {
                        count[0]++;
                        if (bad.isEmpty()) {
                          bad.add(r.vaultPath() + ": " + c.detail());
                        }
                      });
            });
    if (count[0] > 0) {
      throw new VaultException(
          vault.root()
              + ": "
              + count[0]
              + " acquired item(s) not as acquired (first: "
              + bad.get(0)
              + "); no dossier is signed over an altered vault: run 'scelle verify'");
    }
  }

  private static String signatureNote(
      Identity signer, Optional<TimestampClient> tsa, String language) {
    return SignatureNote.of(
        language, signer.name(), signer.role(), tsa.map(t -> String.valueOf(t.tsaUrl())));
  }

  private static OffenceSummaries summaries(LegalCatalogue catalogue, String language) {
    return (code, article) ->
        catalogue
            .find(article)
            .filter(e -> e.code().equals(code))
            .map(e -> new OffenceSummaries.Summary(text(e, language), source(e)));
  }

  private static String text(LegalEntry e, String language) {
    return e.summary(language) + " " + e.penalty(language);
  }

  private static String source(LegalEntry e) {
    return e.source() + " (" + e.sourceDate() + ")";
  }

  private static List<RegulatoryClockRow> rows(List<Deadline> deadlines, String language) {
    return deadlines.stream()
        .map(
            d ->
                new RegulatoryClockRow(
                    d.obligation().label(language), d.dueInstant(), d.statusText(language)))
        .toList();
  }
}
