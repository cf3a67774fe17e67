package org.scelle.indexer.evtx;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.scelle.indexer.evtx.EvtxProblem.Kind;

/**
 * Reads the records of one 64 KiB chunk held in a buffer: checks the chunk's magic and CRC32s,
 * walks the records from offset 512 to the chunk's free-space offset, and parses each record's
 * binary XML. Problems are appended to a list; a record whose binary XML cannot be parsed is
 * reported and skipped. A record header that is unusable (bad magic, size below 28 bytes or past
 * the chunk) ends the chunk, since the next record cannot be located: the problem names its offset.
 * Records left in the slack space past the free-space offset are not carved. Not thread-safe; the
 * buffer is only read.
 */
final class ChunkReader {
  static final int CHUNK_SIZE = 0x10000;
  private static final int HEADER_SIZE = 0x200;
  private static final int RECORD_MAGIC = 0x00002a2a;
  private static final int MIN_RECORD_SIZE = 28;

  /** A chunk's worth of zeros, never written. */
  private static final byte[] ZEROS = new byte[CHUNK_SIZE];

  private final byte[] buf;
  private final int length;
  private final long index;
  private final long fileOffset;
  private final String fileName;
  private final List<EvtxRecord> records;
  private final List<EvtxProblem> problems;

  ChunkReader(
      byte[] buf,
      int length,
      long index,
      long fileOffset,
      String fileName,
      List<EvtxRecord> records,
      List<EvtxProblem> problems) {
    this.buf = buf;
    this.length = length;
    this.index = index;
    this.fileOffset = fileOffset;
    this.fileName = fileName;
    this.records = records;
    this.problems = problems;
  }

  /** Whether the buffer's first {@code length} bytes are all zero (an unused chunk). */
  static boolean allZero(byte[] b, int length) {
    // Compared eight bytes at a time: files often end with many unused chunks.
    for (int from = 0; from < length; from += ZEROS.length) {
      int n = Math.min(ZEROS.length, length - from);
      if (Arrays.mismatch(b, from, from + n, ZEROS, 0, n) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** Reads the chunk, appending its records and problems. */
  void read() {
    if (length < HEADER_SIZE || !magic()) {
      long m = length >= 8 ? ByteCursor.u64(buf, 0) : 0;
      report(
          Kind.CHUNK_MAGIC, fileOffset, 0, String.format("bad magic 0x%x", Long.reverseBytes(m)));
      return;
    }
    if (length < CHUNK_SIZE) {
      report(Kind.CHUNK_TRUNCATED, fileOffset, 0, "truncated to " + length + " bytes");
    }
    CRC32 crc = new CRC32();
    crc.update(buf, 0, 120);
    crc.update(buf, 128, HEADER_SIZE - 128);
    long stored = ByteCursor.u32(buf, 124);
    if (crc.getValue() != stored) {
      report(
          Kind.CHUNK_HEADER_CHECKSUM,
          fileOffset,
          0,
          String.format("header CRC32 0x%08x, computed 0x%08x", stored, crc.getValue()));
    }
    long free = ByteCursor.u32(buf, 48);
    int end = (int) Math.min(Math.max(free, HEADER_SIZE), length);
    if (free >= HEADER_SIZE && free <= length) {
      crc.reset();
      crc.update(buf, HEADER_SIZE, end - HEADER_SIZE);
      long storedData = ByteCursor.u32(buf, 52);
      if (crc.getValue() != storedData) {
        report(
            Kind.CHUNK_DATA_CHECKSUM,
            fileOffset,
            0,
            String.format("records CRC32 0x%08x, computed 0x%08x", storedData, crc.getValue()));
      }
    } else {
      end = length;
    }
    records(end);
  }

  private boolean magic() {
    return buf[0] == 'E'
        && buf[1] == 'l'
        && buf[2] == 'f'
        && buf[3] == 'C'
        && buf[4] == 'h'
        && buf[5] == 'n'
        && buf[6] == 'k'
        && buf[7] == 0;
  }

  private void records(int end) {
    BinXmlParser parser = new BinXmlParser(buf, length);
    int off = HEADER_SIZE;
    while (off + 24 <= end) {
      int magic = (int) ByteCursor.u32(buf, off);
      long size = ByteCursor.u32(buf, off + 4);
      long id = ByteCursor.u64(buf, off + 8);
      if (magic != RECORD_MAGIC) {
        if (magic == 0) {
          return; // slack: zeroes after the last record
        }
        report(
            Kind.RECORD_HEADER,
            fileOffset + off,
            0,
            String.format("bad record magic 0x%08x (rest of chunk not read)", magic));
        return;
      }
      if (size < MIN_RECORD_SIZE || off + size > length) {
        report(
            Kind.RECORD_HEADER,
            fileOffset + off,
            id,
            "record " + id + ": invalid record size " + size + " (rest of chunk not read)");
        return;
      }
      int recordSize = (int) size;
      long copy = ByteCursor.u32(buf, off + recordSize - 4);
      try {
        Materializer.Located root =
            Materializer.firstElement(parser.fragments(off + 24, off + recordSize - 4));
        if (root == null) {
          throw new BinXmlException("no element in the record's binary XML");
        }
        records.add(
            new EvtxRecord(
                id, filetime(ByteCursor.u64(buf, off + 16)), index, fileOffset + off, root));
      } catch (BinXmlException e) {
        report(Kind.RECORD_DATA, fileOffset + off, id, "record " + id + ": " + e.getMessage());
      }
      if (copy != size) {
        report(
            Kind.RECORD_TRAILER,
            fileOffset + off,
            id,
            "record " + id + ": size " + size + " but trailing copy " + copy);
      }
      off += recordSize;
    }
  }

  static Instant filetime(long ft) {
    long t = ft - Values.FILETIME_EPOCH;
    return Instant.ofEpochSecond(
        Math.floorDiv(t, 10_000_000L), Math.floorMod(t, 10_000_000L) * 100);
  }

  private void report(Kind kind, long offset, long recordId, String what) {
    problems.add(
        new EvtxProblem(
            kind,
            index,
            offset,
            recordId,
            String.format("chunk %d of %s: %s at offset 0x%x", index, fileName, what, offset)));
  }
}
