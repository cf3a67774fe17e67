package org.scelle.indexer.index;

import java.util.Map;
import org.apache.lucene.document.Document;
import org.scelle.custody.item.ItemRecord;
import org.scelle.indexer.Fields;
import org.scelle.indexer.event.Event;

/** Builds the Lucene document of an event, with its provenance. Stateless. */
public final class EventDocuments {
  /** The value of {@link Fields#KIND} for event documents. */
  public static final String KIND_EVENT = "event";

  private EventDocuments() {}

  /**
   * The document of {@code event}, read from {@code item} as its {@code seq}-th event, with the
   * extra keyword fields {@code extra} (for example extracted indicators), each possibly
   * multi-valued. Its deterministic id, {@code <item id>#<locator>}, is {@link Schema#docId}.
   */
  public static Document of(
      ItemRecord item, Event event, long seq, Map<String, ? extends Iterable<String>> extra) {
    Document doc = new Document();
    Schema.addKeyword(doc, Fields.KIND, KIND_EVENT);
    Schema.addItem(doc, item.id(), seq);
    Schema.addKeyword(doc, Fields.ITEM_SHA256, item.sha256());
    Schema.addKeyword(doc, Fields.ITEM_HOST, item.host());
    Schema.addLocator(doc, event.locator());
    Schema.addKeyword(doc, Fields.FORMAT, event.format());
    if (event.timestamp() != null) {
      Schema.addTimestamp(doc, event.timestamp());
    }
    if (event.timeNote() != null) {
      Schema.addKeyword(doc, Fields.TIME_NOTE, event.timeNote());
    }
    Schema.addText(doc, Fields.MESSAGE, event.message());
    for (Map.Entry<String, String> f : event.fields().entrySet()) {
      if (!Schema.isText(f.getKey()) && f.getValue() != null && !f.getValue().isEmpty()) {
        Schema.addKeyword(doc, f.getKey(), f.getValue());
      }
    }
    for (Map.Entry<String, ? extends Iterable<String>> f : extra.entrySet()) {
      for (String v : f.getValue()) {
        Schema.addKeyword(doc, f.getKey(), v);
      }
    }
    return doc;
  }
}
