package org.scelle.indexer.extract;

import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;
import org.scelle.indexer.Fields;

/**
 * The part of Tika's metadata worth indexing, under the index's field names: the detected content
 * type ({@code file.mime_type}), the title, the authors, and the creation and modification times
 * the document states (UTC, RFC 3339). Stateless.
 */
final class Metadatas {
  private static final int MAX_VALUE = 1024;

  private Metadatas() {}

  static Map<String, String> kept(Metadata md) {
    Map<String, String> out = new TreeMap<>();
    String type = md.get(Metadata.CONTENT_TYPE);
    if (type != null) {
      put(out, Fields.FILE_MIME_TYPE, contentType(type));
    }
    put(out, Fields.DOCUMENT_TITLE, md.get(TikaCoreProperties.TITLE));
    Set<String> authors = new LinkedHashSet<>();
    for (String a : md.getValues(TikaCoreProperties.CREATOR)) {
      if (a != null && !a.isBlank()) {
        authors.add(a.strip());
      }
    }
    if (!authors.isEmpty()) {
      put(out, Fields.DOCUMENT_AUTHOR, String.join("; ", authors));
    }
    put(out, Fields.DOCUMENT_CREATED, utc(md, TikaCoreProperties.CREATED));
    put(out, Fields.DOCUMENT_MODIFIED, utc(md, TikaCoreProperties.MODIFIED));
    return out;
  }

  /** The MIME type without its parameters: {@code text/html} for {@code text/html; charset=x}. */
  static String contentType(String type) {
    int semi = type.indexOf(';');
    return (semi < 0 ? type : type.substring(0, semi)).strip();
  }

  private static String utc(Metadata md, Property p) {
    Date d = md.getDate(p);
    return d == null ? null : d.toInstant().toString();
  }

  private static void put(Map<String, String> out, String field, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    String v = value.strip();
    out.put(field, v.length() > MAX_VALUE ? v.substring(0, MAX_VALUE) : v);
  }
}
