package org.scelle.custody.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scelle.custody.testing.References;

class DigestingCopierTest {
  @TempDir Path tmp;

  @Test
  void copiesExactBytesAndAgreesWithCoreutils() throws Exception {
    long seed = new Random().nextLong();
    Random r = new Random(seed);
    byte[] data = new byte[3 * 1024 * 1024 + 17];
    r.nextBytes(data);
    Path src = tmp.resolve("src.bin");
    Files.write(src, data);
    Path dst = tmp.resolve("dst.bin");
    long[] seen = new long[1];
    var result =
        new DigestingCopier(64 * 1024, Clock.systemUTC()).copy(src, dst, (b, o, l) -> seen[0] += l);
    assertThat(Files.readAllBytes(dst)).as("seed %d", seed).isEqualTo(data);
    assertThat(result.size()).isEqualTo(data.length);
    assertThat(seen[0]).isEqualTo(data.length);
    assertThat(result.digests().md5()).isEqualTo(run("md5sum", src));
    assertThat(result.digests().sha1()).isEqualTo(run("sha1sum", src));
    assertThat(result.digests().sha256()).isEqualTo(run("sha256sum", src));
  }

  @Test
  void emptyFileHasTheWellKnownDigests() throws Exception {
    Path src = Files.createFile(tmp.resolve("empty"));
    var d =
        new DigestingCopier(4096, Clock.systemUTC()).copy(src, tmp.resolve("copy"), null).digests();
    assertThat(d.md5()).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
    assertThat(d.sha1()).isEqualTo("da39a3ee5e6b4b0d3255bfef95601890afd80709");
    assertThat(d.sha256())
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void neverOverwritesAnExistingTarget() throws Exception {
    Path src = Files.writeString(tmp.resolve("a"), "a");
    Path dst = Files.writeString(tmp.resolve("b"), "keep");
    assertThatThrownBy(() -> new DigestingCopier(4096, Clock.systemUTC()).copy(src, dst, null))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(Files.readString(dst)).isEqualTo("keep");
  }

  private static String run(String tool, Path file) throws Exception {
    Path exe = References.tool(tool, "coreutils");
    Process p =
        new ProcessBuilder(exe.toString(), file.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isZero();
    return out.substring(0, out.indexOf(' '));
  }
}
