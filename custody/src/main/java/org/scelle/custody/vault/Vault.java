package org.scelle.custody.vault;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.stream.Stream;
import org.scelle.custody.json.Json;

/**
 * A case vault on disk: where each of its files lies, and how to create, open and lock it.
 *
 * <p>Layout (BagIt 1.0):
 *
 * <pre>
 * CASE/bagit.txt  bag-info.txt  manifest-{sha256,sha1,md5}.txt  tagmanifest-sha256.txt
 * CASE/data/&lt;host&gt;/&lt;acquisition&gt;/&lt;original path&gt;
 * CASE/scelle/case.json  items.jsonl  custody.jsonl  custody.head  certs/  runs/
 * </pre>
 *
 * Instances are immutable handles; they do not cache file contents. Mutating operations must run
 * under {@link #lock()}.
 */
public final class Vault {
  public static final String DATA = "data";
  public static final String TAG_DIR = "scelle";
  private static final String LOCK_FILE = ".scelle.lock";

  private final Path root;
  private final CaseInfo info;

  private Vault(Path root, CaseInfo info) {
    this.root = root;
    this.info = info;
  }

  /**
   * Creates a new, empty vault in {@code dir}, which must not exist or be an empty directory.
   *
   * @throws VaultException when {@code dir} is a non-empty directory or a file
   */
  public static Vault create(Path dir, CaseInfo info, Clock clock) throws IOException {
    Path root = dir.toAbsolutePath().normalize();
    if (Files.exists(root)) {
      if (!Files.isDirectory(root)) {
        throw new VaultException(root + ": exists and is not a directory");
      }
      try (Stream<Path> s = Files.list(root)) {
        if (s.findAny().isPresent()) {
          throw new VaultException(root + ": not a scelle vault (no bagit.txt) and not empty");
        }
      }
    }
    Files.createDirectories(root.resolve(DATA));
    Vault vault = new Vault(root, info);
    Files.createDirectories(vault.certsDir());
    Files.createDirectories(vault.runsDir());
    Files.write(
        vault.caseFile(), Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(info));
    Files.createFile(vault.itemsFile());
    Files.createFile(vault.ledgerFile());
    BagFiles.writeDeclaration(root);
    BagFiles.writeBagInfo(vault, 0, 0, clock);
    BagFiles.rebuildPayloadManifests(vault);
    BagFiles.writeTagManifest(vault);
    return vault;
  }

  /**
   * Opens an existing vault.
   *
   * @throws VaultException when {@code dir} is missing or is not a scelle vault
   */
  public static Vault open(Path dir) throws IOException {
    Path root = dir.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new VaultException(root + ": no such case vault");
    }
    if (!Files.isRegularFile(root.resolve(BagFiles.BAGIT_TXT))) {
      throw new VaultException(root + ": not a BagIt bag (bagit.txt missing)");
    }
    Path caseFile = root.resolve(TAG_DIR).resolve("case.json");
    CaseInfo info;
    try {
      info = Json.mapper().readValue(caseFile.toFile(), CaseInfo.class);
    } catch (NoSuchFileException e) {
      throw new VaultException(caseFile + ": missing; not a scelle vault");
    } catch (IOException | IllegalArgumentException e) {
      throw new VaultException(caseFile + ": unreadable case description: " + e.getMessage());
    }
    return new Vault(root, info);
  }

  /** Whether {@code dir} holds a vault (it has {@code bagit.txt}). */
  public static boolean exists(Path dir) {
    return Files.isRegularFile(dir.resolve(BagFiles.BAGIT_TXT));
  }

  /**
   * Takes the vault's exclusive lock, held until the returned handle is closed. Two scelle
   * processes never write one vault at once.
   *
   * @throws VaultException when another process holds the lock
   */
  public Lock lock() throws IOException {
    FileChannel ch =
        FileChannel.open(
            root.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = ch.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      ch.close();
      throw new VaultException(
          root + ": in use by another scelle process (lock " + LOCK_FILE + ")");
    }
    FileLock held = lock;
    return () -> {
      try {
        held.release();
      } finally {
        ch.close();
      }
    };
  }

  /** A held vault lock; closing releases it. Closing throws only {@link IOException}. */
  @FunctionalInterface
  public interface Lock extends java.io.Closeable {
    @Override
    void close() throws IOException;
  }

  public Path root() {
    return root;
  }

  public CaseInfo info() {
    return info;
  }

  public Path dataDir() {
    return root.resolve(DATA);
  }

  public Path tagDir() {
    return root.resolve(TAG_DIR);
  }

  public Path caseFile() {
    return tagDir().resolve("case.json");
  }

  public Path itemsFile() {
    return tagDir().resolve("items.jsonl");
  }

  public Path ledgerFile() {
    return tagDir().resolve("custody.jsonl");
  }

  public Path ledgerHeadFile() {
    return tagDir().resolve("custody.head");
  }

  /**
   * Where the tails of interrupted appends to the ledger and the item records are kept when they
   * are cut off ({@code scelle/interrupted/}).
   */
  public Path interruptedDir() {
    return tagDir().resolve("interrupted");
  }

  public Path certsDir() {
    return tagDir().resolve("certs");
  }

  public Path runsDir() {
    return tagDir().resolve("runs");
  }

  public Path findingsFile() {
    return tagDir().resolve("findings.jsonl");
  }

  /** The copies of the indicator feeds used by the last hunt ({@code scelle/feeds/}). */
  public Path feedsDir() {
    return tagDir().resolve("feeds");
  }

  /** Resolves a vault-relative path written with '/' separators (as in item records). */
  public Path resolve(String vaultPath) {
    Path p = root.resolve(vaultPath).normalize();
    if (!p.startsWith(root)) {
      throw new IllegalArgumentException("vault path escapes the vault: " + vaultPath);
    }
    return p;
  }

  /** The version of scelle running, from the jar manifest ({@code dev} when run from classes). */
  public static String toolVersion() {
    String v = Vault.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
