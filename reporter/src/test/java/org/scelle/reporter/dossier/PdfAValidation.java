package org.scelle.reporter.dossier;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the independent PDF/A validator, against PDF/A-3b. */
final class PdfAValidation {
  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private PdfAValidation() {}

  /** Whether veraPDF finds {@code pdf} compliant, and its failed rules. */
  record Outcome(boolean compliant, List<String> failures) {}

  static Outcome validate(Path pdf) throws Exception {
    try (InputStream in = Files.newInputStream(pdf);
        PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_3_B);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
      ValidationResult result = validator.validate(parser);
      List<String> failed =
          result.getTestAssertions().stream()
              .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
              .map(
                  a ->
                      a.getRuleId().getClause()
                          + "-"
                          + a.getRuleId().getTestNumber()
                          + ": "
                          + a.getMessage())
              .distinct()
              .toList();
      return new Outcome(result.isCompliant(), failed);
    }
  }
}
