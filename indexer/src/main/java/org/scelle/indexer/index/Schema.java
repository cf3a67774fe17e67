package org.scelle.indexer.index;

import java.time.Instant;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.scelle.indexer.Fields;

/**
 * How each field is indexed, declared once for writing and querying.
 *
 * <ul>
 *   <li>{@code message}: full text (standard analyzer), stored, for search and highlighting;
 *   <li>{@code @timestamp}: epoch milliseconds as a point (ranges), a doc value (sorting) and
 *       stored;
 *   <li>every other field: an exact keyword (not analysed, so {@code source.ip:203.0.113.45} and
 *       {@code event.code:4624} match exactly), stored.
 * </ul>
 *
 * Keyword values are indexed as given and also lower-cased in a {@code .lc} twin for
 * case-insensitive matching (Windows names). Thread-safe.
 */
public final class Schema {
  /** Suffix of the lower-cased twin of a keyword field. */
  public static final String LOWER = ".lc";

  /**
   * The full-text fields, each with the class of its analyzer (public, with a no-argument
   * constructor); every other field is a keyword. Remote backends build their schema from this.
   */
  public static final Map<String, Class<? extends Analyzer>> TEXT_FIELDS =
      Map.of(Fields.MESSAGE, StandardAnalyzer.class);

  private Schema() {}

  /**
   * The analyzer for writing and for the query parser: text for {@code message}, keywords
   * elsewhere.
   */
  public static Analyzer analyzer() {
    Map<String, Analyzer> text = new java.util.HashMap<>();
    TEXT_FIELDS.forEach((f, c) -> text.put(f, newAnalyzer(c)));
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), text);
  }

  private static Analyzer newAnalyzer(Class<? extends Analyzer> c) {
    try {
      return c.getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("analyzer " + c.getName() + " cannot be made", e);
    }
  }

  /** Whether {@code field} is analysed full text. */
  public static boolean isText(String field) {
    return TEXT_FIELDS.containsKey(field);
  }

  /** Adds the time fields for {@code t}. */
  public static void addTimestamp(Document doc, Instant t) {
    long ms = t.toEpochMilli();
    doc.add(new LongPoint(Fields.TIMESTAMP, ms));
    doc.add(new NumericDocValuesField(Fields.TIMESTAMP, ms));
    doc.add(new StoredField(Fields.TIMESTAMP, t.toString()));
  }

  /** Adds a keyword field (exact, stored) and its lower-cased twin (indexed only). */
  public static void addKeyword(Document doc, String field, String value) {
    doc.add(new StringField(field, value, Field.Store.YES));
    String lower = value.toLowerCase(java.util.Locale.ROOT);
    doc.add(new StringField(field + LOWER, lower, Field.Store.NO));
  }

  /** Adds the full-text message, stored for display and highlighting. */
  public static void addText(Document doc, String field, String value) {
    doc.add(new TextField(field, value, Field.Store.YES));
  }

  /** Adds the document id: exact keyword plus a sorted doc value for stable ordering. */
  public static void addId(Document doc, String id) {
    doc.add(new StringField(Fields.DOC_ID, id, Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.DOC_ID, new BytesRef(id)));
  }
}
