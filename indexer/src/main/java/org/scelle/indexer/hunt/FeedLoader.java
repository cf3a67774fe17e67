package org.scelle.indexer.hunt;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.scelle.custody.json.Json;
import org.scelle.custody.vault.BagFiles;

/**
 * Loads an indicator feed, recognising its format from its content: a STIX 2.1 bundle (JSON with
 * {@code "type": "bundle"}), a MISP event (JSON with {@code Event} or a list of them), a CSV with a
 * header that has a {@code value} (or {@code indicator}) column and optionally a {@code type}
 * column, or a plain list of values (one a line, {@code #} comments), whose types are inferred.
 * Indicators a hunt cannot match are listed with the reason. Stateless.
 */
public final class FeedLoader {
  /** Feeds larger than this are refused (a feed is read whole to parse its JSON). */
  public static final long MAX_FEED_BYTES = 256L << 20;

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private FeedLoader() {}

  /**
   * Loads {@code file}.
   *
   * @throws IOException naming the file when it is missing, too large or malformed, or holds no
   *     indicator at all (not even one it cannot match)
   */
  public static Feed load(Path file) throws IOException {
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw new IOException(file + ": no such feed file");
    }
    if (size > MAX_FEED_BYTES) {
      throw new IOException(
          file + ": feed of " + size + " bytes exceeds the " + MAX_FEED_BYTES + "-byte limit");
    }
    String sha = BagFiles.sha256(file);
    String name = file.getFileName().toString();
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(UTF8_BOM.length + 1);
    }
    int first = startsWithBom(head) ? UTF8_BOM.length : 0;
    List<Indicator> out = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    if (head.length > first && (head[first] == '{' || head[first] == '[')) {
      JsonNode root;
      try {
        // Jackson skips a UTF-8 byte-order mark itself
        root = Json.mapper().readTree(file.toFile());
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        throw new IOException(
            file
                + ": not valid JSON: "
                + e.getOriginalMessage()
                + (at == null
                    ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
      } catch (IOException e) {
        throw new IOException(file + ": cannot be read: " + e.getMessage(), e);
      }
      if ("bundle".equals(root.path("type").asText())) {
        stix(root, name, sha, out, rejected);
      } else if (root.has("Event") || root.isArray() || root.has("response")) {
        MispFeed.read(root, name, sha, out, rejected);
      } else {
        throw new IOException(file + ": JSON that is neither a STIX 2.1 bundle nor a MISP event");
      }
    } else {
      TextFeed.read(file, name, sha, out, rejected);
    }
    if (out.isEmpty() && rejected.isEmpty()) {
      // a hunt signed as done with a feed that held nothing would read as "nothing found"
      throw new IOException(
          file + ": holds no indicator (an empty file, only comments, or no indicator objects)");
    }
    return new Feed(name, sha, out, rejected);
  }

  private static void stix(
      JsonNode bundle, String name, String sha, List<Indicator> out, List<String> rejected) {
    int position = 0;
    for (JsonNode o : bundle.path("objects")) {
      position++;
      if (!"indicator".equals(o.path("type").asText())) {
        continue;
      }
      String id = o.path("id").asText();
      if (id.isBlank()) {
        // STIX requires an id; without one, the indicator is named by its place in the bundle
        id = name + ":object-" + position;
      }
      String patternType = o.path("pattern_type").asText("stix");
      if (!"stix".equals(patternType)) {
        rejected.add(id + ": pattern_type '" + patternType + "' is not supported (only stix)");
        continue;
      }
      String pattern = o.path("pattern").asText();
      try {
        String title = o.hasNonNull("name") ? o.get("name").asText() : pattern;
        out.add(new Indicator(id, title, StixPattern.parse(pattern), name, sha));
      } catch (IllegalArgumentException e) {
        rejected.add(id + ": " + e.getMessage());
      }
    }
  }

  /**
   * Reads a UTF-8 text file line by line (no line is kept beyond its parsing), without the
   * byte-order mark that some editors and spreadsheet exports write at its start.
   */
  static BufferedReader reader(Path file) throws IOException {
    BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    try {
      r.mark(1);
      if (r.read() != '\uFEFF') {
        r.reset();
      }
      return r;
    } catch (IOException | RuntimeException e) {
      r.close();
      throw e;
    }
  }

  private static boolean startsWithBom(byte[] head) {
    return head.length >= UTF8_BOM.length
        && Arrays.equals(head, 0, UTF8_BOM.length, UTF8_BOM, 0, UTF8_BOM.length);
  }

  /**
   * The refusal of {@code file}, which {@link #reader} found not to be UTF-8: names the file and
   * the line (counted from 1) that holds the first malformed or unmappable byte sequence. The
   * reader decodes ahead of the line it returns, so the line is found again here, streaming.
   */
  static IOException notUtf8(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      CharsetDecoder decoder =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
      CharBuffer chars = CharBuffer.allocate(1 << 16);
      long line = 1;
      boolean end = false;
      while (true) {
        int n = end ? -1 : in.read(bytes.array(), bytes.position(), bytes.remaining());
        end = n < 0;
        bytes.position(bytes.position() + Math.max(n, 0)).flip();
        int start = bytes.position();
        CoderResult r = decoder.decode(bytes, chars, end);
        for (int i = start; i < bytes.position(); i++) {
          if (bytes.get(i) == '\n') {
            line++;
          }
        }
        if (r.isError()) {
          return new IOException(file + ": line " + line + " is not UTF-8 text");
        }
        if (end) {
          return new IOException(file + ": not UTF-8 text");
        }
        bytes.compact();
        chars.clear();
      }
    } catch (IOException e) {
      return new IOException(file + ": not UTF-8 text (" + e.getMessage() + ")", e);
    }
  }
}
