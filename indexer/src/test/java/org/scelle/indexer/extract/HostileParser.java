package org.scelle.indexer.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * A test-only Tika parser that behaves like the worst real parser bugs, on files that start with
 * {@code SCELLE-HOSTILE} (type {@code application/x-scelle-hostile}, declared in the test
 * resources' {@code custom-mimetypes.xml}): followed by {@code LOOP} it writes a little text and
 * then spins forever, as Tika's MP3, CHM and IPTC parsers once did on crafted input
 * (CVE-2021-28657, CVE-2018-1339, CVE-2018-8017, all fixed in the Tika used here); followed by
 * {@code OOM} it allocates until the heap is exhausted, as the PSD parser once did (CVE-2020-1950).
 * The worker loads it through Tika's service loader because the test class path is its class path.
 */
public class HostileParser implements Parser {
  private static final long serialVersionUID = 1L;
  static final MediaType TYPE = MediaType.application("x-scelle-hostile");

  @Override
  public Set<MediaType> getSupportedTypes(ParseContext context) {
    return Set.of(TYPE);
  }

  @Override
  public void parse(
      InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
      throws IOException, SAXException {
    String head = new String(stream.readNBytes(64), StandardCharsets.ISO_8859_1);
    XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
    xhtml.startDocument();
    xhtml.element("p", "before the trouble");
    if (head.contains("LOOP")) {
      while (!Thread.currentThread().isInterrupted()) {
        Thread.onSpinWait();
      }
    } else if (head.contains("OOM")) {
      List<long[]> hog = new ArrayList<>();
      while (hog.size() >= 0) {
        hog.add(new long[1 << 20]);
      }
    }
    xhtml.endDocument();
  }
}
