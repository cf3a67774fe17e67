package org.scelle.reporter.dossier;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scelle.custody.vault.Vault;
import org.scelle.reporter.complaint.Complaint;

/**
 * Not a check: renders the dossier of an existing vault for a person to look at, when {@code
 * -Dscelle.previewVault=CASE} is given (and {@code -Dscelle.previewOut=FILE}, {@code
 * -Dscelle.previewLanguage=en}). Skipped otherwise.
 */
class DossierPreviewTest {
  @Test
  void preview() throws Exception {
    String vault = System.getProperty("scelle.previewVault");
    assumeTrue(vault != null, "no -Dscelle.previewVault");
    String lang = System.getProperty("scelle.previewLanguage", "fr");
    Path out = Path.of(System.getProperty("scelle.previewOut", "target/preview-dossier.pdf"));
    Complaint c = SampleComplaint.valmont(lang);
    long t0 = System.nanoTime();
    DossierResult r =
        DossierWriter.withClock(Clock.fixed(Instant.parse("2019-11-18T09:00:00Z"), ZoneOffset.UTC))
            .withPseudonymiser(s -> SampleComplaint.pseudonymise(c, s))
            .withCatalogue(SampleComplaint.catalogue())
            .withRegulatoryClocks(
                List.of(
                    new RegulatoryClockRow(
                        "Plainte pour l'assureur (L12-10-1)",
                        Instant.parse("2019-11-18T18:45:00Z"),
                        "à faire")))
            .withTagging(!Boolean.getBoolean("scelle.previewUntagged"))
            .write(Vault.open(Path.of(vault)), c, lang, out);
    System.out.printf(
        "preview: %s, %d pages, %d ms, heap used %d MiB%n",
        r.file(),
        r.pages(),
        (System.nanoTime() - t0) / 1_000_000,
        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
  }
}
