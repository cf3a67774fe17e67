package org.scelle.custody.vault;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.scelle.custody.digest.Digests;
import org.scelle.custody.digest.MultiDigest;
import org.scelle.custody.json.JsonKeys;
import org.scelle.custody.json.JsonLines;

/**
 * Writes the BagIt tag files of a vault: the declaration, {@code bag-info.txt}, the three payload
 * manifests (rebuilt from the item records) and {@code tagmanifest-sha256.txt}.
 *
 * <p>Every file is written to a temporary sibling and moved into place atomically, so a crash
 * leaves either the old or the new version. Callers hold the vault lock.
 */
public final class BagFiles {
  public static final String BAGIT_TXT = "bagit.txt";
  public static final String BAG_INFO_TXT = "bag-info.txt";
  public static final String TAGMANIFEST = "tagmanifest-sha256.txt";

  /** Payload manifest algorithms, in the order scelle writes and checks them. */
  public static final List<String> ALGORITHMS = List.of("sha256", "sha1", "md5");

  private BagFiles() {}

  /**
   * The name of the payload manifest for {@code algorithm} ({@code sha256}, {@code sha1}, {@code
   * md5}).
   */
  public static String manifestName(String algorithm) {
    return "manifest-" + algorithm + ".txt";
  }

  static void writeDeclaration(Path root) throws IOException {
    writeAtomically(
        root.resolve(BAGIT_TXT), "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
  }

  /** Rewrites {@code bag-info.txt} with the given payload totals. */
  public static void writeBagInfo(Vault vault, long payloadBytes, long payloadFiles, Clock clock)
      throws IOException {
    CaseInfo info = vault.info();
    String date =
        info.created() != null && info.created().length() >= 10
            ? info.created().substring(0, 10)
            : LocalDate.now(clock.withZone(ZoneOffset.UTC)).toString();
    StringBuilder sb = new StringBuilder();
    if (!info.organisation().isEmpty()) {
      sb.append("Source-Organization: ").append(oneLine(info.organisation())).append('\n');
    }
    sb.append("External-Identifier: ").append(info.caseId()).append('\n');
    if (!info.title().isEmpty()) {
      sb.append("External-Description: ").append(oneLine(info.title())).append('\n');
    }
    sb.append("Bag-Software-Agent: scelle ").append(oneLine(info.toolVersion())).append('\n');
    sb.append("Bagging-Date: ").append(date).append('\n');
    sb.append("Payload-Oxum: ").append(payloadBytes).append('.').append(payloadFiles).append('\n');
    writeAtomically(vault.root().resolve(BAG_INFO_TXT), sb.toString());
  }

  /**
   * Rebuilds the three payload manifests and {@code bag-info.txt} from the acquired items in {@code
   * items.jsonl}, in record order. Streams the records: memory does not grow with the case.
   */
  public static void rebuildPayloadManifests(Vault vault) throws IOException {
    List<Path> temps = new ArrayList<>();
    List<BufferedWriter> writers = new ArrayList<>();
    long bytes = 0;
    long files = 0;
    try {
      for (String alg : ALGORITHMS) {
        Path tmp = vault.root().resolve(manifestName(alg) + ".tmp");
        temps.add(tmp);
        writers.add(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8));
      }
      try (Stream<JsonLines.Line> lines = JsonLines.read(vault.itemsFile())) {
        for (JsonLines.Line line : (Iterable<JsonLines.Line>) lines::iterator) {
          JsonNode n = line.node();
          if (!"acquired".equals(n.path(JsonKeys.STATUS).asText())) {
            continue;
          }
          String path = encodePath(n.path(JsonKeys.VAULT_PATH).asText());
          writers.get(0).write(n.path(JsonKeys.SHA256).asText() + "  " + path + "\n");
          writers.get(1).write(n.path(JsonKeys.SHA1).asText() + "  " + path + "\n");
          writers.get(2).write(n.path(JsonKeys.MD5).asText() + "  " + path + "\n");
          bytes += n.path(JsonKeys.SIZE).asLong();
          files++;
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    } finally {
      for (BufferedWriter w : writers) {
        w.close();
      }
    }
    for (int i = 0; i < ALGORITHMS.size(); i++) {
      Files.move(
          temps.get(i),
          vault.root().resolve(manifestName(ALGORITHMS.get(i))),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    }
    writeBagInfo(vault, bytes, files, Clock.systemUTC());
  }

  /**
   * Rewrites {@code tagmanifest-sha256.txt} over the declaration, bag-info, the payload manifests
   * and every file under {@code scelle/}, sorted by path.
   */
  public static void writeTagManifest(Vault vault) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (String rel : tagFiles(vault)) {
      sb.append(sha256(vault.root().resolve(rel)))
          .append("  ")
          .append(encodePath(rel))
          .append('\n');
    }
    writeAtomically(vault.root().resolve(TAGMANIFEST), sb.toString());
  }

  /** The vault-relative paths of the tag files that the tag manifest covers, sorted. */
  public static List<String> tagFiles(Vault vault) throws IOException {
    List<String> out = new ArrayList<>();
    out.add(BAGIT_TXT);
    out.add(BAG_INFO_TXT);
    for (String alg : ALGORITHMS) {
      out.add(manifestName(alg));
    }
    try (Stream<Path> s = Files.walk(vault.tagDir())) {
      s.filter(Files::isRegularFile)
          .map(p -> vault.root().relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.endsWith(".tmp"))
          .sorted()
          .forEach(out::add);
    }
    return out;
  }

  /** SHA-256 of a file, streamed. */
  public static String sha256(Path file) throws IOException {
    MessageDigest md = MultiDigest.sha256();
    byte[] buf = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buf)) != -1) {
        md.update(buf, 0, n);
      }
    }
    return Digests.hex(md.digest());
  }

  /** Percent-encodes CR, LF and '%' in a manifest path, as RFC 8493 section 2.1.3 requires. */
  public static String encodePath(String path) {
    if (path.indexOf('%') < 0 && path.indexOf('\n') < 0 && path.indexOf('\r') < 0) {
      return path;
    }
    return path.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D");
  }

  /** Reverses {@link #encodePath}. */
  public static String decodePath(String path) {
    if (path.indexOf('%') < 0) {
      return path;
    }
    return path.replace("%0A", "\n")
        .replace("%0a", "\n")
        .replace("%0D", "\r")
        .replace("%0d", "\r")
        .replace("%25", "%");
  }

  private static String oneLine(String s) {
    return s.replace('\r', ' ').replace('\n', ' ');
  }

  static void writeAtomically(Path target, String content) throws IOException {
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    Files.writeString(tmp, content, StandardCharsets.UTF_8);
    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
