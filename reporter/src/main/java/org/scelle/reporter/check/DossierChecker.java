package org.scelle.reporter.check;

import com.itextpdf.commons.exceptions.ITextException;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.SignatureUtil;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scelle.custody.vault.Vault;
import org.scelle.reporter.annex.AnnexManifest;
import org.scelle.reporter.pdf.StructureBlindDocument;
import org.scelle.reporter.sign.DossierSigner;

/**
 * Verifies a signed dossier, alone or against its case vault ({@code scelle check-dossier}).
 *
 * <p>The checks, in order (see {@code docs/dossier-verification.md} for every reason):
 *
 * <ol>
 *   <li>{@code pdf}: iText reads the file without having to rebuild its cross-reference table;
 *   <li>{@code signature}: the dossier's signature ({@value DossierSigner#FIELD_NAME}, else the
 *       last one) verifies over its byte range;
 *   <li>{@code coverage}: the byte range covers the whole file, later updates adding only
 *       validation data;
 *   <li>{@code timestamp}, {@code timestamp-chain}: the RFC 3161 signature time-stamp covers the
 *       signature value and its authority chains to a trust anchor (a warning without a time-stamp,
 *       or without trust anchors);
 *   <li>{@code chain}: the signer's certificate chains to a trust anchor at the time-stamp's time
 *       (now without one); a warning when no trust anchor is given;
 *   <li>{@code manifest}, {@code annex:*}: the embedded annexes match the manifest;
 *   <li>{@code vault:*}, given the vault: the vault still holds what the annexes recorded.
 * </ol>
 *
 * A tampered or unreadable dossier is a failed check with a reason, never an exception. The dossier
 * is valid when no check failed; warnings say what could not be verified. Revocation of the
 * signer's certificate is not checked (the verdict says so).
 *
 * <p>Reads the dossier and the vault only. Stateless and thread-safe.
 */
public final class DossierChecker {

  private DossierChecker() {}

  /**
   * Checks {@code pdf}.
   *
   * @param vaultDir the case vault to compare with, or empty to check the dossier alone
   * @param trustAnchors the root certificates trusted for the signer and the time-stamp authority;
   *     empty to leave the chains unchecked (each reported as a warning)
   * @throws NoSuchFileException when {@code pdf} does not exist
   * @throws IOException naming {@code pdf} when it is a directory
   * @throws org.scelle.custody.vault.VaultException when {@code vaultDir} is not a vault
   * @throws IOException when the dossier or a vault file cannot be read (not when it is tampered:
   *     that is a failed check)
   */
  public static DossierVerdict check(
      Path pdf, Optional<Path> vaultDir, List<X509Certificate> trustAnchors) throws IOException {
    if (Files.isDirectory(pdf)) {
      throw new IOException(pdf + ": a directory, not a dossier");
    }
    if (!Files.isRegularFile(pdf)) {
      throw new NoSuchFileException(pdf.toString(), null, "no such dossier");
    }
    List<X509Certificate> anchors = List.copyOf(trustAnchors);
    Vault vault = vaultDir.isPresent() ? Vault.open(vaultDir.get()) : null;
    List<Check> checks = new ArrayList<>();
    try (PdfReader reader = new PdfReader(pdf.toFile());
        PdfDocument document = new StructureBlindDocument(reader)) {
      if (reader.hasRebuiltXref()) {
        checks.add(
            Check.fail(
                "pdf",
                "the cross-reference table is damaged (iText had to rebuild it): the file was"
                    + " altered"));
      } else {
        checks.add(
            Check.pass(
                "pdf",
                "readable, "
                    + document.getNumberOfPages()
                    + " pages, PDF "
                    + document.getPdfVersion()));
      }
      signature(pdf, document, anchors, checks);
      Map<String, EmbeddedFile> embedded = EmbeddedAnnexes.read(document, checks);
      Optional<AnnexManifest> manifest = AnnexChecks.check(embedded, checks);
      if (vault != null) {
        if (manifest.isPresent()) {
          VaultChecks.check(vault, manifest.get(), embedded, checks);
        } else {
          checks.add(Check.fail("vault:case", "not compared with the vault: no readable manifest"));
        }
      }
    } catch (ITextException e) {
      checks.add(Check.fail("pdf", "not a readable PDF: " + SignatureChecks.message(e)));
    }
    return new DossierVerdict(pdf, checks);
  }

  private static void signature(
      Path pdf, PdfDocument document, List<X509Certificate> anchors, List<Check> checks)
      throws IOException {
    SignatureUtil util = new SignatureUtil(document);
    List<String> names = util.getSignatureNames();
    if (names.isEmpty()) {
      checks.add(Check.fail("signature", "the dossier is not signed"));
      return;
    }
    String name =
        names.contains(DossierSigner.FIELD_NAME)
            ? DossierSigner.FIELD_NAME
            : names.get(names.size() - 1);
    SignatureChecks.check(util, name, anchors, checks);
    checks.add(Coverage.check(pdf, document, util, name));
    if (names.size() > 1) {
      List<String> others = new ArrayList<>(names);
      others.remove(name);
      checks.add(
          Check.warn("signatures", "other signatures not checked: " + String.join(", ", others)));
    }
  }
}
