package org.scelle.indexer.evtx;

/**
 * The EVTX file header (the first 4096 bytes). Immutable.
 *
 * @param firstChunk number of the oldest chunk
 * @param lastChunk number of the newest chunk
 * @param nextRecordId identifier the next record will get
 * @param minorVersion format minor version (1 or 2)
 * @param majorVersion format major version (3)
 * @param headerBlockSize size of the header block, where the first chunk starts (4096)
 * @param chunkCount number of chunks according to the header (may be stale in dirty files)
 * @param flags 0x1 dirty, 0x2 full
 * @param checksumValid whether the stored CRC32 of the first 120 bytes matches
 */
public record EvtxFileHeader(
    long firstChunk,
    long lastChunk,
    long nextRecordId,
    int minorVersion,
    int majorVersion,
    int headerBlockSize,
    int chunkCount,
    long flags,
    boolean checksumValid) {

  static final int SIZE = 4096;

  static boolean magic(byte[] b) {
    return b[0] == 'E'
        && b[1] == 'l'
        && b[2] == 'f'
        && b[3] == 'F'
        && b[4] == 'i'
        && b[5] == 'l'
        && b[6] == 'e'
        && b[7] == 0;
  }

  /** Parses the header from the first 128 bytes of {@code b}; the magic must have been checked. */
  static EvtxFileHeader parse(byte[] b) {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(b, 0, 120);
    return new EvtxFileHeader(
        ByteCursor.u64(b, 8),
        ByteCursor.u64(b, 16),
        ByteCursor.u64(b, 24),
        ByteCursor.u16(b, 36),
        ByteCursor.u16(b, 38),
        ByteCursor.u16(b, 40),
        ByteCursor.u16(b, 42),
        ByteCursor.u32(b, 120),
        crc.getValue() == ByteCursor.u32(b, 124));
  }
}
