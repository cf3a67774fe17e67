package org.scelle.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.solr.common.cloud.ZkStateReader;
import org.scelle.custody.vault.VaultException;
import org.scelle.indexer.Fields;
import org.scelle.indexer.index.CaseIndex;
import org.scelle.indexer.index.DocumentSearch;
import org.scelle.indexer.index.DocumentSink;
import org.scelle.indexer.index.IndexBackend;

/**
 * The case index on a SolrCloud collection ({@link SolrTarget}). Writing creates the collection
 * when absent, from the configset generated from the indexer's schema ({@link ConfigSet}, uploaded
 * to ZooKeeper under its digest name); reading requires it. Several processes on several machines
 * may write into one collection at once: documents have deterministic ids. Immutable.
 */
public final class SolrBackend implements IndexBackend {
  /** How long to wait for ZooKeeper at connection. */
  static final Duration CONNECT = Duration.ofSeconds(15);

  private final SolrTarget target;
  private final Duration retryFor;

  /**
   * @param retryFor how long a failing request is tried again (a node down, a leader election)
   */
  public SolrBackend(SolrTarget target, Duration retryFor) {
    this.target = target;
    this.retryFor = retryFor;
  }

  public SolrTarget target() {
    return target;
  }

  @Override
  public String describe() {
    return "solr-"
        + SolrVersion.SOLR
        + " lucene-"
        + org.apache.lucene.util.Version.LATEST
        + ": "
        + target.where();
  }

  /** A connected client; the caller closes it. */
  CloudSolrClient connect() throws IOException {
    CloudSolrClient client =
        new CloudSolrClient.Builder(target.hosts(), target.chroot())
            .withZkConnectTimeout((int) CONNECT.toMillis(), TimeUnit.MILLISECONDS)
            .withZkClientTimeout(30, TimeUnit.SECONDS)
            .build();
    try {
      client.connect(CONNECT.toMillis(), TimeUnit.MILLISECONDS);
      return client;
    } catch (TimeoutException | RuntimeException e) {
      closeQuietly(client);
      throw new IOException(
          "cannot reach the SolrCloud cluster at ZooKeeper "
              + target.zkHosts()
              + " within "
              + CONNECT.toSeconds()
              + " s: "
              + e.getMessage(),
          e);
    } catch (InterruptedException e) {
      closeQuietly(client);
      Thread.currentThread().interrupt();
      throw new IOException("interrupted connecting to ZooKeeper " + target.zkHosts(), e);
    }
  }

  private static void closeQuietly(CloudSolrClient c) {
    try {
      c.close();
    } catch (IOException | RuntimeException suppressed) {
      // The connection failure is what the caller reports.
    }
  }

  private boolean exists(CloudSolrClient client) throws IOException {
    return retry()
        .run(
            "listing collections",
            () -> CollectionAdminRequest.listCollections(client).contains(target.collection()));
  }

  Retry retry() {
    return new Retry(retryFor, target.where());
  }

  @Override
  public Map<String, String> indexedItems() throws IOException {
    Map<String, String> out = new HashMap<>();
    try (CloudSolrClient client = connect()) {
      if (!exists(client)) {
        return out;
      }
      try (SolrSearch s = new SolrSearch(client, false, target.collection(), retry())) {
        TermQuery markers = new TermQuery(new Term(Fields.KIND, CaseIndex.KIND_ITEM));
        Object after = null;
        do {
          DocumentSearch.Page p =
              s.page(markers, DocumentSearch.Order.ID, DocumentSearch.PAGE, after, false);
          for (DocumentSearch.Doc d : p.docs()) {
            out.put(d.stored().get(Fields.ITEM_ID), d.stored().get(Fields.ITEM_SHA256));
          }
          after = p.after();
        } while (after != null);
      }
    }
    return out;
  }

  @Override
  public DocumentSink openForWriting() throws IOException {
    CloudSolrClient client = connect();
    try {
      ensureCollection(client);
      return new SolrSink(client, target.collection(), retry(), SolrSink.BATCH);
    } catch (IOException | RuntimeException e) {
      closeQuietly(client);
      throw e;
    }
  }

  @Override
  public DocumentSearch openForReading() throws IOException {
    CloudSolrClient client = connect();
    try {
      if (!exists(client)) {
        throw new VaultException(
            target.where() + ": no such collection; run 'scelle index' with --solr first");
      }
      checkConfigSet(client);
      return new SolrSearch(client, true, target.collection(), retry());
    } catch (IOException | RuntimeException e) {
      closeQuietly(client);
      throw e;
    }
  }

  /**
   * Checks that the collection was made with this version's configset: another schema (an earlier
   * document order, say) would sort or match differently.
   *
   * @throws VaultException naming both configsets otherwise
   */
  private void checkConfigSet(CloudSolrClient client) throws IOException {
    String made =
        retry()
            .run(
                "reading the collection's state",
                () ->
                    client
                        .getClusterStateProvider()
                        .getCollection(target.collection())
                        .getConfigName());
    String current = ConfigSet.current().name();
    if (!current.equals(made)) {
      throw new VaultException(
          target.where()
              + ": the collection was made with configset "
              + made
              + ", and this version of scelle uses "
              + current
              + "; index into a new collection, or delete this one and index again");
    }
  }

  private void ensureCollection(CloudSolrClient client) throws IOException {
    if (exists(client)) {
      checkConfigSet(client);
      return;
    }
    ConfigSet cs = ConfigSet.current();
    ZkStateReader reader =
        ((ZkClientClusterStateProvider) client.getClusterStateProvider()).getZkStateReader();
    SolrZkClient zk = reader.getZkClient();
    Path dir = Files.createTempDirectory("scelle-configset");
    try {
      cs.writeTo(dir);
      if (!zk.exists("/configs/" + cs.name(), true)) {
        zk.uploadToZK(dir, "/configs/" + cs.name(), null);
      }
    } catch (org.apache.zookeeper.KeeperException e) {
      throw new IOException(target.where() + ": uploading configset " + cs.name() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(target.where() + ": interrupted uploading the configset", e);
    } finally {
      for (String f : cs.files().keySet()) {
        Files.deleteIfExists(dir.resolve(f));
      }
      Files.deleteIfExists(dir);
    }
    try {
      CollectionAdminRequest.createCollection(
              target.collection(), cs.name(), target.shards(), target.replicas())
          .process(client);
    } catch (SolrServerException | RuntimeException e) {
      // Another scelle process may have created it meanwhile.
      if (!exists(client)) {
        throw new IOException(
            target.where() + ": cannot create the collection: " + e.getMessage(), e);
      }
    }
    try {
      reader.waitForState(
          target.collection(),
          2,
          TimeUnit.MINUTES,
          (DocCollection c) ->
              c != null
                  && c.getSlices().size() == target.shards()
                  && c.getReplicas().size() == target.shards() * target.replicas()
                  && c.getReplicas().stream().allMatch(r -> r.getState() == Replica.State.ACTIVE)
                  && c.getSlices().stream().allMatch(s -> s.getLeader() != null));
    } catch (TimeoutException e) {
      throw new IOException(target.where() + ": the new collection has no leaders after 2 min", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(target.where() + ": interrupted waiting for the collection", e);
    }
  }
}
