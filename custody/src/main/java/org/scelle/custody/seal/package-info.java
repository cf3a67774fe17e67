/**
 * Seals: a Merkle root over the items acquired so far, as carried by the {@code sealed} entries of
 * the custody ledger, and inclusion proofs that show one item belongs to a sealed set.
 *
 * <p>Hashing follows the Merkle Tree Hash of RFC 6962 section 2.1 (and RFC 9162 section 2.1): leaf
 * and interior nodes are domain-separated, so a leaf can never be passed off as an interior node.
 * The leaves are the items' SHA-256 digests, in the order the caller gives (sorted by item id).
 * Everything here is stateless and thread-safe.
 */
package org.scelle.custody.seal;
