package org.scelle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scelle.custody.testing.LoopbackTimestampAuthority;
import org.scelle.custody.testing.References;

/**
 * {@code collect --tsa} against a real RFC 3161 authority on the loopback interface: the seal's
 * token is checked by OpenSSL independently, and a refusal seals nothing.
 */
class TimestampedSealTest {
  private static final long SEED = 20240229L;
  private static final int FILES = 12;

  @TempDir static Path shared;
  @TempDir Path tmp;

  static Path key;

  @BeforeAll
  static void keygen() throws Exception {
    key = shared.resolve("alice.p12");
    ScelleProcess.Result r =
        ScelleProcess.run(
            shared,
            "keygen",
            "--name",
            "Alice Martin",
            "--role",
            "analyst",
            "--out",
            key.toString());
    assertThat(r.exit()).as("%s", r).isZero();
  }

  @Test
  void sealTokenVerifiesWithOpenssl() throws Exception {
    Path openssl = References.tool("openssl", "openssl");
    Path src = tmp.resolve("src");
    TestFiles.smallTree(src, new Random(SEED), FILES, 10, 2048);
    Path caseDir = tmp.resolve("case");
    try (LoopbackTimestampAuthority tsa = new LoopbackTimestampAuthority()) {
      ScelleProcess.Result c = collect(caseDir, src, tsa.url().toString());
      assertThat(c.exit()).as("seed %d: %s", SEED, c).isZero();
      assertThat(c.out()).as("%s", c).contains("(time-stamped)");

      ScelleProcess.Result v = ScelleProcess.inProcess("verify", caseDir.toString());
      assertThat(v.exit()).as("%s", v).isZero();

      List<JsonNode> seals = TestFiles.ledger(caseDir, "sealed");
      assertThat(seals).hasSize(1);
      JsonNode details = seals.get(seals.size() - 1).path("details");
      String root = details.path("merkle_root").asText();
      assertThat(root).matches("[0-9a-f]{64}");
      assertThat(details.path("item_count").asLong()).isEqualTo(FILES);
      Path token = tmp.resolve("token.der");
      Files.write(token, Base64.getDecoder().decode(details.path("timestamp_token").asText()));
      Path ca = tsa.writeCaPem(tmp);

      ScelleProcess.Result ok = opensslVerify(openssl, root, token, ca);
      assertThat(ok.exit()).as("%s", ok).isZero();
      assertThat(ok.out()).as("%s", ok).contains("Verification: OK");

      // The same check must fail for another imprint, or it proves nothing.
      String other = (root.charAt(0) == '0' ? "1" : "0") + root.substring(1);
      ScelleProcess.Result bad = opensslVerify(openssl, other, token, ca);
      assertThat(bad.exit()).as("%s", bad).isNotZero();
      assertThat(bad.out()).as("%s", bad).doesNotContain("Verification: OK");
    }
  }

  @Test
  void refusedTimestampSealsNothingAndAResumeWithoutTsaSeals() throws Exception {
    Path src = tmp.resolve("src");
    TestFiles.smallTree(src, new Random(SEED + 1), FILES, 10, 2048);
    Path caseDir = tmp.resolve("case");
    try (LoopbackTimestampAuthority tsa = new LoopbackTimestampAuthority()) {
      tsa.mode(LoopbackTimestampAuthority.Mode.REJECT);
      String url = tsa.url().toString();
      ScelleProcess.Result c = collect(caseDir, src, url);
      assertThat(c.exit()).as("%s", c).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(c.err().strip().lines()).as("%s", c).hasSize(1);
      assertThat(c.err())
          .as("%s", c)
          .contains(url)
          .contains("copied and recorded but not sealed: run the same command again")
          .doesNotContain("\tat ");
      assertThat(c.out()).as("%s", c).doesNotContain("sealed");
    }
    assertThat(TestFiles.ledger(caseDir, "sealed")).isEmpty();
    long acquired =
        TestFiles.items(caseDir).stream()
            .filter(n -> "acquired".equals(n.path("status").asText()))
            .count();
    assertThat(acquired)
        .as("the items are recorded although the seal was refused")
        .isEqualTo(FILES);
    ScelleProcess.Result unsealed = ScelleProcess.inProcess("verify", caseDir.toString());
    assertThat(unsealed.exit()).as("%s", unsealed).isEqualTo(ExitCodes.VERIFICATION_FAILED);
    assertThat(unsealed.out() + unsealed.err())
        .as("%s", unsealed)
        .containsPattern(
            "H-\\d{8}T\\d{6}Z \\(scelle/runs/H-\\d{8}T\\d{6}Z\\.json\\): acquisition of host H not"
                + " sealed \\(its run was interrupted, or its time-stamp refused\\): run the same"
                + " scelle collect again to finish and seal it");

    ScelleProcess.Result resumed = collect(caseDir, src, null);
    assertThat(resumed.exit()).as("%s", resumed).isZero();
    assertThat(resumed.out())
        .as("%s", resumed)
        .contains("(resumed)")
        .contains("sealed     " + FILES + " items")
        .doesNotContain("(time-stamped)");
    List<JsonNode> seals = TestFiles.ledger(caseDir, "sealed");
    assertThat(seals).hasSize(1);
    assertThat(seals.get(0).path("details").path("item_count").asLong()).isEqualTo(FILES);
    assertThat(seals.get(0).path("details").has("timestamp_token")).isFalse();
    ScelleProcess.Result v = ScelleProcess.inProcess("verify", caseDir.toString());
    assertThat(v.exit()).as("%s", v).isZero();
  }

  private ScelleProcess.Result collect(Path caseDir, Path src, String tsaUrl) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of("collect", caseDir.toString(), "--host", "H", "--key", key.toString()));
    if (tsaUrl != null) {
      args.add("--tsa");
      args.add(tsaUrl);
    }
    args.add(src.toString());
    return ScelleProcess.run(tmp, Map.of(), args.toArray(String[]::new));
  }

  private ScelleProcess.Result opensslVerify(Path openssl, String digestHex, Path token, Path ca)
      throws Exception {
    return ScelleProcess.tool(
        tmp,
        Map.of(),
        openssl.toString(),
        "ts",
        "-verify",
        "-digest",
        digestHex,
        "-token_in",
        "-in",
        token.toString(),
        "-CAfile",
        ca.toString());
  }
}
