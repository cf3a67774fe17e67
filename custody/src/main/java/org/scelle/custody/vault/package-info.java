/**
 * The case vault: a BagIt 1.0 bag (RFC 8493) whose payload is the acquired evidence and whose tag
 * files hold the case description, the item records and the custody ledger.
 */
package org.scelle.custody.vault;
