package org.scelle.indexer.evtx;

import java.util.Objects;

/**
 * Something found wrong while reading an EVTX file, reported instead of failing. Immutable.
 *
 * @param kind what went wrong
 * @param chunkIndex 0-based index of the chunk, or -1 for the file header
 * @param fileOffset offset in the file of the damaged structure (chunk, record or header)
 * @param recordId the record's id when it could be read, else 0
 * @param message one line naming the file, the chunk, the value and the offset, e.g. {@code chunk
 *     12 of Security.evtx: bad magic 0x0000 at offset 0x11000}
 */
public record EvtxProblem(
    Kind kind, long chunkIndex, long fileOffset, long recordId, String message) {

  /** The kinds of problem, and whether each loses records. */
  public enum Kind {
    /** The file header's CRC32 does not match; records are still read. */
    FILE_HEADER_CHECKSUM(false),
    /** A chunk does not start with {@code ElfChnk\0}; the chunk is skipped. */
    CHUNK_MAGIC(true),
    /** A chunk header's CRC32 does not match; its records are still read. */
    CHUNK_HEADER_CHECKSUM(false),
    /** The CRC32 of a chunk's records does not match; its records are still read. */
    CHUNK_DATA_CHECKSUM(false),
    /** The file ends inside a chunk; the records wholly present are read. */
    CHUNK_TRUNCATED(false),
    /**
     * A record's header is unusable (bad magic, size below 28, size past the chunk): this record
     * and any after it in the chunk are lost.
     */
    RECORD_HEADER(true),
    /** A record's trailing size copy differs from its size; the record is still read. */
    RECORD_TRAILER(false),
    /** A record's binary XML could not be parsed: record lost. */
    RECORD_DATA(true);

    private final boolean recordLost;

    Kind(boolean recordLost) {
      this.recordLost = recordLost;
    }

    /** Whether a problem of this kind means at least one record could not be returned. */
    public boolean recordLost() {
      return recordLost;
    }
  }

  public EvtxProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return message;
  }
}
