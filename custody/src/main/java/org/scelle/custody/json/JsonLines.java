package org.scelle.custody.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Append-only JSON lines files: one compact JSON document per line, UTF-8, LF terminated.
 *
 * <p>Appends are durable when the method returns (the file is forced to storage). Reading streams
 * the file line by line; memory does not grow with the file. Not thread-safe: callers serialise
 * appends to one file.
 */
public final class JsonLines {
  private JsonLines() {}

  /** One parsed line: its 1-based number in the file and its document. */
  public record Line(long number, JsonNode node) {}

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
    BufferedReader reader;
    try {
      reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Stream.empty();
    }
    Iterator<Line> it =
        new Iterator<>() {
          long number;
          Line next;

          @Override
          public boolean hasNext() {
            if (next != null) {
              return true;
            }
            try {
              String s = reader.readLine();
              if (s == null) {
                return false;
              }
              number++;
              next = new Line(number, parse(file, number, s));
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
                reader.close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  private static JsonNode parse(Path file, long number, String s) throws MalformedLineException {
    try {
      JsonNode node = Json.mapper().readTree(s);
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

    public MalformedLineException(Path file, long line, String problem) {
      super(file + ":" + line + ": " + problem);
      this.line = line;
    }

    /** The 1-based line number. */
    public long line() {
      return line;
    }
  }
}
