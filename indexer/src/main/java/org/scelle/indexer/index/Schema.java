package org.scelle.indexer.index;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
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
import org.scelle.indexer.Fields;
import org.scelle.indexer.event.Locator;

/**
 * How each field is indexed, declared once for writing and querying.
 *
 * <ul>
 *   <li>{@code message}: full text (standard analyzer), stored, for search and highlighting;
 *   <li>{@code @timestamp}: epoch milliseconds as a point (ranges), a doc value (sorting) and
 *       stored;
 *   <li>{@code scelle.item.id}: an exact keyword, stored, and a sorted doc value; with the numeric
 *       doc value {@code scelle.seq}, the order of documents ({@link #addItem});
 *   <li>{@code scelle.locator}: stored, not indexed, its offset a numeric doc value ({@link
 *       #addLocator});
 *   <li>every other field: an exact keyword (not analysed, so {@code source.ip:203.0.113.45} and
 *       {@code event.code:4624} match exactly), stored.
 * </ul>
 *
 * Keyword values are indexed as given and, when lower-casing changes them, also lower-cased in a
 * {@code .lc} twin for case-insensitive matching (Windows names), except in the {@linkplain
 * #SINGLE_FORM single-form} fields: provenance, matched exactly, and the indicator fields whose
 * normal form is already lower case. A query of the twin of a single-form field goes to the field
 * itself ({@link #lowerField}); a query of another twin also asks the lower-case values of its
 * field ({@link TwinQueries#widen}), which hold the lower-cased form of the values without a twin.
 * Thread-safe.
 */
public final class Schema {
  /** Suffix of the lower-cased twin of a keyword field. */
  public static final String LOWER = ".lc";

  /** The {@link Fields#SEQ} of an item's marker: before the item's events. */
  public static final long MARKER_SEQ = -1;

  /**
   * The full-text fields, each with the class of its analyzer (public, with a no-argument
   * constructor); every other field is a keyword. Remote backends build their schema from this.
   */
  public static final Map<String, Class<? extends Analyzer>> TEXT_FIELDS =
      Map.of(Fields.MESSAGE, StandardAnalyzer.class);

  /**
   * Keyword fields indexed in one form only, without a {@code .lc} twin: the provenance fields
   * (identifiers, matched exactly: a case-insensitive match of an item id or a locator means
   * nothing) and the indicator fields whose values are lower case by construction (see {@link
   * org.scelle.indexer.ioc.IocExtractor}: IP addresses, domains, hashes), whose twin would repeat
   * the same term. A twin costs a second inverted term per value, and the provenance fields are on
   * every event.
   */
  public static final Set<String> SINGLE_FORM =
      Set.of(
          Fields.DOC_ID,
          Fields.KIND,
          Fields.ITEM_ID,
          Fields.ITEM_SHA256,
          Fields.LOCATOR,
          Fields.FORMAT,
          Fields.IOC_IPV4,
          Fields.IOC_IPV6,
          Fields.IOC_DOMAIN,
          Fields.IOC_MD5,
          Fields.IOC_SHA1,
          Fields.IOC_SHA256);

  private Schema() {}

  /**
   * The field that matches {@code field} case-insensitively, for lower-cased query values: its
   * {@code .lc} twin, or the field itself for a {@linkplain #SINGLE_FORM single-form} field. Also
   * maps a twin name that was given ({@code ioc.domain.lc}) to the field that holds it.
   */
  public static String lowerField(String field) {
    if (field.endsWith(LOWER)) {
      String base = field.substring(0, field.length() - LOWER.length());
      return SINGLE_FORM.contains(base) ? base : field;
    }
    return SINGLE_FORM.contains(field) ? field : field + LOWER;
  }

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
    doc.add(new StoredField(Fields.TIMESTAMP, InstantText.of(t)));
  }

  /**
   * Adds a keyword field (exact, stored), other than {@link Fields#ITEM_ID} ({@link #addItem}),
   * and, unless it is {@linkplain #SINGLE_FORM single-form} or the value is in lower case already,
   * its lower-cased twin (indexed only). A value without upper-case characters is its own
   * lower-cased form: its twin would repeat the same term in a second field, so queries of the twin
   * find it in the field ({@link TwinQueries}).
   */
  public static void addKeyword(Document doc, String field, String value) {
    if (field.equals(Fields.ITEM_ID)) {
      // it comes with the document order's doc values, which every document must have
      throw new IllegalArgumentException(Fields.ITEM_ID + " is added by Schema.addItem");
    }
    if (field.equals(Fields.LOCATOR)) {
      // a locator query finds it through its offset, not a term
      throw new IllegalArgumentException(Fields.LOCATOR + " is added by Schema.addLocator");
    }
    doc.add(new StringField(field, value, Field.Store.YES));
    if (!SINGLE_FORM.contains(field)) {
      String lower = value.toLowerCase(java.util.Locale.ROOT);
      if (!lower.equals(value)) {
        doc.add(new StringField(field + LOWER, lower, Field.Store.NO));
      }
    }
  }

  /** Adds the full-text message, stored for display and highlighting. */
  public static void addText(Document doc, String field, String value) {
    doc.add(new TextField(field, value, Field.Store.YES));
  }

  /**
   * Adds the item id (an exact keyword, stored) and the document's place in the order of documents:
   * the item id as a sorted doc value and {@code seq} as the numeric doc value {@link Fields#SEQ}.
   * Every document of the index has both, so every backend sorts by item id, then position, and two
   * documents never tie. An event's id ({@code <item id>#<locator>}) is neither indexed nor stored:
   * it is unique per event, and a unique term costs the indexer most (its hash entry, its sort at
   * flush, and the same again as a sorted doc value); {@link #docId} gives it back.
   *
   * @param seq the event's position in its item (0, 1, 2... in the order its source reads them), or
   *     {@link #MARKER_SEQ} for the item's marker
   */
  public static void addItem(Document doc, String itemId, long seq) {
    StringField term = new StringField(Fields.ITEM_ID, itemId, Field.Store.YES);
    doc.add(term);
    // the term's UTF-8 bytes, encoded once: the doc-values writer copies them
    doc.add(new SortedDocValuesField(Fields.ITEM_ID, term.binaryValue()));
    doc.add(new NumericDocValuesField(Fields.SEQ, seq));
  }

  /**
   * Adds an event's locator: stored, not indexed, with its byte offset as the numeric doc value
   * {@link Fields#OFFSET}. A locator is unique to its event, and a unique term costs the indexer
   * most (see {@link #addItem}); {@link LocatorQuery} finds the events of a locator by their
   * offset, then compares the stored text.
   */
  public static void addLocator(Document doc, Locator locator) {
    doc.add(new StoredField(Fields.LOCATOR, locator.toString()));
    doc.add(new NumericDocValuesField(Fields.OFFSET, locator.offset()));
  }

  /**
   * Adds the id of a marker document (indexed, not stored), by which the marker is replaced. See
   * {@link #docId}.
   */
  public static void addMarkerId(Document doc, String id) {
    doc.add(new StringField(Fields.DOC_ID, id, Field.Store.NO));
  }

  /**
   * The id of a document read back from the index: {@code item:<item id>} for an item's marker,
   * {@code <item id>#<locator>} for any other document.
   */
  public static String docId(Document doc) {
    String item = doc.get(Fields.ITEM_ID);
    return CaseIndex.KIND_ITEM.equals(doc.get(Fields.KIND))
        ? CaseIndex.markerId(item)
        : item + "#" + doc.get(Fields.LOCATOR);
  }
}
