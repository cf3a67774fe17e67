package org.scelle.indexer.extract;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.apache.tika.exception.CorruptedFileException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.EmbeddedContentHandler;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Opens the documents embedded in an item (archive entries, attachments, objects in office files,
 * decompressed streams) on the worker side, within the item's limits: no deeper than {@code
 * maxDepth}, and no more than {@code maxUnpackedBytes} read from all of them together (an entry
 * that declares more is not opened; reading past the budget fails the entry). Gives each its
 * embedded path and hands its text and metadata to {@link DocumentText}. A failure inside an
 * embedded document is counted and does not stop its container, as in Tika's own extractor, except
 * a breach of the budget, which stops all further unpacking. Not thread safe: one instance per
 * item.
 */
final class LimitedEmbeddedExtractor implements EmbeddedDocumentExtractor {
  /** Longest name of one level of an embedded path. */
  private static final int MAX_NAME = 255;

  /** Thrown when the unpacked bytes exceed the budget. */
  static final class UnpackLimitReached extends IOException {
    private static final long serialVersionUID = 1L;

    UnpackLimitReached(String message) {
      super(message);
    }
  }

  private final ParseContext context;
  private final DocumentText text;
  private final int maxDepth;
  private final long maxUnpacked;
  private final Deque<String> path = new ArrayDeque<>();
  private final Deque<Map<String, Integer>> names = new ArrayDeque<>();
  private long unpacked;
  private String bomb;
  private String tooDeep;
  private int failed;
  private String firstFailure;

  LimitedEmbeddedExtractor(
      ParseContext context, DocumentText text, int maxDepth, long maxUnpackedBytes) {
    this.context = context;
    this.text = text;
    this.maxDepth = maxDepth;
    this.maxUnpacked = maxUnpackedBytes;
    names.push(new HashMap<>());
  }

  /** Why unpacking stopped as a zip bomb, or null. */
  String bomb() {
    return bomb;
  }

  /** The first document not opened for being too deep, or null. */
  String tooDeep() {
    return tooDeep;
  }

  /** Embedded documents whose parsing failed (their container's text is still kept). */
  int failed() {
    return failed;
  }

  /** Why the first failed embedded document failed, or null. */
  String firstFailure() {
    return firstFailure;
  }

  /** Records a zip bomb that Tika's own guard found inside an embedded document. */
  void bomb(String reason) {
    if (bomb == null) {
      bomb = reason;
    }
  }

  @Override
  public boolean shouldParseEmbedded(Metadata metadata) {
    if (bomb != null) {
      return false;
    }
    if (path.size() >= maxDepth) {
      noteTooDeep(metadata);
      return false;
    }
    String declared = metadata.get(Metadata.CONTENT_LENGTH);
    if (declared != null) {
      try {
        long size = Long.parseLong(declared.trim());
        if (size > maxUnpacked - unpacked) {
          bomb =
              "embedded document "
                  + childPath(name(metadata))
                  + " declares "
                  + size
                  + " bytes, over the unpack limit of "
                  + maxUnpacked
                  + " bytes ("
                  + unpacked
                  + " already unpacked)";
          return false;
        }
      } catch (NumberFormatException e) {
        // an unreadable declared size declares nothing: the budget still applies when reading
      }
    }
    return true;
  }

  @Override
  public void parseEmbedded(
      InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
      throws SAXException, IOException {
    if (bomb != null) {
      return;
    }
    if (path.size() >= maxDepth) {
      noteTooDeep(metadata);
      return;
    }
    String name = unique(name(metadata));
    String embeddedPath = childPath(name);
    path.push(embeddedPath);
    names.push(new HashMap<>());
    text.begin(embeddedPath);
    try {
      if (outputHtml) {
        AttributesImpl attributes = new AttributesImpl();
        attributes.addAttribute("", "class", "class", "CDATA", "package-entry");
        handler.startElement(XHTMLContentHandler.XHTML, "div", "div", attributes);
      }
      parse(stream, handler, metadata, embeddedPath);
      if (outputHtml) {
        handler.endElement(XHTMLContentHandler.XHTML, "div", "div");
      }
    } finally {
      text.end(Metadatas.kept(metadata));
      names.pop();
      path.pop();
    }
  }

  private void parse(
      InputStream stream, ContentHandler handler, Metadata metadata, String embeddedPath)
      throws SAXException, IOException {
    Parser parser = context.get(Parser.class, EmptyParser.INSTANCE);
    try (TemporaryResources tmp = new TemporaryResources()) {
      TikaInputStream in = TikaInputStream.get(new Unpacked(stream), tmp, metadata);
      if (stream instanceof TikaInputStream t && t.getOpenContainer() != null) {
        in.setOpenContainer(t.getOpenContainer(), t.getLength());
      }
      parser.parse(
          in, new EmbeddedContentHandler(new BodyContentHandler(handler)), metadata, context);
    } catch (CorruptedFileException e) {
      throw new IOException(e); // as Tika does: a corrupt container must not be walked on
    } catch (EncryptedDocumentException e) {
      fail(embeddedPath, "encrypted");
    } catch (TikaException e) {
      String suspected = Failures.zipBomb(e);
      if (suspected != null) {
        bomb("in " + embeddedPath + ": " + suspected);
      } else {
        fail(embeddedPath, Failures.describe(e));
      }
    }
  }

  private void fail(String embeddedPath, String why) {
    failed++;
    if (firstFailure == null) {
      firstFailure = embeddedPath + ": " + why;
    }
  }

  private void noteTooDeep(Metadata metadata) {
    if (tooDeep == null) {
      tooDeep =
          "embedded document "
              + childPath(name(metadata))
              + " is deeper than the depth limit of "
              + maxDepth;
    }
  }

  private String childPath(String name) {
    return path.isEmpty() ? name : path.peek() + "!/" + name;
  }

  private static String name(Metadata metadata) {
    String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
    if (name == null || name.isBlank()) {
      name = metadata.get(TikaCoreProperties.EMBEDDED_RELATIONSHIP_ID);
    }
    if (name == null || name.isBlank()) {
      name = "embedded";
    }
    name = name.replace("!/", "!_");
    return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
  }

  /** The name, suffixed {@code ~2}, {@code ~3}... when a sibling already has it. */
  private String unique(String name) {
    int n = names.peek().merge(name, 1, Integer::sum);
    return n == 1 ? name : name + "~" + n;
  }

  /** Counts what embedded documents unpack against the item's budget; never closes its source. */
  private final class Unpacked extends FilterInputStream {
    Unpacked(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = super.skip(n);
      if (s > 0) {
        count(s);
      }
      return s;
    }

    @Override
    public void close() {
      // the parser that opened the stream closes it
    }

    private void count(long n) throws UnpackLimitReached {
      unpacked += n;
      if (unpacked > maxUnpacked) {
        bomb(
            "embedded documents unpack to more than the unpack limit of " + maxUnpacked + " bytes");
        throw new UnpackLimitReached(bomb);
      }
    }
  }
}
