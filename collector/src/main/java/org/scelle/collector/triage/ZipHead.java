package org.scelle.collector.triage;

import static org.scelle.collector.triage.ContentDetector.ascii;
import static org.scelle.collector.triage.ContentDetector.indexOf;
import static org.scelle.collector.triage.ContentDetector.le32;
import static org.scelle.collector.triage.ContentDetector.starts;

import java.nio.charset.StandardCharsets;

/**
 * Tells the formats built on ZIP apart by walking the local file headers found in the head of the
 * file: OOXML by its part names ({@code word/}, {@code xl/}, {@code ppt/}), ODF and EPUB by their
 * leading {@code mimetype} entry, JAR by its manifest. Stateless.
 */
final class ZipHead {

  private static final byte[] LOCAL_HEADER = ascii("PK\3\4");
  private static final int MAX_ENTRIES = 256;

  private ZipHead() {}

  /**
   * The type of a ZIP file whose first {@code n} bytes are {@code h}; {@code application/zip} by
   * default.
   */
  static String detect(byte[] h, int n) {
    int p = 0;
    for (int entry = 0; entry < MAX_ENTRIES && p + 30 <= n && starts(h, n, p, "PK\3\4"); entry++) {
      int flags = le16(h, p + 6);
      long compressed = le32(h, p + 18);
      int nameLength = le16(h, p + 26);
      int extraLength = le16(h, p + 28);
      if (p + 30 + nameLength > n) {
        break;
      }
      String name = new String(h, p + 30, nameLength, StandardCharsets.UTF_8);
      int data = p + 30 + nameLength + extraLength;
      String type =
          entry == 0 && name.equals("mimetype") ? mimetype(h, n, data, compressed) : byName(name);
      if (type != null) {
        return type;
      }
      long next =
          (flags & 8) != 0 || compressed == 0xFFFFFFFFL
              ? nextHeader(h, n, data)
              : data + compressed;
      if (next < 0 || next >= n) {
        break;
      }
      p = (int) next;
    }
    return ContentDetector.ZIP;
  }

  private static String byName(String name) {
    if (name.startsWith("word/")) {
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }
    if (name.startsWith("xl/")) {
      return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
    if (name.startsWith("ppt/")) {
      return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    }
    if (name.equals("META-INF/MANIFEST.MF")) {
      return "application/java-archive";
    }
    return null;
  }

  /** The content of a stored {@code mimetype} entry (ODF, EPUB), when it looks like a MIME type. */
  private static String mimetype(byte[] h, int n, int data, long length) {
    if (length <= 0 || length > 100 || data + length > n) {
      return null;
    }
    String value = new String(h, data, (int) length, StandardCharsets.US_ASCII);
    return value.matches("application/[a-z0-9.+-]+") ? value : null;
  }

  private static long nextHeader(byte[] h, int n, int from) {
    if (from >= n) {
      return -1;
    }
    byte[] rest = new byte[n - from];
    System.arraycopy(h, from, rest, 0, rest.length);
    int i = indexOf(rest, rest.length, LOCAL_HEADER);
    return i < 0 ? -1 : from + i;
  }

  private static int le16(byte[] h, int at) {
    return (h[at] & 0xFF) | (h[at + 1] & 0xFF) << 8;
  }
}
