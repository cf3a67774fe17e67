package org.scelle.indexer.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.scelle.indexer.Fields;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Receives the text of an item and of the documents embedded in it (the worker side), cuts it into
 * chunks on whitespace and hands them to a sink as they fill, so that no more than two chunks per
 * open document are ever held. The first chunk of each document is held until the document ends, to
 * carry its metadata. Stops the parse with {@link WriteLimitReached} once the item's text reaches
 * the write limit. Not thread safe: one instance per item.
 */
final class DocumentText extends DefaultHandler {

  /** Where chunks go. An {@link IOException} there means the indexer is gone. */
  interface Sink {
    void accept(TextChunk chunk) throws IOException;
  }

  /** Stops the parse when the write limit is reached. */
  static final class WriteLimitReached extends SAXException {
    private static final long serialVersionUID = 1L;

    WriteLimitReached(long limit) {
      super("write limit of " + limit + " characters reached");
    }
  }

  private static final class Doc {
    final String path;
    final StringBuilder buf = new StringBuilder();
    int next = 1;
    TextChunk first;

    Doc(String path) {
      this.path = path;
    }
  }

  private final Sink sink;
  private final int chunkChars;
  private final long maxChars;
  private final Deque<Doc> open = new ArrayDeque<>();
  private long kept;
  private long chunks;
  private boolean truncated;

  DocumentText(Sink sink, int chunkChars, long maxChars) {
    this.sink = sink;
    this.chunkChars = chunkChars;
    this.maxChars = maxChars;
  }

  /** Starts a document (the item's, then each embedded one); its text goes to it until it ends. */
  void begin(String embeddedPath) {
    open.push(new Doc(embeddedPath));
  }

  /**
   * Ends the innermost open document: hands over the rest of its text and its first chunk, with
   * {@code metadata}. A document without text still gets a first, empty, chunk when its metadata
   * says more than its content type (an image's title or dates).
   */
  void end(Map<String, String> metadata) {
    Doc d = open.pop();
    if (d.buf.length() > 0) {
      emit(d, d.buf.toString());
      d.buf.setLength(0);
    }
    if (d.first != null) {
      send(new TextChunk(d.path, 1, d.first.text(), metadata));
    } else if (d.next == 1 && says(metadata)) {
      send(new TextChunk(d.path, 1, "", metadata));
    }
  }

  /** Whether the metadata says more than the content type. */
  private static boolean says(Map<String, String> metadata) {
    return metadata.size() > (metadata.containsKey(Fields.FILE_MIME_TYPE) ? 1 : 0);
  }

  /** Whether any document is still open. */
  boolean isOpen() {
    return !open.isEmpty();
  }

  boolean truncated() {
    return truncated;
  }

  long characters() {
    return kept;
  }

  long chunks() {
    return chunks;
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (truncated) {
      throw new WriteLimitReached(maxChars);
    }
    Doc d = open.peek();
    if (d == null) {
      return;
    }
    int room = (int) Math.min(length, maxChars - kept);
    d.buf.append(ch, start, room);
    kept += room;
    while (d.buf.length() >= chunkChars) {
      int cut = cutPoint(d.buf);
      String text = d.buf.substring(0, cut);
      d.buf.delete(0, cut);
      emit(d, text);
    }
    if (room < length) {
      truncated = true;
      throw new WriteLimitReached(maxChars);
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    characters(ch, start, length);
  }

  /** After the last whitespace of the chunk's last quarter, or at the chunk's size. */
  private int cutPoint(StringBuilder buf) {
    for (int i = chunkChars; i > chunkChars - chunkChars / 4; i--) {
      if (Character.isWhitespace(buf.charAt(i - 1))) {
        return i;
      }
    }
    return Character.isHighSurrogate(buf.charAt(chunkChars - 1)) ? chunkChars - 1 : chunkChars;
  }

  private void emit(Doc d, String text) {
    TextChunk c = new TextChunk(d.path, d.next++, text, null);
    if (c.number() == 1) {
      d.first = c;
    } else {
      send(c);
    }
  }

  private void send(TextChunk c) {
    try {
      sink.accept(c);
      chunks++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot hand a chunk to the indexer", e);
    }
  }
}
