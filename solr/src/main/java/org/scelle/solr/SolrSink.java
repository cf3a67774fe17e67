package org.scelle.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.common.SolrInputDocument;
import org.scelle.indexer.Fields;
import org.scelle.indexer.index.CaseIndex;
import org.scelle.indexer.index.DocumentSink;

/**
 * Writes documents into a SolrCloud collection in batches of {@link #BATCH}, in the order they
 * come: a batch is sent before a delete or a commit, so an item's marker always follows its events.
 * A failed batch is sent again whole ({@link Retry}); documents replace by id, so a retry neither
 * loses nor duplicates any. Thread-safe (one batch, sent under this object's lock). Closing closes
 * the client; documents not yet committed are left to Solr's auto-commit.
 */
final class SolrSink implements DocumentSink {
  /** Documents per request. */
  static final int BATCH = 500;

  private final CloudSolrClient client;
  private final String collection;
  private final Retry retry;
  private final int batchSize;
  private final List<SolrInputDocument> batch = new ArrayList<>();

  SolrSink(CloudSolrClient client, String collection, Retry retry, int batchSize) {
    this.client = client;
    this.collection = collection;
    this.retry = retry;
    this.batchSize = batchSize;
  }

  @Override
  public synchronized void add(String id, Document doc) throws IOException {
    batch.add(SolrDocuments.toSolr(id, doc));
    if (batch.size() >= batchSize) {
      flush();
    }
  }

  @Override
  public synchronized void deleteItem(String itemId) throws IOException {
    flush();
    String q = "{!term f=" + Fields.ITEM_ID + "}" + itemId;
    retry.run(
        "deleting the documents of item " + itemId, () -> client.deleteByQuery(collection, q));
  }

  @Override
  public synchronized void markItem(
      String itemId, String sha256, String status, long events, String note) throws IOException {
    add(CaseIndex.markerId(itemId), CaseIndex.marker(itemId, sha256, status, events, note));
  }

  @Override
  public synchronized void commit() throws IOException {
    flush();
    retry.run("committing", () -> client.commit(collection, true, true));
  }

  private void flush() throws IOException {
    if (batch.isEmpty()) {
      return;
    }
    List<SolrInputDocument> docs = List.copyOf(batch);
    retry.run("sending " + docs.size() + " documents", () -> client.add(collection, docs));
    batch.clear();
  }

  @Override
  public synchronized void close() throws IOException {
    client.close();
  }
}
