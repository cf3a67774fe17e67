package org.scelle.reporter.dossier;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the regulatory clocks table: a deadline that runs in parallel with the complaint
 * (cyber-insurance, CNIL, health agency), as computed by the regulatory clocks of the complaint.
 *
 * @param label what is due, in the dossier's language
 * @param due when it is due, or null when no fixed deadline applies
 * @param status its state, in the dossier's language (for example {@code done 2019-11-17 15:00Z},
 *     {@code overdue})
 */
public record RegulatoryClockRow(String label, Instant due, String status) {
  public RegulatoryClockRow {
    Objects.requireNonNull(label, "label");
    status = status == null ? "" : status;
  }
}
