package org.scelle.reporter.sign;

/** The PAdES baseline levels (ETSI EN 319 142-1) a dossier signature reaches. */
public enum PadesLevel {
  /** A signature alone: the signing time is only what the signer claims. */
  B_B("PAdES-BASELINE-B"),
  /** With an RFC 3161 signature time-stamp: proof the signature existed at that time. */
  B_T("PAdES-BASELINE-T"),
  /** With the revocation data of the signer's chain in the document security store. */
  B_LT("PAdES-BASELINE-LT");

  private final String etsiName;

  PadesLevel(String etsiName) {
    this.etsiName = etsiName;
  }

  /** The name EU DSS and ETSI use, for example {@code PAdES-BASELINE-T}. */
  public String etsiName() {
    return etsiName;
  }
}
