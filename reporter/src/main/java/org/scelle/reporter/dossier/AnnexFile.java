package org.scelle.reporter.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.scelle.custody.digest.MultiDigest;
import org.scelle.custody.vault.Vault;
import org.scelle.reporter.annex.AnnexManifest;
import org.scelle.reporter.annex.Annexes;

/**
 * A vault file to embed in the dossier, with its size and SHA-256 taken when the dossier is
 * planned. The embedding streams the file again and must find the same digest (the vault must not
 * change while the dossier is written). Immutable.
 *
 * @param name the embedded file name (see {@link Annexes})
 * @param vaultPath relative to the vault root with '/' separators
 */
record AnnexFile(String name, String mime, Path file, String vaultPath, long size, String sha256) {

  /** The feeds directory the hunt copies its IOC feeds to, relative to the tag directory. */
  static final String FEEDS = "feeds";

  /**
   * The annexes of {@code vault} in embedding order: items, ledger, findings and timeline when
   * present, then every regular file of {@code scelle/feeds/} by name. Hashes each file once.
   */
  static List<AnnexFile> plan(Vault vault) throws IOException {
    List<AnnexFile> out = new ArrayList<>();
    add(out, vault, Annexes.ITEMS, Annexes.MIME_JSONL, vault.itemsFile(), true);
    add(out, vault, Annexes.LEDGER, Annexes.MIME_JSONL, vault.ledgerFile(), true);
    add(out, vault, Annexes.FINDINGS, Annexes.MIME_JSONL, vault.findingsFile(), false);
    add(
        out,
        vault,
        Annexes.TIMELINE,
        Annexes.MIME_CSV,
        vault.tagDir().resolve("timeline.csv"),
        false);
    Path feeds = vault.tagDir().resolve(FEEDS);
    if (Files.isDirectory(feeds)) {
      List<Path> files;
      try (Stream<Path> s = Files.list(feeds)) {
        files = s.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path f : files) {
        String n = f.getFileName().toString();
        add(out, vault, Annexes.FEED_PREFIX + n, feedMime(n), f, true);
      }
    }
    return List.copyOf(out);
  }

  private static void add(
      List<AnnexFile> out, Vault vault, String name, String mime, Path file, boolean required)
      throws IOException {
    if (!Files.isRegularFile(file)) {
      if (required) {
        throw new IOException(file + ": missing; the dossier must embed it as " + name);
      }
      return;
    }
    MessageDigest md = MultiDigest.sha256();
    long size = 0;
    byte[] buf = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
        size += n;
      }
    }
    String rel = vault.root().relativize(file).toString().replace(java.io.File.separatorChar, '/');
    out.add(new AnnexFile(name, mime, file, rel, size, HexFormat.of().formatHex(md.digest())));
  }

  /** MIME type of a feed file by its extension. */
  static String feedMime(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".json")) {
      return Annexes.MIME_JSON;
    }
    if (n.endsWith(".csv")) {
      return Annexes.MIME_CSV;
    }
    if (n.endsWith(".xml")) {
      return "application/xml";
    }
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
      return Annexes.MIME_JSONL;
    }
    return "text/plain";
  }

  AnnexManifest.Entry manifestEntry() {
    return new AnnexManifest.Entry(name, mime, size, sha256, vaultPath);
  }
}
