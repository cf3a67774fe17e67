package org.scelle.custody.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {

  private static final HexFormat HEX = HexFormat.of();

  /*
   * Published RFC 6962 test vectors of Certificate Transparency, as kept by the transparency-dev
   * project: leaf inputs and root hashes from github.com/transparency-dev/merkle
   * testonly/constants.go (LeafInputs, RootHashes), inclusion proofs from proof/verify_test.go
   * (inclusionProofs; there the leaf numbers are 1-based, here the indexes are 0-based). Only the
   * values are taken.
   */
  private static final List<String> VECTOR_LEAVES =
      List.of(
          "",
          "00",
          "10",
          "2021",
          "3031",
          "40414243",
          "5051525354555657",
          "606162636465666768696a6b6c6d6e6f");

  private static final List<String> VECTOR_ROOTS =
      List.of(
          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
          "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
          "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
          "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
          "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
          "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
          "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
          "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
          "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

  private record InclusionVector(int index, int size, List<String> path) {}

  private static final List<InclusionVector> VECTOR_PROOFS =
      List.of(
          new InclusionVector(0, 1, List.of()),
          new InclusionVector(
              0,
              8,
              List.of(
                  "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                  "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                  "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")),
          new InclusionVector(
              5,
              8,
              List.of(
                  "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                  "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                  "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
          new InclusionVector(
              2, 3, List.of("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125")),
          new InclusionVector(
              1,
              5,
              List.of(
                  "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                  "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                  "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")));

  @Test
  void rootsMatchTheCertificateTransparencyVectors() {
    List<byte[]> leaves = vectorLeaves();
    for (int size = 0; size <= leaves.size(); size++) {
      assertThat(HEX.formatHex(MerkleTree.rootOfEntries(leaves.subList(0, size))))
          .as("root of the first %d vector leaves", size)
          .isEqualTo(VECTOR_ROOTS.get(size));
    }
  }

  @Test
  void proofsMatchTheCertificateTransparencyVectors() {
    List<byte[]> leaves = vectorLeaves();
    for (InclusionVector v : VECTOR_PROOFS) {
      List<byte[]> tree = leaves.subList(0, v.size());
      List<byte[]> proof = MerkleTree.proofOfEntries(tree, v.index());
      assertThat(proof.stream().map(HEX::formatHex).toList())
          .as("proof of leaf %d in a tree of %d", v.index(), v.size())
          .isEqualTo(v.path());
      byte[] root = HEX.parseHex(VECTOR_ROOTS.get(v.size()));
      assertThat(MerkleTree.verifyEntry(tree.get(v.index()), v.index(), v.size(), proof, root))
          .as("verification of leaf %d in a tree of %d", v.index(), v.size())
          .isTrue();
    }
  }

  @Test
  void emptyTreeIsTheHashOfTheEmptyString() {
    assertThat(HEX.formatHex(MerkleTree.root(List.of()))).isEqualTo(VECTOR_ROOTS.get(0));
    assertThat(MerkleTree.rootHex(List.of())).isEqualTo(VECTOR_ROOTS.get(0));
  }

  @Test
  void oneLeafRootIsItsLeafHashNotTheDigestItself() {
    byte[] digest = sha256("ClopReadMe.txt".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    byte[] expected = sha256(concat(new byte[] {0x00}, digest));
    assertThat(MerkleTree.root(List.of(digest))).isEqualTo(expected).isNotEqualTo(digest);
  }

  @Test
  void rootHexAgreesWithRootAndAcceptsUpperCase() {
    List<byte[]> digests = randomDigests(new SplittableRandom(7), 11);
    List<String> hex = digests.stream().map(d -> HEX.formatHex(d).toUpperCase()).toList();
    assertThat(MerkleTree.rootHex(hex)).isEqualTo(HEX.formatHex(MerkleTree.root(digests)));
  }

  @Test
  void orderMatters() {
    List<byte[]> digests = randomDigests(new SplittableRandom(3), 2);
    assertThat(MerkleTree.root(digests))
        .isNotEqualTo(MerkleTree.root(List.of(digests.get(1), digests.get(0))));
  }

  @Test
  void rejectsDigestsThatAreNotSha256() {
    List<byte[]> digests = new ArrayList<>(randomDigests(new SplittableRandom(1), 3));
    digests.set(2, new byte[20]);
    assertThatThrownBy(() -> MerkleTree.root(digests))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("leaf digest 2 must be a 32-byte SHA-256 digest; got: 20 bytes");
    assertThatThrownBy(() -> MerkleTree.proof(digests, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MerkleTree.verify(new byte[31], 0, 1, List.of(), new byte[32]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leafDigest");
  }

  @Test
  void rejectsMalformedHex() {
    String bad = "zz" + "0".repeat(62);
    assertThatThrownBy(() -> MerkleTree.rootHex(List.of("0".repeat(64), bad)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leaf digest 1")
        .hasMessageContaining(bad);
    assertThatThrownBy(() -> MerkleTree.rootHex(List.of("abc")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("leaf digest 0 must be 64 hex digits; got 3 characters: 'abc'");
  }

  @Test
  void proofIndexOutOfRange() {
    List<byte[]> digests = randomDigests(new SplittableRandom(5), 4);
    assertThatThrownBy(() -> MerkleTree.proof(digests, 4))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> MerkleTree.proof(List.of(), 0))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void rootMatchesAnIndependentBottomUpConstruction() {
    long seed = System.nanoTime();
    SplittableRandom random = new SplittableRandom(seed);
    for (int size = 0; size <= 300; size++) {
      List<byte[]> digests = randomDigests(random, size);
      assertThat(MerkleTree.root(digests))
          .as("seed %d, %d leaves", seed, size)
          .isEqualTo(bottomUpRoot(digests));
    }
  }

  @Test
  void everyProofVerifiesAndEveryAlterationFails() {
    long seed = System.nanoTime();
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 60; round++) {
      int size = round < 40 ? round + 1 : 1 + random.nextInt(2000);
      List<byte[]> digests = randomDigests(random, size);
      byte[] root = MerkleTree.root(digests);
      for (int index : indexesToProve(random, size)) {
        String where = "seed " + seed + ", leaf " + index + " of " + size;
        byte[] leaf = digests.get(index);
        List<byte[]> proof = MerkleTree.proof(digests, index);
        assertThat(proof.size())
            .as(where)
            .isLessThanOrEqualTo(32 - Integer.numberOfLeadingZeros(size - 1));
        assertThat(MerkleTree.verify(leaf, index, size, proof, root)).as(where).isTrue();

        assertThat(MerkleTree.verify(flip(leaf, random), index, size, proof, root))
            .as("%s: altered leaf", where)
            .isFalse();
        assertThat(MerkleTree.verify(leaf, index, size, proof, flip(root, random)))
            .as("%s: altered root", where)
            .isFalse();
        // An audit path does not always pin the exact size (leaf 0 has the same path in trees of
        // 3 and 4 leaves), but it pins the height: doubling or halving the size must fail.
        assertThat(MerkleTree.verify(leaf, index, size * 2, proof, root))
            .as("%s: size * 2", where)
            .isFalse();
        if (index < size / 2) {
          assertThat(MerkleTree.verify(leaf, index, size / 2, proof, root))
              .as("%s: size / 2", where)
              .isFalse();
        }
        assertThat(MerkleTree.verify(leaf, index, size, extended(proof, root), root))
            .as("%s: trailing element", where)
            .isFalse();
        if (size > 1) {
          int other = (index + 1 + random.nextInt(size - 1)) % size;
          assertThat(MerkleTree.verify(leaf, other, size, proof, root))
              .as("%s: claimed at index %d", where, other)
              .isFalse();
          assertThat(MerkleTree.verify(digests.get(other), index, size, proof, root))
              .as("%s: leaf %d instead", where, other)
              .isFalse();
          int element = random.nextInt(proof.size());
          List<byte[]> altered = new ArrayList<>(proof);
          altered.set(element, flip(proof.get(element), random));
          assertThat(MerkleTree.verify(leaf, index, size, altered, root))
              .as("%s: altered proof element %d", where, element)
              .isFalse();
          assertThat(MerkleTree.verify(leaf, index, size, proof.subList(0, proof.size() - 1), root))
              .as("%s: truncated proof", where)
              .isFalse();
        }
        assertThat(MerkleTree.verify(leaf, size, size, proof, root))
            .as("%s: index == size", where)
            .isFalse();
        assertThat(MerkleTree.verify(leaf, -1, size, proof, root))
            .as("%s: negative index", where)
            .isFalse();
      }
    }
  }

  @Test
  void proofElementsOfTheWrongLengthDoNotVerify() {
    List<byte[]> digests = randomDigests(new SplittableRandom(9), 2);
    byte[] root = MerkleTree.root(digests);
    List<byte[]> proof = MerkleTree.proof(digests, 0);
    assertThat(MerkleTree.verify(digests.get(0), 0, 2, List.of(new byte[0]), root)).isFalse();
    assertThat(MerkleTree.verify(digests.get(0), 0, 2, proof, new byte[0])).isFalse();
    assertThat(MerkleTree.verify(digests.get(0), 0, 2, proof, root)).isTrue();
  }

  // ---- helpers ----

  /** Root by merging perfect subtrees left to right, then folding them right to left. */
  private static byte[] bottomUpRoot(List<byte[]> digests) {
    if (digests.isEmpty()) {
      return sha256(new byte[0]);
    }
    Deque<byte[]> hashes = new ArrayDeque<>();
    Deque<Integer> sizes = new ArrayDeque<>();
    for (byte[] d : digests) {
      byte[] h = sha256(concat(new byte[] {0x00}, d));
      int s = 1;
      while (!sizes.isEmpty() && sizes.peek() == s) {
        h = sha256(concat(new byte[] {0x01}, concat(hashes.pop(), h)));
        s += sizes.pop();
      }
      hashes.push(h);
      sizes.push(s);
    }
    byte[] root = hashes.pop();
    while (!hashes.isEmpty()) {
      root = sha256(concat(new byte[] {0x01}, concat(hashes.pop(), root)));
    }
    return root;
  }

  private static int[] indexesToProve(SplittableRandom random, int size) {
    if (size <= 40) {
      return java.util.stream.IntStream.range(0, size).toArray();
    }
    return random.ints(20, 0, size).toArray();
  }

  private static List<byte[]> vectorLeaves() {
    return VECTOR_LEAVES.stream().map(HEX::parseHex).toList();
  }

  private static List<byte[]> randomDigests(SplittableRandom random, int n) {
    List<byte[]> digests = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      byte[] d = new byte[32];
      random.nextBytes(d);
      digests.add(d);
    }
    return digests;
  }

  private static byte[] flip(byte[] bytes, SplittableRandom random) {
    byte[] copy = bytes.clone();
    copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
    return copy;
  }

  private static List<byte[]> extended(List<byte[]> proof, byte[] element) {
    List<byte[]> longer = new ArrayList<>(proof);
    longer.add(element);
    return longer;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
