package org.scelle.custody.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.scelle.custody.digest.Digests;
import org.scelle.custody.digest.MultiDigest;
import org.scelle.custody.json.Json;
import org.scelle.custody.vault.Vault;

/**
 * Verifies a vault's custody ledger: every line parses, sequence numbers run 1, 2, 3, ..., each
 * entry's {@code prev_sha256} is the hash of the entry before it, each signature verifies with the
 * certificate it names (whose file must hash to its name), and the signed head matches the last
 * entry. Problems come in file order, so the first one locates the first bad entry. Streams the
 * ledger; thread-safe (stateless apart from a certificate cache per call).
 */
public final class LedgerVerifier {

  /**
   * The outcome: entries read, their problems, and the verified entries for callers that need them.
   */
  public record Report(long entries, String headSha256, List<LedgerProblem> problems) {
    public boolean intact() {
      return problems.isEmpty();
    }
  }

  private LedgerVerifier() {}

  /**
   * Verifies the ledger of {@code vault}; {@code onEntry} sees every entry that parses (verified or
   * not), in order, for cross-checks such as "every acquired item has an entry".
   */
  public static Report verify(Vault vault, Consumer<LedgerEntry> onEntry) throws IOException {
    CertStore certs = new CertStore(vault);
    Map<String, X509Certificate> certCache = new HashMap<>();
    List<LedgerProblem> problems = new ArrayList<>();
    String prev = LedgerEntry.GENESIS;
    long lineNo = 0;
    long lastSeq = 0;
    // Unsigned entries since the last signature: the next signed entry of the batch covers them.
    List<LedgerEntry> pending = new ArrayList<>();
    List<Long> pendingLines = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(vault.ledgerFile(), StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        lineNo++;
        String lineHash =
            Digests.hex(MultiDigest.sha256().digest(line.getBytes(StandardCharsets.UTF_8)));
        LedgerEntry e;
        try {
          JsonNode n = Json.mapper().readTree(line);
          e = LedgerEntry.fromJson(n);
        } catch (IOException | IllegalArgumentException | NullPointerException ex) {
          problems.add(
              new LedgerProblem(
                  lineNo, "line " + lineNo + ": not a valid ledger entry: " + ex.getMessage()));
          prev = lineHash;
          pending.clear();
          pendingLines.clear();
          continue;
        }
        String label =
            "entry "
                + e.seq()
                + " (line "
                + lineNo
                + ", "
                + e.action().label()
                + " "
                + e.subject()
                + ")";
        if (e.seq() != lineNo) {
          problems.add(
              new LedgerProblem(
                  lineNo,
                  label
                      + ": sequence number "
                      + e.seq()
                      + " where "
                      + lineNo
                      + " was expected (an entry was deleted, inserted or moved)"));
        }
        if (!e.prevSha256().equals(prev)) {
          if (!pendingLines.isEmpty() && pendingLines.get(pendingLines.size() - 1) == lineNo - 1) {
            LedgerEntry before = pending.get(pending.size() - 1);
            problems.add(
                new LedgerProblem(
                    lineNo - 1,
                    "entry "
                        + before.seq()
                        + " (line "
                        + (lineNo - 1)
                        + ", "
                        + before.action().label()
                        + " "
                        + before.subject()
                        + "): does not hash to the prev_sha256 recorded by the entry after it"
                        + " (this entry, unsigned within its batch, was altered)"));
          }
          pending.clear();
          pendingLines.clear();
          problems.add(
              new LedgerProblem(
                  lineNo,
                  label
                      + ": prev_sha256 does not match the entry before it"
                      + " (the chain is broken before this entry)"));
        }
        try {
          Instant.parse(e.time());
        } catch (DateTimeParseException ex) {
          problems.add(
              new LedgerProblem(lineNo, label + ": time is not RFC 3339 UTC: " + e.time()));
        }
        if (e.signature() == null) {
          pending.add(e);
          pendingLines.add(lineNo);
        } else {
          String sigProblem =
              checkSignature(
                  certs, certCache, e.actorCert(), e.sigAlg(), e.signedBytes(), e.signature());
          String batch =
              pendingLines.isEmpty()
                  ? ""
                  : " (or one of the unsigned entries of its batch, lines "
                      + pendingLines.get(0)
                      + " to "
                      + (lineNo - 1)
                      + ", was altered)";
          if (sigProblem != null) {
            problems.add(new LedgerProblem(lineNo, label + ": " + sigProblem + batch));
          }
          for (int i = 0; i < pending.size(); i++) {
            if (!pending.get(i).actorCert().equals(e.actorCert())) {
              problems.add(
                  new LedgerProblem(
                      pendingLines.get(i),
                      "entry "
                          + pending.get(i).seq()
                          + ": unsigned, and the signature that closes its batch (entry "
                          + e.seq()
                          + ") is another actor's"));
            }
          }
          pending.clear();
          pendingLines.clear();
        }
        onEntry.accept(e);
        prev = e.sha256();
        lastSeq = e.seq();
      }
    } catch (NoSuchFileException ex) {
      problems.add(new LedgerProblem(0, vault.ledgerFile() + ": missing"));
      return new Report(0, prev, problems);
    }
    if (!pending.isEmpty()) {
      problems.add(
          new LedgerProblem(
              pendingLines.get(0),
              "entries on lines "
                  + pendingLines.get(0)
                  + " to "
                  + pendingLines.get(pendingLines.size() - 1)
                  + " are not covered by any signature (the ledger was cut inside a batch,"
                  + " or entries were added without signing)"));
    }
    checkHead(vault, certs, certCache, lineNo, lastSeq, prev, problems);
    return new Report(lineNo, prev, problems);
  }

  private static void checkHead(
      Vault vault,
      CertStore certs,
      Map<String, X509Certificate> cache,
      long lines,
      long lastSeq,
      String lastHash,
      List<LedgerProblem> problems)
      throws IOException {
    String text;
    try {
      text = Files.readString(vault.ledgerHeadFile(), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      if (lines > 0) {
        problems.add(
            new LedgerProblem(0, "custody.head: missing (the ledger's signed head was removed)"));
      }
      return;
    }
    LedgerHead head;
    try {
      head = LedgerHead.fromJson(Json.mapper().readTree(text));
    } catch (IOException | IllegalArgumentException e) {
      problems.add(
          new LedgerProblem(0, "custody.head: not a valid ledger head: " + e.getMessage()));
      return;
    }
    String sigProblem =
        checkSignature(
            certs, cache, head.actorCert(), head.sigAlg(), head.signedBytes(), head.signature());
    if (sigProblem != null) {
      problems.add(new LedgerProblem(0, "custody.head: " + sigProblem));
    }
    if (head.seq() != lastSeq || !head.sha256().equals(lastHash)) {
      problems.add(
          new LedgerProblem(
              0,
              "custody.head: signed head is entry "
                  + head.seq()
                  + " but the ledger ends at entry "
                  + lastSeq
                  + " (entries were removed or appended without signing)"));
    }
  }

  private static String checkSignature(
      CertStore certs,
      Map<String, X509Certificate> cache,
      String fp,
      String alg,
      byte[] data,
      String signatureB64) {
    X509Certificate cert = cache.get(fp);
    if (cert == null) {
      try {
        cert = certs.get(fp);
      } catch (IOException e) {
        return "certificate " + fp + " unusable: " + e.getMessage();
      }
      cache.put(fp, cert);
    }
    try {
      Signature s = Signature.getInstance(alg);
      s.initVerify(cert.getPublicKey());
      s.update(data);
      if (!s.verify(Base64.getDecoder().decode(signatureB64))) {
        return "signature does not verify with the certificate of "
            + cert.getSubjectX500Principal().getName()
            + " (the entry was altered)";
      }
      return null;
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return "signature cannot be checked (" + alg + "): " + e.getMessage();
    }
  }
}
