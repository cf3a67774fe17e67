package org.scelle.solr;

import java.util.Collection;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.scelle.indexer.Fields;

/**
 * Converts the indexer's Lucene documents to Solr documents and Solr's answers back to stored
 * fields, so both backends hold and return the same values. Stateless.
 */
final class SolrDocuments {
  private SolrDocuments() {}

  /**
   * The Solr document of a Lucene document built by {@link org.scelle.indexer.index.Schema}, with
   * id {@code id} as {@link Fields#DOC_ID} (Solr's unique key): every indexed or stored string value
   * under its own name (the {@code .lc} twins included, as the local index holds them), {@code
   * @timestamp}'s point as {@link ConfigSet#TIME_MS}, the position {@link Fields#SEQ}; other doc
   * values are Solr's to build.
   *
   * @throws IllegalArgumentException naming the field when it is a point other than the time
   */
  static SolrInputDocument toSolr(String id, Document doc) {
    SolrInputDocument out = new SolrInputDocument();
    out.addField(Fields.DOC_ID, id);
    for (IndexableField f : doc.getFields()) {
      if (f.name().equals(Fields.DOC_ID)) {
        continue;
      }
      if (f.name().equals(Fields.SEQ)) {
        out.addField(Fields.SEQ, f.numericValue().longValue());
        continue;
      }
      if (f.fieldType().pointDimensionCount() > 0) {
        if (!f.name().equals(Fields.TIMESTAMP)) {
          throw new IllegalArgumentException(
              "field "
                  + f.name()
                  + ": points other than "
                  + Fields.TIMESTAMP
                  + " have no Solr form");
        }
        out.addField(ConfigSet.TIME_MS, f.numericValue().longValue());
        continue;
      }
      boolean onlyDocValues =
          f.fieldType().docValuesType() != DocValuesType.NONE
              && f.fieldType().indexOptions() == IndexOptions.NONE
              && !f.fieldType().stored();
      if (onlyDocValues || f.stringValue() == null) {
        continue;
      }
      out.addField(f.name(), f.stringValue());
    }
    return out;
  }

  /**
   * The stored fields of a Solr answer, as the local index returns them: without the unique key,
   * which the local index does not store ({@link org.scelle.indexer.index.Schema#docId} gives it).
   */
  static Document fromSolr(SolrDocument doc) {
    Document out = new Document();
    for (Map.Entry<String, Object> e : doc) {
      String name = e.getKey();
      if (name.equals("_version_")
          || name.equals("score")
          || name.equals(ConfigSet.TIME_MS)
          || name.equals(Fields.DOC_ID)) {
        continue;
      }
      if (e.getValue() instanceof Collection<?> values) {
        for (Object v : values) {
          out.add(new StoredField(name, String.valueOf(v)));
        }
      } else if (e.getValue() != null) {
        out.add(new StoredField(name, String.valueOf(e.getValue())));
      }
    }
    return out;
  }
}
