package org.scelle.reporter.dossier;

import java.io.IOException;
import org.scelle.custody.concurrent.Background;
import org.scelle.custody.vault.CaseInfo;
import org.scelle.custody.vault.Vault;

/**
 * Everything the dossier states about a vault, gathered before writing: one streaming pass over the
 * items, one verification of the ledger, one pass over the findings. Immutable once read; the long
 * tables (inventory, ledger, findings) are rendered by further streaming passes, not from here.
 */
record CaseFacts(CaseInfo info, ItemFacts items, LedgerFacts ledger, FindingFacts findings) {

  /**
   * Reads the facts of {@code vault}: the ledger is verified on a second thread while this one
   * reads the items and the findings (the three passes are independent).
   */
  static CaseFacts read(Vault vault) throws IOException {
    Background<LedgerFacts> ledger =
        Background.start("dossier-ledger", () -> LedgerFacts.read(vault));
    ItemFacts items = ItemFacts.read(vault);
    FindingFacts findings = FindingFacts.read(vault);
    return new CaseFacts(vault.info(), items, ledger.join(), findings);
  }
}
