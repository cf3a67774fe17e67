package org.scelle.custody.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.scelle.custody.digest.Digests;
import org.scelle.custody.digest.MultiDigest;

/**
 * Append-only JSON lines files: one compact JSON document per line, UTF-8, LF terminated.
 *
 * <p>Appends are durable when the method returns (the file is forced to storage). Reading streams
 * the file line by line; memory does not grow with the file. Not thread-safe: callers serialise
 * appends to one file.
 */
public final class JsonLines {
  private JsonLines() {}

  /**
   * One parsed line: its 1-based number in the file, its document, and the byte offset just past it
   * (past its line feed, when it has one).
   */
  public record Line(long number, JsonNode node, long end) {}

  /**
   * Appends {@code lines} (each already serialised, without newline) and forces the file to storage
   * before returning.
   *
   * @throws IllegalArgumentException when a line contains a newline
   */
  public static void appendDurably(Path file, List<String> lines) throws IOException {
    if (lines.isEmpty()) {
      return;
    }
    StringBuilder sb = new StringBuilder();
    for (String line : lines) {
      if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("JSON line for " + file + " contains a line break");
      }
      sb.append(line).append('\n');
    }
    ByteBuffer buf = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
    try (FileChannel ch =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(true);
    }
  }

  /**
   * Streams the lines of {@code file} as parsed documents; the stream must be closed. A missing
   * file is an empty stream. A line that is not valid JSON ends the stream with a {@link
   * MalformedLineException} naming the file and line number (as an {@link UncheckedIOException}).
   */
  public static Stream<Line> read(Path file) throws IOException {
    return read(file, Long.MAX_VALUE);
  }

  /**
   * Streams the lines in the first {@code limit} bytes of {@code file}, as {@link #read(Path)}
   * does; {@code limit} should end a line (see {@link #terminatedLength(Path)}).
   */
  public static Stream<Line> read(Path file, long limit) throws IOException {
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      return Stream.empty();
    }
    Iterator<Line> it =
        new Iterator<>() {
          final ByteRun run = new ByteRun();
          final byte[] buf = new byte[64 * 1024];
          int pos;
          int lim;
          long number;
          long offset;
          Line next;
          boolean done;

          @Override
          public boolean hasNext() {
            if (next != null) {
              return true;
            }
            if (done) {
              return false;
            }
            try {
              run.clear();
              boolean terminated = false;
              while (!terminated && offset + run.length < limit) {
                if (pos == lim) {
                  int want = (int) Math.min(buf.length, limit - offset - run.length);
                  int n = in.read(buf, 0, want);
                  if (n < 0) {
                    break;
                  }
                  pos = 0;
                  lim = n;
                }
                int from = pos;
                while (pos < lim && buf[pos] != '\n') {
                  pos++;
                }
                run.add(buf, from, pos - from);
                if (pos < lim) {
                  pos++;
                  terminated = true;
                }
              }
              long end = offset + run.length + (terminated ? 1 : 0);
              if (!terminated) {
                done = true;
                if (run.length == 0) {
                  return false;
                }
              }
              number++;
              JsonNode node;
              try {
                node = parse(file, number, run.bytes, run.length);
              } catch (MalformedLineException e) {
                if (terminated) {
                  throw e;
                }
                throw new MalformedLineException(
                    file,
                    number,
                    "incomplete last line, without a line feed (an append was interrupted; the"
                        + " next writer of the vault cuts it off): "
                        + e.problem());
              }
              next = new Line(number, node, end);
              offset = end;
              return true;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }

          @Override
          public Line next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            Line l = next;
            next = null;
            return l;
          }
        };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
        .onClose(
            () -> {
              try {
                in.close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /**
   * The length of {@code file} up to and including its last line feed: what a complete append left.
   * Bytes after it are a line whose append was interrupted (its write cut short). Reads the file
   * backwards from its end, a block at a time. 0 for a missing or empty file.
   */
  public static long terminatedLength(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer block = ByteBuffer.allocate(64 * 1024);
      long end = ch.size();
      while (end > 0) {
        long start = Math.max(0, end - block.capacity());
        block.clear().limit((int) (end - start));
        while (block.hasRemaining() && ch.read(block, start + block.position()) >= 0) {
          // read the block fully
        }
        for (int i = (int) (end - start) - 1; i >= 0; i--) {
          if (block.get(i) == '\n') {
            return start + i + 1;
          }
        }
        end = start;
      }
      return 0;
    } catch (NoSuchFileException e) {
      return 0;
    }
  }

  /**
   * Removes from {@code file} everything after its first {@code length} bytes: the tail that an
   * interrupted append left. The tail is first copied, durably, to a new file in {@code keepDir}
   * named after {@code file} and {@code length} ({@code <file>.<length>.tail}, or {@code
   * <file>.<length>.<n>.tail} when an earlier cut at the same offset kept its tail there), so that
   * nothing is lost; then {@code file} is truncated and forced to storage. Callers hold the vault
   * lock.
   *
   * @return what was cut, or empty when {@code file} is no longer than {@code length}
   */
  public static Optional<Cut> cutTail(Path file, long length, Path keepDir) throws IOException {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try (FileChannel ch =
        FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long size = ch.size();
      if (size <= length) {
        return Optional.empty();
      }
      Files.createDirectories(keepDir);
      Path kept = createKeepFile(keepDir, file.getFileName() + "." + length);
      MessageDigest sha = MultiDigest.sha256();
      try (FileChannel out = FileChannel.open(kept, StandardOpenOption.WRITE)) {
        ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
        long pos = length;
        while (pos < size) {
          buf.clear();
          int n = ch.read(buf, pos);
          if (n < 0) {
            break;
          }
          pos += n;
          buf.flip();
          sha.update(buf.duplicate());
          while (buf.hasRemaining()) {
            out.write(buf);
          }
        }
        out.force(true);
      }
      ch.truncate(length);
      ch.force(true);
      return Optional.of(new Cut(file, length, size - length, kept, Digests.hex(sha.digest())));
    }
  }

  /**
   * What the name of a keep file {@link #cutTail} made says: the name of the file cut and the
   * offset of the cut ({@code <file>.<offset>.tail}, or {@code <file>.<offset>.<n>.tail} for a
   * later cut at the same offset).
   *
   * @param offset -1 when the name holds none (a file put there by hand)
   */
  public record KeptName(String file, long offset) {
    /** Reads the name of {@code kept}, which ends with {@code .tail}. */
    public static KeptName of(Path kept) {
      String name = kept.getFileName().toString();
      String[] parts = name.substring(0, name.length() - ".tail".length()).split("\\.", -1);
      int last = parts.length - 1;
      if (last >= 2 && isNumber(parts[last]) && isNumber(parts[last - 1])) {
        last--; // <file>.<offset>.<n>
      }
      if (last >= 1 && isNumber(parts[last])) {
        return new KeptName(
            String.join(".", Arrays.copyOf(parts, last)), Long.parseLong(parts[last]));
      }
      return new KeptName(String.join(".", parts), -1);
    }

    private static boolean isNumber(String s) {
      return !s.isEmpty() && s.length() < 19 && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
  }

  /**
   * Creates the keep file {@code <stem>.tail} in {@code dir}, or, when an earlier cut at the same
   * offset kept its tail under that name, {@code <stem>.2.tail}, {@code <stem>.3.tail}...: an
   * earlier tail is never overwritten.
   */
  private static Path createKeepFile(Path dir, String stem) throws IOException {
    for (int n = 1; ; n++) {
      Path p = dir.resolve(n == 1 ? stem + ".tail" : stem + "." + n + ".tail");
      try {
        return Files.createFile(p);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (n == 1_000) {
          throw e;
        }
      }
    }
  }

  /**
   * A tail cut from a JSON lines file by {@link #cutTail}: the file now ends at {@code offset}; the
   * {@code bytes} that followed are in {@code keptAs}, whose SHA-256 is {@code sha256}.
   */
  public record Cut(Path file, long offset, long bytes, Path keptAs, String sha256) {}

  /** A growable run of bytes, reused from line to line. */
  private static final class ByteRun {
    byte[] bytes = new byte[1024];
    int length;

    void clear() {
      length = 0;
    }

    void add(byte[] from, int off, int len) {
      if (length + len > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + len));
      }
      System.arraycopy(from, off, bytes, length, len);
      length += len;
    }
  }

  private static JsonNode parse(Path file, long number, byte[] bytes, int length)
      throws IOException {
    try {
      JsonNode node = length == 0 ? null : Json.mapper().readTree(bytes, 0, length);
      if (node == null || !node.isObject()) {
        throw new MalformedLineException(file, number, "not a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new MalformedLineException(file, number, e.getOriginalMessage());
    }
  }

  /** A line of a JSON lines file that does not parse. */
  public static final class MalformedLineException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long line;
    private final String problem;

    public MalformedLineException(Path file, long line, String problem) {
      super(file + ":" + line + ": " + problem);
      this.line = line;
      this.problem = problem;
    }

    /** What is wrong with the line, without the file and line number. */
    public String problem() {
      return problem;
    }

    /** The 1-based line number. */
    public long line() {
      return line;
    }
  }
}
