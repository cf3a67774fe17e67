package org.scelle.indexer.evtx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.scelle.indexer.evtx.EvtxProblem.Kind;

/**
 * Reads the records of an EVTX file, one 64 KiB chunk at a time: memory use does not depend on the
 * file's size (one chunk buffer and the parsed records of one chunk).
 *
 * <p>Every chunk after the file header is read, up to the end of the file, whatever the header's
 * chunk count says (dirty and recovered files often understate it); all-zero chunks are skipped
 * silently. Damage is never fatal: a chunk with a bad magic is skipped, checksum mismatches are
 * noted, a record that cannot be parsed is skipped; each becomes an {@link EvtxProblem} in {@link
 * #problems()}, which is complete once iteration has finished.
 *
 * <p>Use: {@code try (EvtxReader r = EvtxReader.open(path)) { for (EvtxRecord rec : r) ... }}. The
 * caller closes the reader. Not thread-safe; iterate once.
 */
public final class EvtxReader implements Iterable<EvtxRecord>, AutoCloseable {
  private final FileChannel channel;
  private final String fileName;
  private final EvtxFileHeader header;
  private final long size;
  private final byte[] chunk = new byte[ChunkReader.CHUNK_SIZE];
  private final List<EvtxProblem> problems = new ArrayList<>();
  private boolean iterated;

  private EvtxReader(FileChannel channel, String fileName, EvtxFileHeader header, long size) {
    this.channel = channel;
    this.fileName = fileName;
    this.header = header;
    this.size = size;
  }

  /**
   * Opens {@code file} and reads its header.
   *
   * @throws NotEvtxException when the file is shorter than a header or lacks the {@code ElfFile}
   *     magic; the message names the file
   * @throws IOException when the file cannot be read
   */
  public static EvtxReader open(Path file) throws IOException {
    if (java.nio.file.Files.isDirectory(file)) {
      // a channel on a directory opens, then fails to read with a message naming no file
      throw new NotEvtxException(file + ": a directory, not an EVTX file");
    }
    FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
    boolean ok = false;
    try {
      String name = String.valueOf(file.getFileName());
      byte[] head = new byte[128];
      int n = readFully(ch, ByteBuffer.wrap(head), 0);
      if (n < head.length || !EvtxFileHeader.magic(head)) {
        throw new NotEvtxException(file + ": not an EVTX file (no ElfFile header)");
      }
      EvtxReader r = new EvtxReader(ch, name, EvtxFileHeader.parse(head), ch.size());
      if (!r.header.checksumValid()) {
        r.problems.add(
            new EvtxProblem(
                Kind.FILE_HEADER_CHECKSUM,
                -1,
                0,
                0,
                name + ": file header CRC32 mismatch at offset 0x0"));
      }
      ok = true;
      return r;
    } finally {
      if (!ok) {
        ch.close();
      }
    }
  }

  /** The file header. */
  public EvtxFileHeader header() {
    return header;
  }

  /** The problems met so far; complete after iteration. Unmodifiable view. */
  public List<EvtxProblem> problems() {
    return Collections.unmodifiableList(problems);
  }

  /**
   * The records in file order (chunk by chunk, then by offset).
   *
   * @throws IllegalStateException when called a second time
   * @throws UncheckedIOException from the iterator when reading the file fails
   */
  @Override
  public Iterator<EvtxRecord> iterator() {
    claim();
    long slots = chunkSlots();
    return new Iterator<>() {
      private final ArrayDeque<EvtxRecord> pending = new ArrayDeque<>();
      private long nextChunk;

      @Override
      public boolean hasNext() {
        while (pending.isEmpty() && nextChunk < slots) {
          long index = nextChunk++;
          Chunk c = parse(index, chunk, read(index, chunk));
          problems.addAll(c.problems());
          pending.addAll(c.records());
        }
        return !pending.isEmpty();
      }

      @Override
      public EvtxRecord next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return pending.poll();
      }
    };
  }

  /** Marks the reader as read (by iteration or a {@link ChunkPipeline}); throws when it was. */
  void claim() {
    if (iterated) {
      throw new IllegalStateException("an EvtxReader can be iterated once");
    }
    iterated = true;
  }

  /** How many 64 KiB chunk slots the file has after its header (the last one may be partial). */
  long chunkSlots() {
    long body = size - EvtxFileHeader.SIZE;
    return body <= 0 ? 0 : (body + ChunkReader.CHUNK_SIZE - 1) / ChunkReader.CHUNK_SIZE;
  }

  /** The records and problems of one chunk read into its own buffer. */
  record Chunk(List<EvtxRecord> records, List<EvtxProblem> problems) {}

  /**
   * Parses chunk {@code index} held in {@code buf} (its first {@code n} bytes), touching no state
   * of this reader: safe on any thread.
   */
  Chunk parse(long index, byte[] buf, int n) {
    List<EvtxRecord> records = new ArrayList<>();
    List<EvtxProblem> chunkProblems = new ArrayList<>();
    if (n > 0 && !ChunkReader.allZero(buf, n)) {
      new ChunkReader(buf, n, index, chunkOffset(index), fileName, records, chunkProblems).read();
    }
    return new Chunk(records, chunkProblems);
  }

  /** Appends the problems of a chunk parsed by {@link #parse}, in file order. */
  void addProblems(List<EvtxProblem> chunkProblems) {
    problems.addAll(chunkProblems);
  }

  /** The file offset of chunk {@code index}. */
  private static long chunkOffset(long index) {
    return EvtxFileHeader.SIZE + index * ChunkReader.CHUNK_SIZE;
  }

  /**
   * Reads chunk {@code index} into {@code buf}; returns the number of bytes read. Positional: safe
   * on any thread.
   *
   * @throws UncheckedIOException naming the file, chunk and offset when the read fails
   */
  int read(long index, byte[] buf) {
    long offset = chunkOffset(index);
    try {
      return readFully(channel, ByteBuffer.wrap(buf), offset);
    } catch (IOException e) {
      throw new UncheckedIOException(
          fileName + ": cannot read chunk " + index + " at offset 0x" + Long.toHexString(offset),
          e);
    }
  }

  private static int readFully(FileChannel ch, ByteBuffer b, long position) throws IOException {
    int total = 0;
    while (b.hasRemaining()) {
      int n = ch.read(b, position + total);
      if (n < 0) {
        break;
      }
      total += n;
    }
    return total;
  }

  /** Closes the file. */
  @Override
  public void close() throws IOException {
    channel.close();
  }
}
