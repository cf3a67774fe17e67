package org.scelle.custody.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.scelle.custody.digest.DigestingCopier;
import org.scelle.custody.item.ItemRecord;
import org.scelle.custody.item.ItemStatus;
import org.scelle.custody.item.ItemStore;
import org.scelle.custody.vault.Vault;

/**
 * Item records for tests, built by name instead of through the record's 24 positional components.
 * {@link #record} leaves every component not set null (acquisition {@code "acq"}); {@link
 * #acquiredFile} starts from what the collector records for a plain file. {@link #copiedInto}
 * acquires a real file into a vault as the collector would, hashed in the copy. Not thread-safe.
 */
public final class TestItems {
  private final String id;
  private final ItemStatus status;
  private String host = "H";
  private String acquisition = "acq";
  private String target;
  private String sourcePath;
  private String vaultPath;
  private Long size;
  private String md5;
  private String sha1;
  private String sha256;
  private ItemRecord.Times times;
  private String sourceTz;
  private String owner;
  private String mode;
  private String contentType;
  private Double entropy;
  private ItemRecord.TriageInfo triage;
  private String pair;
  private ItemRecord.Span acquired;
  private String reason;

  private TestItems(String id, ItemStatus status) {
    this.id = id;
    this.status = status;
  }

  /** A record of item {@code id} with {@code status}, on host {@code H}. */
  public static TestItems record(String id, ItemStatus status) {
    return new TestItems(id, status);
  }

  /**
   * An acquired plain file of {@code host} as the collector records it: acquisition {@code
   * acquisition}, target {@code all}, modified, accessed, changed and acquired at {@code time},
   * source time zone Europe/Paris, {@code root:root} {@code 0644}, {@code text/plain}, entropy 4.5,
   * triage {@code clean}. Source path, vault path, size and digests are still to be set ({@link
   * #copiedInto} sets the last four).
   */
  public static TestItems acquiredFile(String id, String host, String acquisition, String time) {
    return new TestItems(id, ItemStatus.ACQUIRED)
        .host(host)
        .acquisition(acquisition)
        .target("all")
        .at(time)
        .sourceTz("Europe/Paris")
        .owner("root:root")
        .mode("0644")
        .contentType("text/plain")
        .entropy(4.5)
        .triage("clean", List.of());
  }

  public TestItems host(String v) {
    host = v;
    return this;
  }

  public TestItems acquisition(String v) {
    acquisition = v;
    return this;
  }

  public TestItems target(String v) {
    target = v;
    return this;
  }

  public TestItems sourcePath(String v) {
    sourcePath = v;
    return this;
  }

  public TestItems vaultPath(String v) {
    vaultPath = v;
    return this;
  }

  public TestItems size(long v) {
    size = v;
    return this;
  }

  public TestItems md5(String v) {
    md5 = v;
    return this;
  }

  public TestItems sha1(String v) {
    sha1 = v;
    return this;
  }

  public TestItems sha256(String v) {
    sha256 = v;
    return this;
  }

  public TestItems times(ItemRecord.Times v) {
    times = v;
    return this;
  }

  /** Modified, accessed and changed at {@code time} (no birth time), acquired at that instant. */
  public TestItems at(String time) {
    times = new ItemRecord.Times(time, time, time, null);
    acquired = new ItemRecord.Span(time, time);
    return this;
  }

  public TestItems sourceTz(String v) {
    sourceTz = v;
    return this;
  }

  public TestItems owner(String v) {
    owner = v;
    return this;
  }

  public TestItems mode(String v) {
    mode = v;
    return this;
  }

  public TestItems contentType(String v) {
    contentType = v;
    return this;
  }

  public TestItems entropy(double v) {
    entropy = v;
    return this;
  }

  /** The triage verdict and its reasons; a null verdict leaves the record without triage. */
  public TestItems triage(String verdict, List<String> reasons) {
    triage = verdict == null ? null : new ItemRecord.TriageInfo(verdict, reasons);
    return this;
  }

  public TestItems pair(String v) {
    pair = v;
    return this;
  }

  public TestItems acquired(ItemRecord.Span v) {
    acquired = v;
    return this;
  }

  public TestItems reason(String v) {
    reason = v;
    return this;
  }

  /**
   * Copies {@code source} to {@code vaultPath} in {@code vault} (directories created) as the
   * collector does, hashing in the copy, and sets the vault path, size and three digests from the
   * copy. The record is not appended: see {@link #appendTo}.
   */
  public TestItems copiedInto(Vault vault, Path source, String vaultPath) throws IOException {
    Path copy = vault.resolve(vaultPath);
    Files.createDirectories(copy.getParent());
    DigestingCopier.Result r =
        new DigestingCopier(1 << 16, Clock.systemUTC()).copy(source, copy, null);
    this.vaultPath = vaultPath;
    size = r.size();
    md5 = r.digests().md5();
    sha1 = r.digests().sha1();
    sha256 = r.digests().sha256();
    return this;
  }

  /** Builds the record and appends it to the items of {@code vault}. */
  public ItemRecord appendTo(Vault vault) throws IOException {
    ItemRecord r = build();
    new ItemStore(vault).append(List.of(r));
    return r;
  }

  public ItemRecord build() {
    return new ItemRecord(
        id,
        host,
        acquisition,
        target,
        sourcePath,
        null,
        vaultPath,
        size,
        md5,
        sha1,
        sha256,
        times,
        sourceTz,
        owner,
        mode,
        null,
        contentType,
        entropy,
        triage,
        pair,
        acquired,
        status,
        reason,
        null);
  }
}
