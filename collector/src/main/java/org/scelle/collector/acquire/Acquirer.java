package org.scelle.collector.acquire;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.scelle.collector.triage.Triage;
import org.scelle.collector.triage.TriageResult;
import org.scelle.collector.walk.Entry;
import org.scelle.collector.walk.EntryKind;
import org.scelle.custody.digest.DigestingCopier;
import org.scelle.custody.item.ItemRecord;
import org.scelle.custody.item.ItemStatus;
import org.scelle.custody.vault.Vault;

/**
 * Acquires one planned item: captures the source's metadata, copies it to a temporary file in the
 * vault while hashing and triaging the same bytes, checks the copy (verify-on-write), captures the
 * metadata again to detect a change during the read, and moves the copy to its final name. Every
 * outcome is a record: acquired, skipped (never opened) or error (with the reason). Not
 * thread-safe: one acquirer per copy thread.
 */
final class Acquirer {
  private final Vault vault;
  private final Triage triage;
  private final DigestingCopier copier;
  private final Triage.Buffers triageBuffers = new Triage.Buffers();
  private final ExecutorService syncer;
  private final String host;
  private final String acquisition;
  private final String sourceTz;
  private final Long maxBytes;
  private final Set<Path> madeDirectories;

  /**
   * @param madeDirectories the vault directories known to exist, shared by the acquirers of a run
   *     so that each is created once (a thread-safe set)
   */
  Acquirer(
      Vault vault,
      Triage triage,
      Clock clock,
      String host,
      String acquisition,
      String sourceTz,
      Long maxBytes,
      ExecutorService syncer,
      Set<Path> madeDirectories) {
    this.vault = vault;
    this.triage = triage;
    this.syncer = syncer;
    // Copies are forced by the syncer threads, several at once, so the file system commits them
    // together; the committer waits for them before it records the items.
    this.copier = new DigestingCopier(1 << 20, clock, false);
    this.host = host;
    this.acquisition = acquisition;
    this.sourceTz = sourceTz;
    this.maxBytes = maxBytes;
    this.madeDirectories = madeDirectories;
  }

  /**
   * The outcome of one item: its record and, when acquired, the directory to force before
   * committing it.
   */
  /**
   * The outcome of one item.
   *
   * @param directory the directory to force before the record is committed, or null
   * @param durable completes when the item's bytes are forced to storage; null when nothing was
   *     written
   */
  record Outcome(ItemRecord record, Path directory, Future<?> durable) {}

  Outcome acquire(PlannedItem p) {
    Entry e = p.entry();
    SourceMetadata before = null;
    if (e.kind() != EntryKind.UNREADABLE && e.kind() != EntryKind.LOOP) {
      try {
        before = SourceMetadata.read(e.path());
      } catch (IOException ex) {
        return failed(p, null, ItemStatus.ERROR, "metadata unreadable: " + reason(ex));
      }
    }
    if (p.skipReason() != null) {
      return failed(p, before, ItemStatus.SKIPPED, p.skipReason());
    }
    String notFile = notAFile(e);
    if (notFile != null) {
      return failed(
          p,
          before,
          e.kind() == EntryKind.UNREADABLE ? ItemStatus.ERROR : ItemStatus.SKIPPED,
          notFile);
    }
    if (maxBytes != null && before.size() > maxBytes) {
      return failed(
          p,
          before,
          ItemStatus.SKIPPED,
          "too-large: " + before.size() + " bytes > --max-bytes " + maxBytes);
    }
    return copy(p, before);
  }

  private Outcome copy(PlannedItem p, SourceMetadata before) {
    String vaultPath = VaultPaths.of(host, acquisition, p.name());
    Path target = vault.resolve(vaultPath);
    Path dir = target.getParent();
    Path partial = dir.resolve(".scelle-partial-" + p.id());
    Triage.Session session = triage.start(p.entry().fileName(), before.size(), triageBuffers);
    DigestingCopier.Result result;
    SourceMetadata after;
    try {
      if (!madeDirectories.contains(dir)) {
        Files.createDirectories(dir);
        madeDirectories.add(dir);
      }
      // Partial files of an interrupted run were removed before this one started.
      result = copier.copy(p.entry().readPath(), partial, session::update);
      after = SourceMetadata.read(p.entry().path());
      Files.move(
          partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException ex) {
      deleteQuietly(partial);
      return failed(
          p,
          before,
          ItemStatus.ERROR,
          (ex instanceof AccessDeniedException ? "unreadable: " : "read error: ") + reason(ex));
    }
    TriageResult t = session.finish();
    List<String> warnings = new ArrayList<>(before.changesTo(after));
    if (result.size() != before.size() && warnings.isEmpty()) {
      warnings.add(
          "changed-during-read: size "
              + before.size()
              + " when listed, "
              + result.size()
              + " bytes read");
    }
    ItemRecord r =
        new ItemRecord(
            p.id(),
            host,
            acquisition,
            p.target(),
            p.name().text(),
            p.name().valid() ? null : p.name().base64(),
            vaultPath,
            result.size(),
            result.digests().md5(),
            result.digests().sha1(),
            result.digests().sha256(),
            before.times(),
            sourceTz,
            before.owner(),
            before.modeText(),
            linkTarget(p.entry()),
            t.contentType(),
            round(t.entropy()),
            new ItemRecord.TriageInfo(t.verdict().label(), t.reasons()),
            p.pairId(),
            new ItemRecord.Span(result.start().toString(), result.end().toString()),
            ItemStatus.ACQUIRED,
            null,
            warnings);
    Path stored = target;
    return new Outcome(
        r,
        dir,
        syncer.submit(
            () -> {
              DigestingCopier.force(stored);
              return null;
            }));
  }

  private Outcome failed(PlannedItem p, SourceMetadata m, ItemStatus status, String reason) {
    ItemRecord r =
        new ItemRecord(
            p.id(),
            host,
            acquisition,
            p.target(),
            p.name().text(),
            p.name().valid() ? null : p.name().base64(),
            null,
            m == null ? null : m.size(),
            null,
            null,
            null,
            m == null ? null : m.times(),
            sourceTz,
            m == null ? null : m.owner(),
            m == null ? null : m.modeText(),
            linkTarget(p.entry()),
            null,
            null,
            null,
            p.pairId(),
            null,
            status,
            reason,
            null);
    return new Outcome(r, null, null);
  }

  private static String linkTarget(Entry e) {
    boolean link =
        e.kind() == EntryKind.SYMLINK || e.kind() == EntryKind.LOOP || e.kind() == EntryKind.FILE;
    return link ? e.detail() : null;
  }

  private static String notAFile(Entry e) {
    return switch (e.kind()) {
      case FILE -> null;
      case SYMLINK -> "symlink: -> " + e.detail() + " (not followed)";
      case LOOP -> "symlink-loop: -> " + e.detail();
      case FIFO -> "special-file: fifo (never opened)";
      case SOCKET -> "special-file: socket (never opened)";
      case CHAR_DEVICE -> "special-file: character device (never opened)";
      case BLOCK_DEVICE -> "special-file: block device (never opened)";
      case UNREADABLE -> "unreadable: " + e.detail();
      case CASE_VAULT -> "case-vault: " + e.detail();
    };
  }

  private static Double round(double entropy) {
    return Math.round(entropy * 10000.0) / 10000.0;
  }

  private static String reason(IOException e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName().replace("Exception", "") + (m == null ? "" : ": " + m);
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // The partial file is removed at the next run of the same acquisition.
    }
  }
}
