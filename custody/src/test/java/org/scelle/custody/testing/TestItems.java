package org.scelle.custody.testing;

import org.scelle.custody.item.ItemRecord;
import org.scelle.custody.item.ItemStatus;

/**
 * Item records for tests, built by name instead of through the record's 24 positional components:
 * every component not set is null (acquisition {@code "acq"}).
 */
public final class TestItems {
  private final String id;
  private final ItemStatus status;
  private String host = "H";
  private String sourcePath;
  private String vaultPath;
  private Long size;
  private String md5;
  private String sha256;
  private String reason;

  private TestItems(String id, ItemStatus status) {
    this.id = id;
    this.status = status;
  }

  /** A record of item {@code id} with {@code status}, on host {@code H}. */
  public static TestItems record(String id, ItemStatus status) {
    return new TestItems(id, status);
  }

  public TestItems host(String v) {
    host = v;
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

  public TestItems sha256(String v) {
    sha256 = v;
    return this;
  }

  public TestItems reason(String v) {
    reason = v;
    return this;
  }

  public ItemRecord build() {
    return new ItemRecord(
        id,
        host,
        "acq",
        null,
        sourcePath,
        null,
        vaultPath,
        size,
        md5,
        null,
        sha256,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        status,
        reason,
        null);
  }
}
