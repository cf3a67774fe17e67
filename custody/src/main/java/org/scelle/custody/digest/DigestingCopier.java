package org.scelle.custody.digest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.zip.CRC32C;

/**
 * Copies a file into the vault in one read of the source, computing MD5, SHA-1 and SHA-256 of the
 * bytes as they pass, feeding them to an optional extra sink (triage), forcing the copy to storage,
 * then reading the copy back to check that it holds the bytes that were read (verify-on-write).
 *
 * <p>The read-back is compared through a CRC-32C computed over the bytes as they were read and over
 * the copy as it is read back: a hardware-accelerated check that catches write and storage errors
 * at a tenth of the cost of a second SHA-256. The evidential digests (MD5, SHA-1, SHA-256) are
 * those of the source bytes, and {@code scelle verify} re-computes all three from the vault.
 *
 * <p>The source is opened read-only and without following a symbolic link; it is never written. The
 * target must not exist; it is created, written and read back through one channel. The bytes move
 * between the files through one direct buffer (no copy through a temporary buffer of the JDK) and
 * are copied once into a heap buffer for the digests and the sink. Memory is these two buffers,
 * whatever the file size. Not thread-safe: use one copier per thread.
 */
public final class DigestingCopier {
  /** A consumer of the copied bytes, called in order with each buffer. */
  @FunctionalInterface
  public interface Sink {
    void update(byte[] b, int off, int len);
  }

  /** What a copy produced. */
  public record Result(long size, Digests digests, Instant start, Instant end) {}

  private final byte[] buffer;
  private final ByteBuffer io;
  private final MultiDigest digest = new MultiDigest();
  private final CRC32C written = new CRC32C();
  private final CRC32C readBack = new CRC32C();
  private final Clock clock;
  private final boolean force;

  /** A copier with a buffer of {@code bufferSize} bytes. */
  public DigestingCopier(int bufferSize, Clock clock) {
    this(bufferSize, clock, true);
  }

  /**
   * A copier with a buffer of {@code bufferSize} bytes that forces each copy to storage when {@code
   * force} is true; when false, the caller forces the copy (with {@link #force(Path)}) before it
   * relies on it, for example from several threads at once so that the file system can commit them
   * together.
   */
  public DigestingCopier(int bufferSize, Clock clock, boolean force) {
    this.force = force;
    if (bufferSize < 4096) {
      throw new IllegalArgumentException("bufferSize must be >= 4096; got: " + bufferSize);
    }
    this.buffer = new byte[bufferSize];
    this.io = ByteBuffer.allocateDirect(bufferSize);
    this.clock = clock;
  }

  /**
   * Copies {@code source} to the new file {@code target}.
   *
   * @param sink receives every byte copied, or {@code null}
   * @throws java.nio.file.FileAlreadyExistsException when {@code target} exists
   * @throws VerifyOnWriteException when the copy read back differs from what was read
   * @throws IOException when the source cannot be read or the target written; the partial target is
   *     left for the caller to delete
   */
  public Result copy(Path source, Path target, Sink sink) throws IOException {
    Instant start = clock.instant();
    Digests digests;
    long actual;
    try (FileChannel in =
            FileChannel.open(source, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        FileChannel out =
            FileChannel.open(
                target,
                StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE,
                StandardOpenOption.READ)) {
      while (true) {
        io.clear();
        int n = in.read(io);
        if (n < 0) {
          break;
        }
        io.flip();
        io.get(buffer, 0, n);
        io.rewind();
        while (io.hasRemaining()) {
          out.write(io);
        }
        digest.update(buffer, 0, n);
        written.update(buffer, 0, n);
        if (sink != null) {
          sink.update(buffer, 0, n);
        }
      }
      if (force) {
        out.force(true);
      }
      actual = crcOf(out);
    }
    long size = digest.count();
    digests = digest.finish();
    long expected = written.getValue();
    written.reset();
    if (actual != expected) {
      throw new VerifyOnWriteException(
          target, Long.toHexString(expected), Long.toHexString(actual));
    }
    return new Result(size, digests, start, clock.instant());
  }

  /** The CRC-32C of what {@code file} holds, read from its start. */
  private long crcOf(FileChannel file) throws IOException {
    readBack.reset();
    long position = 0;
    while (true) {
      io.clear();
      int n = file.read(io, position);
      if (n < 0) {
        break;
      }
      position += n;
      io.flip();
      readBack.update(io);
    }
    return readBack.getValue();
  }

  /** Forces {@code file}'s content and metadata to storage. */
  public static void force(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
  }

  /** The copy in the vault does not hold the bytes that were read from the source. */
  public static final class VerifyOnWriteException extends IOException {
    private static final long serialVersionUID = 1L;

    public VerifyOnWriteException(Path target, String expected, String actual) {
      super(
          target
              + ": verify-on-write failed: read back SHA-256 "
              + actual
              + ", expected "
              + expected);
    }
  }
}
