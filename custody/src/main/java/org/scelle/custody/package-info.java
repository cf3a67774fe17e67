/**
 * The evidence model of scelle: the case vault (a BagIt 1.0 bag), item records, one-pass
 * multi-digesting, the signed custody ledger, identities and keys, Merkle seals and RFC 3161
 * time-stamps. Every other module reads and writes the vault only through this module.
 */
package org.scelle.custody;
