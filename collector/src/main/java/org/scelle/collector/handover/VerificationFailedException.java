package org.scelle.collector.handover;

import java.io.IOException;
import org.scelle.collector.verify.VerifyReport;

/** A vault did not verify, so an action that requires an intact vault was refused. */
public final class VerificationFailedException extends IOException {
  private static final long serialVersionUID = 1L;
  private final transient VerifyReport report;

  public VerificationFailedException(VerifyReport report) {
    super(
        "vault does not verify: "
            + report.problems().size()
            + " problem(s); first: "
            + report.problems().get(0));
    this.report = report;
  }

  public VerifyReport report() {
    return report;
  }
}
