package org.scelle.indexer.extract;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The protocol between the indexer and an extraction worker, over the worker's standard input and
 * output. The indexer writes one request per item: the file's absolute path. The worker answers
 * with frames, each a type byte then its fields: {@code R} (ready, once at start: protocol
 * version), {@code C} (a {@link TextChunk}), and {@code E} (the {@link Extraction} that ends the
 * item). Strings are a 4-byte big-endian length then UTF-8 bytes. Stateless.
 */
final class Frames {
  static final int VERSION = 1;
  static final byte READY = 'R';
  static final byte CHUNK = 'C';
  static final byte END = 'E';

  /** No string on the wire is longer: a worker that says otherwise is out of step. */
  private static final int MAX_STRING_BYTES = 16 << 20;

  private static final int MAX_METADATA = 64;

  private Frames() {}

  static void writeReady(DataOutputStream out) throws IOException {
    out.writeByte(READY);
    out.writeInt(VERSION);
    out.flush();
  }

  static void writeChunk(DataOutputStream out, TextChunk c) throws IOException {
    out.writeByte(CHUNK);
    writeString(out, c.embeddedPath());
    out.writeInt(c.number());
    out.writeInt(c.metadata().size());
    for (Map.Entry<String, String> e : c.metadata().entrySet()) {
      writeString(out, e.getKey());
      writeString(out, e.getValue());
    }
    writeString(out, c.text());
  }

  static TextChunk readChunkBody(DataInputStream in) throws IOException {
    String path = readString(in);
    int number = in.readInt();
    int n = in.readInt();
    if (n < 0 || n > MAX_METADATA) {
      throw new IOException("extraction worker out of step: " + n + " metadata entries");
    }
    Map<String, String> md = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      md.put(readString(in), readString(in));
    }
    String text = readString(in);
    if (number < 1) {
      throw new IOException("extraction worker out of step: chunk number " + number);
    }
    return new TextChunk(path, number, text, md);
  }

  static void writeEnd(DataOutputStream out, Extraction e) throws IOException {
    out.writeByte(END);
    writeString(out, e.status().word());
    writeString(out, e.reason() == null ? "" : e.reason());
    writeString(out, e.contentType() == null ? "" : e.contentType());
    out.writeLong(e.chunks());
    out.writeLong(e.characters());
    out.flush();
  }

  static Extraction readEndBody(DataInputStream in) throws IOException {
    String status = readString(in);
    String reason = readString(in);
    String type = readString(in);
    long chunks = in.readLong();
    long chars = in.readLong();
    ExtractStatus s;
    try {
      s = ExtractStatus.of(status);
    } catch (IllegalArgumentException e) {
      throw new IOException("extraction worker out of step: status '" + status + "'", e);
    }
    return new Extraction(
        s, reason.isEmpty() ? null : reason, type.isEmpty() ? null : type, chunks, chars);
  }

  static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  static String readString(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > MAX_STRING_BYTES) {
      throw new IOException("extraction worker out of step: string of " + n + " bytes");
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }
}
