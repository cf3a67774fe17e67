package org.scelle.indexer.index;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.util.Version;
import org.scelle.custody.vault.Vault;

/** The embedded Lucene index in {@code CASE/index/}. Immutable. */
public final class LuceneBackend implements IndexBackend {
  /**
   * Largest RAM buffer of the writer, in MiB. A larger buffer writes fewer, larger segments (each
   * repeated term goes to fewer term dictionaries, fewer merges follow), but the term hash tables
   * and byte pools that each flush sorts grow with it, and their random reads then miss the caches:
   * 64 MiB took 2 % less CPU and 5 % less time than 256 on 1 GiB of logs with two threads, 12 %
   * less CPU on 128 MiB with one, and half the resident memory (bench/README.md). The buffer is
   * also kept under a quarter of the heap ({@link #ramBufferMb}).
   */
  static final int RAM_BUFFER_MB = 64;

  /** The smallest buffer, whatever the heap. */
  static final int MIN_RAM_BUFFER_MB = 16;

  private final Vault vault;

  public LuceneBackend(Vault vault) {
    this.vault = vault;
  }

  @Override
  public String describe() {
    return "lucene-" + Version.LATEST;
  }

  @Override
  public Map<String, String> indexedItems() throws IOException {
    return CaseIndex.indexedItems(vault);
  }

  @Override
  public DocumentSink openForWriting() throws IOException {
    return CaseIndex.openForWriting(vault, ramBufferMb(Runtime.getRuntime().maxMemory()));
  }

  /**
   * The RAM buffer for a heap of {@code maxHeapBytes}: a quarter of it, between {@link
   * #MIN_RAM_BUFFER_MB} and {@link #RAM_BUFFER_MB} MiB (the documents being built, the readers and
   * the flush need the rest).
   */
  static int ramBufferMb(long maxHeapBytes) {
    long quarter = maxHeapBytes / 4 / (1024 * 1024);
    return (int) Math.max(MIN_RAM_BUFFER_MB, Math.min(RAM_BUFFER_MB, quarter));
  }

  @Override
  public DocumentSearch openForReading() throws IOException {
    return LuceneSearch.open(vault);
  }
}
