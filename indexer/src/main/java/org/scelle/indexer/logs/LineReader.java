package org.scelle.indexer.logs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Splits a stream into lines with their numbers and byte offsets, keeping at most a given number of
 * bytes of each line: the rest of a longer line is counted and skipped, never held in memory.
 *
 * <p>Lines end with {@code \n}; a {@code \r} before it is dropped. A last line without terminator
 * is a line. A UTF-8 byte order mark at the start of the stream is dropped from the first line's
 * text (offsets still count it). Text is decoded as UTF-8; a line that is not valid UTF-8 is
 * decoded as ISO-8859-1 (every byte kept as one character), except a cut line, decoded as UTF-8
 * with replacement characters since its end may split a character.
 *
 * <p>Not thread safe; one instance per stream. Does not close the stream.
 */
final class LineReader {
  private final InputStream in;
  private final byte[] buf = new byte[64 * 1024];
  private final byte[] line;
  private final CharsetDecoder strict =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private int pos;
  private int limit;
  private long consumed; // bytes of the stream before buf[pos]
  private long number;
  private boolean eof;

  LineReader(InputStream in, int maxLineBytes) {
    this.in = Objects.requireNonNull(in, "in");
    this.line = new byte[maxLineBytes];
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    long start = consumed + pos;
    int kept = 0;
    long length = 0;
    boolean sawByte = false;
    byte last = 0;
    while (true) {
      if (pos == limit && !fill()) {
        if (!sawByte) {
          return null;
        }
        break;
      }
      sawByte = true;
      int end = pos;
      while (end < limit && buf[end] != '\n') {
        end++;
      }
      int n = end - pos;
      if (n > 0) {
        last = buf[end - 1];
      }
      int room = Math.min(n, line.length - kept);
      System.arraycopy(buf, pos, line, kept, room);
      kept += room;
      length += n;
      pos = end;
      if (end < limit) {
        pos++; // the '\n'
        break;
      }
    }
    if (last == '\r') {
      length--;
      kept = (int) Math.min(kept, length);
    }
    boolean cut = length > kept;
    number++;
    int from = 0;
    if (start == 0 && kept >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB) {
      from = (line[2] & 0xff) == 0xBF ? 3 : 0;
    }
    return new Line(number, start, decode(from, kept - from, cut), length, cut);
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    consumed += limit;
    pos = 0;
    limit = 0;
    int n;
    do {
      n = in.read(buf, 0, buf.length);
    } while (n == 0);
    if (n < 0) {
      eof = true;
      return false;
    }
    limit = n;
    return true;
  }

  private boolean ascii(int from, int len) {
    for (int i = from, end = from + len; i < end; i++) {
      if (line[i] < 0) {
        return false;
      }
    }
    return true;
  }

  private String decode(int from, int len, boolean cut) {
    if (cut) {
      return new String(line, from, len, StandardCharsets.UTF_8);
    }
    if (ascii(from, len)) {
      // ASCII decodes to the same characters in UTF-8 and ISO-8859-1; the latter is a plain copy.
      return new String(line, from, len, StandardCharsets.ISO_8859_1);
    }
    try {
      return strict.decode(ByteBuffer.wrap(line, from, len)).toString();
    } catch (CharacterCodingException e) {
      return new String(line, from, len, StandardCharsets.ISO_8859_1);
    }
  }
}
