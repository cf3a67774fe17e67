/**
 * The custody ledger: an append-only, hash-chained, signed journal of everything done to the
 * evidence ({@code scelle/custody.jsonl}), its signed head ({@code scelle/custody.head}), and its
 * verification, which locates the first bad entry.
 */
package org.scelle.custody.ledger;
