/**
 * Verification of a whole vault: every item re-hashed against its record and the BagIt manifests,
 * the tag files, the custody ledger chain and signatures, and the seals.
 */
package org.scelle.collector.verify;
