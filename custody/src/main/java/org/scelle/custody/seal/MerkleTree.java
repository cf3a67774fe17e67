package org.scelle.custody.seal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The RFC 6962 Merkle Tree Hash over a list of item digests, and inclusion proofs into it.
 *
 * <ul>
 *   <li>leaf hash: {@code SHA-256(0x00 || digest)};
 *   <li>interior node: {@code SHA-256(0x01 || left || right)}, the left subtree holding the largest
 *       power of two of leaves strictly smaller than the number of leaves;
 *   <li>empty tree: {@code SHA-256("")}.
 * </ul>
 *
 * <p>The leaves are the items' SHA-256 digests (32 bytes each) in the caller's order; the caller
 * sorts them by item id, so the same set of items always gives the same root. A leaf is not hashed
 * again before entering the tree: its leaf hash is {@code SHA-256(0x00 || digest)}.
 *
 * <p>All methods are static, keep no state, never modify their arguments, and return fresh arrays:
 * the class is thread-safe. Invalid arguments (null, wrong digest length, index out of range) are
 * programmer errors and raise unchecked exceptions; a proof that does not hold is a {@code false}
 * answer from {@link #verify}, never an exception.
 */
public final class MerkleTree {

  /** The length in bytes of a SHA-256 digest: of every leaf, proof element and root. */
  public static final int DIGEST_LENGTH = 32;

  private static final byte LEAF_PREFIX = 0x00;
  private static final byte NODE_PREFIX = 0x01;
  private static final HexFormat HEX = HexFormat.of();

  private MerkleTree() {}

  /**
   * Returns the Merkle Tree Hash of {@code leafDigests}.
   *
   * @param leafDigests the items' SHA-256 digests, 32 bytes each, in the caller's order; may be
   *     empty (the root is then the SHA-256 of the empty string)
   * @return the 32-byte root
   * @throws NullPointerException when the list or one of its digests is null
   * @throws IllegalArgumentException when a digest is not 32 bytes long; the message names its
   *     index
   */
  public static byte[] root(List<byte[]> leafDigests) {
    checkDigests(leafDigests);
    return rootOfEntries(leafDigests);
  }

  /**
   * Returns the Merkle Tree Hash, in lower-case hex, of digests given in hex (as in the {@code
   * sha256} key of item records).
   *
   * @param leafSha256Hex the items' SHA-256 digests as 64 hex digits each (either case), in the
   *     caller's order
   * @return the root as 64 lower-case hex digits
   * @throws NullPointerException when the list or one of its strings is null
   * @throws IllegalArgumentException when a string is not 64 hex digits; the message names its
   *     index and value
   */
  public static String rootHex(List<String> leafSha256Hex) {
    Objects.requireNonNull(leafSha256Hex, "leafSha256Hex");
    List<byte[]> digests = new ArrayList<>(leafSha256Hex.size());
    for (int i = 0; i < leafSha256Hex.size(); i++) {
      String hex = Objects.requireNonNull(leafSha256Hex.get(i), leafIndex(i));
      digests.add(parseHexDigest(hex, i));
    }
    return HEX.formatHex(rootOfEntries(digests));
  }

  /**
   * Returns the inclusion proof (RFC 6962 section 2.1.1 audit path) of leaf {@code index}: the
   * sibling hashes from the leaf up to the root, deepest first. The proof of the only leaf of a
   * one-leaf tree is empty.
   *
   * @param leafDigests the items' SHA-256 digests, as for {@link #root}
   * @param index the position of the leaf whose inclusion is proved, from 0
   * @return a new list of 32-byte hashes, of at most 32 elements
   * @throws NullPointerException when the list or one of its digests is null
   * @throws IllegalArgumentException when a digest is not 32 bytes long
   * @throws IndexOutOfBoundsException when {@code index} is not in {@code [0, leafDigests.size())}
   */
  public static List<byte[]> proof(List<byte[]> leafDigests, int index) {
    checkDigests(leafDigests);
    return proofOfEntries(leafDigests, index);
  }

  /**
   * Tells whether {@code proof} shows that {@code leafDigest} is leaf {@code index} of a tree of
   * {@code size} leaves whose root is {@code root} (RFC 9162 section 2.1.3.2).
   *
   * @param leafDigest the item's SHA-256 digest (32 bytes)
   * @param index the leaf's claimed position, from 0
   * @param size the claimed number of leaves
   * @param proof the audit path, as returned by {@link #proof}
   * @param root the expected root
   * @return {@code true} when the proof holds; {@code false} when it does not, including when the
   *     index is out of range for the size, or a proof element or the root is not 32 bytes long
   * @throws NullPointerException when an argument or a proof element is null
   * @throws IllegalArgumentException when {@code leafDigest} is not 32 bytes long
   */
  public static boolean verify(
      byte[] leafDigest, int index, int size, List<byte[]> proof, byte[] root) {
    Objects.requireNonNull(leafDigest, "leafDigest");
    checkDigestLength(leafDigest, "leafDigest");
    return verifyEntry(leafDigest, index, size, proof, root);
  }

  // ---- RFC 6962 over arbitrary leaf entries (the test vectors use entries of any length) ----

  /** The Merkle Tree Hash of {@code entries}, each entry of any length. */
  static byte[] rootOfEntries(List<byte[]> entries) {
    if (entries.isEmpty()) {
      return sha256().digest();
    }
    return subtreeHash(sha256(), leafHashes(entries), 0, entries.size());
  }

  /** The audit path of entry {@code index} in the tree over {@code entries}. */
  static List<byte[]> proofOfEntries(List<byte[]> entries, int index) {
    Objects.checkIndex(index, entries.size());
    byte[][] leaves = leafHashes(entries);
    List<byte[]> path = new ArrayList<>();
    collectPath(sha256(), leaves, index, 0, leaves.length, path);
    return path;
  }

  /** Verification of an audit path for an entry of any length. */
  static boolean verifyEntry(byte[] entry, int index, int size, List<byte[]> proof, byte[] root) {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(proof, "proof");
    Objects.requireNonNull(root, "root");
    if (index < 0 || size <= 0 || index >= size || root.length != DIGEST_LENGTH) {
      return false;
    }
    MessageDigest sha256 = sha256();
    long fn = index;
    long sn = size - 1L;
    byte[] r = leafHash(sha256, entry);
    for (byte[] p : proof) {
      Objects.requireNonNull(p, "proof element");
      if (sn == 0 || p.length != DIGEST_LENGTH) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = nodeHash(sha256, p, r);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        r = nodeHash(sha256, r, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && MessageDigest.isEqual(r, root);
  }

  // ---- internals ----

  private static byte[][] leafHashes(List<byte[]> entries) {
    MessageDigest sha256 = sha256();
    byte[][] leaves = new byte[entries.size()][];
    for (int i = 0; i < leaves.length; i++) {
      leaves[i] = leafHash(sha256, Objects.requireNonNull(entries.get(i), leafIndex(i)));
    }
    return leaves;
  }

  /** MTH(D[from:to]) over already hashed leaves; {@code to - from >= 1}. */
  private static byte[] subtreeHash(MessageDigest sha256, byte[][] leaves, int from, int to) {
    int n = to - from;
    if (n == 1) {
      return leaves[from].clone();
    }
    int k = split(n);
    byte[] left = subtreeHash(sha256, leaves, from, from + k);
    byte[] right = subtreeHash(sha256, leaves, from + k, to);
    return nodeHash(sha256, left, right);
  }

  /** PATH(m, D[from:to]) appended to {@code path}, deepest sibling first. */
  private static void collectPath(
      MessageDigest sha256, byte[][] leaves, int m, int from, int to, List<byte[]> path) {
    int n = to - from;
    if (n == 1) {
      return;
    }
    int k = split(n);
    if (m < k) {
      collectPath(sha256, leaves, m, from, from + k, path);
      path.add(subtreeHash(sha256, leaves, from + k, to));
    } else {
      collectPath(sha256, leaves, m - k, from + k, to, path);
      path.add(subtreeHash(sha256, leaves, from, from + k));
    }
  }

  /** The largest power of two strictly smaller than {@code n}, for {@code n >= 2}. */
  static int split(int n) {
    return Integer.highestOneBit(n - 1);
  }

  private static byte[] leafHash(MessageDigest sha256, byte[] entry) {
    sha256.update(LEAF_PREFIX);
    sha256.update(entry);
    return sha256.digest();
  }

  private static byte[] nodeHash(MessageDigest sha256, byte[] left, byte[] right) {
    sha256.update(NODE_PREFIX);
    sha256.update(left);
    sha256.update(right);
    return sha256.digest();
  }

  private static void checkDigests(List<byte[]> leafDigests) {
    Objects.requireNonNull(leafDigests, "leafDigests");
    for (int i = 0; i < leafDigests.size(); i++) {
      byte[] digest = leafDigests.get(i);
      String what = leafIndex(i);
      Objects.requireNonNull(digest, what);
      checkDigestLength(digest, what);
    }
  }

  private static void checkDigestLength(byte[] digest, String what) {
    if (digest.length != DIGEST_LENGTH) {
      throw new IllegalArgumentException(
          what
              + " must be a "
              + DIGEST_LENGTH
              + "-byte SHA-256 digest; got: "
              + digest.length
              + " bytes");
    }
  }

  private static byte[] parseHexDigest(String hex, int index) {
    if (hex.length() != 2 * DIGEST_LENGTH) {
      throw new IllegalArgumentException(
          leafIndex(index)
              + " must be "
              + 2 * DIGEST_LENGTH
              + " hex digits; got "
              + hex.length()
              + " characters: '"
              + hex
              + "'");
    }
    try {
      return HEX.parseHex(hex);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          leafIndex(index) + " is not hexadecimal: '" + hex + "'", e);
    }
  }

  private static String leafIndex(int index) {
    return "leaf digest " + index;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
