package org.scelle.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.scelle.custody.identity.Identity;
import org.scelle.custody.item.ItemRecord;
import org.scelle.custody.testing.References;
import org.scelle.custody.testing.TestIdentity;
import org.scelle.custody.vault.Vault;
import org.scelle.custody.vault.VaultException;
import org.scelle.indexer.Fields;
import org.scelle.indexer.hunt.FeedLoader;
import org.scelle.indexer.hunt.HuntResult;
import org.scelle.indexer.hunt.HuntRun;
import org.scelle.indexer.hunt.Hunter;
import org.scelle.indexer.hunt.IndicatorType;
import org.scelle.indexer.index.CaseSearcher;
import org.scelle.indexer.index.DocumentSearch;
import org.scelle.indexer.index.DocumentSink;
import org.scelle.indexer.index.IndexBackend;
import org.scelle.indexer.index.IndexConfig;
import org.scelle.indexer.index.IndexRun;
import org.scelle.indexer.index.IndexSummary;
import org.scelle.indexer.index.Indexer;
import org.scelle.indexer.index.Sources;
import org.scelle.indexer.ioc.Enrichment;
import org.scelle.indexer.ioc.IocType;
import org.scelle.indexer.sigma.RuleLoader;
import org.scelle.indexer.sigma.SigmaMatcher;
import org.scelle.indexer.sigma.SigmaResult;
import org.scelle.indexer.sigma.SigmaRun;
import org.scelle.indexer.timeline.EventRows;
import org.scelle.indexer.timeline.TimelineRequest;
import org.scelle.indexer.timeline.TimelineRun;

/**
 * The Solr backend on an in-JVM SolrCloud cluster (2 nodes; collections of 2 shards of 2 replicas):
 * the sample incident and the real logs of {@code ../shared/data} indexed into Solr give
 * byte-identical findings and timeline to the local index; re-indexing replaces; a node stopped
 * during indexing or during a hunt loses nothing; an unreachable cluster is named. One cluster for
 * the class, shut down at the end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class SolrBackendTest {
  private static final Clock CLOCK = Clock.systemUTC();
  private static final Path SAMPLES = Path.of("..", "samples");
  private static final List<String> REAL_LOGS =
      List.of(
          "logpai-loghub/Apache/Apache_2k.log",
          "logpai-loghub/Linux/Linux_2k.log",
          "logpai-loghub/OpenSSH/OpenSSH_2k.log",
          "logpai-loghub/Proxifier/Proxifier_2k.log",
          "logpai-loghub/Windows/Windows_2k.log");

  private MiniSolrCloudCluster cluster;
  private final Identity actor = TestIdentity.create("Inès Investigatrice", "investigator");
  private final Indexer indexer = new Indexer(Sources.builtIn(), Enrichment::iocFields, CLOCK);
  private List<Vaults.Source> sources;
  private Vault local;
  private HuntResult localHunt;
  private SigmaResult localSigma;

  @BeforeAll
  void startCluster(@TempDir Path dir) throws Exception {
    sources = new ArrayList<>(Vaults.incident(SAMPLES.resolve("incident/hosts")));
    for (String log : REAL_LOGS) {
      Path f = References.sharedData(log);
      sources.add(new Vaults.Source("LOGHUB", f, "/var/log/" + f.getFileName()));
    }
    rules.add(SAMPLES.resolve("sigma"));
    rules.add(Path.of("src/test/resources/org/scelle/solr/sigma"));
    addSigmaRegressionCases(dir.resolve("sigmahq-rules"));
    rules.add(dir.resolve("sigmahq-rules"));
    local = Vaults.of(dir.resolve("local"), sources);
    IndexRun.run(local, actor, indexer, 2, null, CLOCK);
    localHunt = HuntRun.run(local, actor, hunter(), feeds(), CLOCK);
    localSigma = SigmaRun.run(local, actor, rules(), CLOCK);
    TimelineRun.run(local, actor, TimelineRequest.vaultOnly(), CLOCK);
    assertThat(localHunt.findings()).isNotEmpty();
    assertThat(localSigma.findings()).isNotEmpty();
    System.out.printf(
        "local index: %d ioc findings, %d sigma findings from %s; rejected %s%n",
        localHunt.findings().size(),
        localSigma.findings().size(),
        localSigma.hitsByRule(),
        localSigma.rejected());
    cluster = new MiniSolrCloudCluster.Builder(2, dir.resolve("cluster")).build();
  }

  @AfterAll
  void stopCluster() throws Exception {
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  private static Hunter hunter() {
    return new Hunter(
        (IndicatorType t, String v) ->
            switch (t) {
              case FILE_NAME, KEYWORD -> v.strip();
              default -> Enrichment.normalise(IocType.valueOf(t.name()), v);
            });
  }

  private static List<Path> feeds() {
    return List.of(
        SAMPLES.resolve("incident/iocs/clop-valmont.stix.json"),
        SAMPLES.resolve("incident/iocs/iocs.csv"));
  }

  /** The sample rules, rules exercising every translation, and SigmaHQ's regression cases. */
  private List<Path> rules() {
    return rules;
  }

  private List<Path> rules = new ArrayList<>();

  /** Adds SigmaHQ's regression cases: their EVTX files as items, their rules to {@link #rules}. */
  private void addSigmaRegressionCases(Path copyDir) throws Exception {
    Path sigma = References.sharedData("SigmaHQ-sigma");
    java.util.Set<String> ids = new java.util.TreeSet<>();
    try (var infos = Files.walk(sigma.resolve("regression_data"))) {
      for (Path info : infos.filter(p -> p.endsWith("info.yml")).sorted().toList()) {
        String text = Files.readString(info);
        var id = java.util.regex.Pattern.compile("(?m)^\\s+-\\s+id: ([0-9a-f-]{36})").matcher(text);
        if (id.find()) {
          ids.add(id.group(1));
        }
        try (var evtx = Files.list(info.getParent())) {
          for (Path e : evtx.filter(p -> p.toString().endsWith(".evtx")).sorted().toList()) {
            sources.add(new Vaults.Source("SIGMAHQ", e, "/" + e.getFileName()));
          }
        }
      }
    }
    Files.createDirectories(copyDir);
    try (var all = Files.walk(sigma.resolve("rules"))) {
      for (Path r : all.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
        var id =
            java.util.regex.Pattern.compile("(?m)^id: ([0-9a-f-]{36})")
                .matcher(Files.readString(r));
        boolean inSamples = Files.exists(SAMPLES.resolve("sigma").resolve(r.getFileName()));
        if (id.find() && ids.contains(id.group(1)) && !inSamples) {
          Files.copy(r, copyDir.resolve(r.getFileName()));
        }
      }
    }
  }

  private SolrTarget target(String collection) {
    return new SolrTarget(cluster.getZkServer().getZkAddress(), collection, 2, 2);
  }

  private static byte[] bytes(Path f) throws IOException {
    return Files.readAllBytes(f);
  }

  @Test
  @Order(1)
  void huntSigmaTimelineAndSearchGiveWhatTheLocalIndexGives(@TempDir Path dir) throws Exception {
    Vault solr = Vaults.of(dir.resolve("solr"), sources);
    IndexSummary s = IndexRun.run(solr, actor, indexer, 2, null, target("parity").config(), CLOCK);

    assertThat(IndexConfig.read(solr).backend()).isEqualTo("solr");
    assertThat(s.items()).isEqualTo(sources.size());
    HuntRun.run(solr, actor, hunter(), feeds(), CLOCK);
    SigmaRun.run(solr, actor, rules(), CLOCK);
    TimelineRun.run(solr, actor, TimelineRequest.vaultOnly(), CLOCK);
    assertThat(bytes(solr.findingsFile())).isEqualTo(bytes(local.findingsFile()));
    assertThat(bytes(TimelineRun.location(solr))).isEqualTo(bytes(TimelineRun.location(local)));

    for (String q :
        List.of(
            "*:*",
            "vssadmin",
            "\"shadows /all\"",
            "user.name.lc:admin*",
            "ioc.ipv4:*",
            "event.code:4624 OR event.code:4625",
            "sshd AND NOT message:failure",
            "scelle.locator:\"line:1@offset:0\"")) {
      try (CaseSearcher a = CaseSearcher.open(local);
          CaseSearcher b = CaseSearcher.open(solr)) {
        assertThat(b.count(CaseSearcher.parse(q))).as(q).isEqualTo(a.count(CaseSearcher.parse(q)));
      }
    }

    // A second run finds every item indexed; indexing them all again replaces, never duplicates.
    assertThat(IndexRun.run(solr, actor, indexer, 2, null, CLOCK).items()).isZero();
    SolrBackend backend = new SolrBackend(target("parity"), Duration.ofMinutes(1));
    long before = count(backend);
    indexer.index(solr, forgetful(backend), 2, null);
    assertThat(count(backend)).isEqualTo(before);
    // Two processes (here two vaults holding the same items) feeding the collection at once.
    Vault twin = Vaults.of(dir.resolve("twin"), sources);
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      Future<IndexSummary> a = two.submit(() -> indexer.index(solr, forgetful(backend), 1, null));
      Future<IndexSummary> b = two.submit(() -> indexer.index(twin, forgetful(backend), 1, null));
      assertThat(a.get().items()).isEqualTo(b.get().items()).isEqualTo(sources.size());
    } finally {
      two.shutdownNow();
    }
    assertThat(count(backend)).isEqualTo(before);
    HuntRun.run(solr, actor, hunter(), feeds(), CLOCK);
    SigmaRun.run(solr, actor, rules(), CLOCK);
    assertThat(bytes(solr.findingsFile())).isEqualTo(bytes(local.findingsFile()));
  }

  @Test
  @Order(2)
  void aNodeDownDuringIndexingOrAHuntLosesNothing(@TempDir Path dir) throws Exception {
    Vault solr = Vaults.of(dir.resolve("solr"), sources);
    SolrTarget target = target("faults");
    target.config().write(solr);
    SolrBackend backend = new SolrBackend(target, Duration.ofMinutes(2));
    JettySolrRunner[] stopped = new JettySolrRunner[1];
    AtomicInteger puts = new AtomicInteger();
    IndexBackend stopsANode =
        new Delegating(backend) {
          @Override
          public DocumentSink openForWriting() throws IOException {
            DocumentSink sink = backend.openForWriting();
            return new DocumentSink() {
              @Override
              public void add(String id, Document doc) throws IOException {
                if (puts.incrementAndGet() == 3_000) {
                  stopped[0] = stop(1);
                }
                sink.add(id, doc);
              }

              @Override
              public void deleteItem(String itemId) throws IOException {
                sink.deleteItem(itemId);
              }

              @Override
              public void markItem(String i, String sha, String status, long n, String note)
                  throws IOException {
                sink.markItem(i, sha, status, n, note);
              }

              @Override
              public void commit() throws IOException {
                sink.commit();
              }

              @Override
              public void close() throws IOException {
                sink.close();
              }
            };
          }
        };
    indexer.index(solr, stopsANode, 2, null);
    assertThat(stopped[0]).as("a node was stopped while indexing").isNotNull();
    try (CaseSearcher a = CaseSearcher.open(local);
        CaseSearcher b = CaseSearcher.open(solr)) {
      assertThat(b.count(CaseSearcher.parse("*:*"))).isEqualTo(a.count(CaseSearcher.parse("*:*")));
    }
    HuntRun.run(solr, actor, hunter(), feeds(), CLOCK);
    SigmaRun.run(solr, actor, rules(), CLOCK);
    assertThat(bytes(solr.findingsFile())).isEqualTo(bytes(local.findingsFile()));

    // Back up, then down again in the middle of a hunt and of a Sigma run.
    cluster.startJettySolrRunner(stopped[0]);
    cluster.waitForActiveCollection("faults", 2, 4);
    List<ItemRecord> items = new ArrayList<>();
    new org.scelle.custody.item.ItemStore(solr).forEach(items::add);
    try (DocumentSearch search = backend.openForReading()) {
      AtomicInteger pages = new AtomicInteger();
      DocumentSearch stopsOnSecondPage =
          new DocumentSearch() {
            @Override
            public Page page(Query q, Order o, int size, Object after, boolean hl)
                throws IOException {
              if (pages.incrementAndGet() == 2) {
                stopped[0] = stop(0);
              }
              return search.page(q, o, size, after, hl);
            }

            @Override
            public long count(Query q) throws IOException {
              return search.count(q);
            }

            @Override
            public void close() throws IOException {
              search.close();
            }
          };
      var feeds = new ArrayList<org.scelle.indexer.hunt.Feed>();
      for (Path f : feeds()) {
        feeds.add(FeedLoader.load(f));
      }
      HuntResult hunt = hunter().hunt(stopsOnSecondPage, items, feeds);
      assertThat(pages.get()).isGreaterThan(2);
      assertThat(hunt.findings()).isEqualTo(localHunt.findings());
      SigmaResult sigma = SigmaMatcher.run(stopsOnSecondPage, RuleLoader.load(rules()));
      assertThat(sigma.findings()).isEqualTo(localSigma.findings());
      List<String> times = new ArrayList<>();
      EventRows rows = new EventRows(search, 500);
      while (rows.next() != null && times.size() < 3) {
        times.add("row");
      }
      assertThat(times).hasSize(3);
    }
    cluster.startJettySolrRunner(stopped[0]);
    cluster.waitForActiveCollection("faults", 2, 4);
  }

  @Test
  @Order(3)
  void anUnreachableClusterOrAMissingCollectionIsNamed(@TempDir Path dir) throws Exception {
    SolrBackend missing = new SolrBackend(target("no-such-collection"), Duration.ofSeconds(5));
    assertThatThrownBy(missing::openForReading)
        .isInstanceOf(VaultException.class)
        .hasMessageContaining("'no-such-collection'")
        .hasMessageContaining(cluster.getZkServer().getZkAddress());
    SolrBackend down =
        new SolrBackend(new SolrTarget("127.0.0.1:9/solr", "c", 1, 1), Duration.ofSeconds(5));
    assertThatThrownBy(down::openForReading)
        .isInstanceOf(IOException.class)
        .hasMessageContaining("ZooKeeper 127.0.0.1:9/solr");
  }

  @Test
  @Order(4)
  void aCollectionMadeWithAnotherConfigSetIsRefused(@TempDir Path dir) throws Exception {
    // a collection made by an earlier version: its schema without the document order's fields
    ConfigSet current = ConfigSet.current();
    current.writeTo(dir);
    Path schema = dir.resolve("schema.xml");
    String earlier =
        Files.readString(schema)
            .lines()
            .filter(l -> !l.contains("\"" + Fields.SEQ + "\""))
            .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    Files.writeString(schema, earlier);
    cluster.uploadConfigSet(dir, "scelle-earlier");
    CollectionAdminRequest.createCollection("earlier", "scelle-earlier", 1, 1)
        .process(cluster.getSolrClient());
    cluster.waitForActiveCollection("earlier", 1, 1);
    SolrBackend backend = new SolrBackend(target("earlier"), Duration.ofSeconds(30));
    String message =
        "the collection was made with configset scelle-earlier, and this version of scelle uses "
            + current.name();
    assertThatThrownBy(backend::openForReading)
        .isInstanceOf(VaultException.class)
        .hasMessageContaining(message)
        .hasMessageContaining("'earlier'");
    assertThatThrownBy(backend::openForWriting)
        .isInstanceOf(VaultException.class)
        .hasMessageContaining(message);
  }

  private JettySolrRunner stop(int node) throws IOException {
    try {
      JettySolrRunner j = cluster.stopJettySolrRunner(node);
      cluster.waitForJettyToStop(j);
      return j;
    } catch (Exception e) {
      throw new IOException("stopping node " + node, e);
    }
  }

  private static long count(IndexBackend backend) throws IOException {
    try (DocumentSearch s = backend.openForReading()) {
      return s.count(new org.apache.lucene.search.MatchAllDocsQuery());
    }
  }

  /** {@code backend}, except that it remembers no indexed item, so everything is indexed again. */
  private static IndexBackend forgetful(IndexBackend backend) {
    return new Delegating(backend) {
      @Override
      public Map<String, String> indexedItems() {
        return Map.of();
      }
    };
  }

  private static class Delegating implements IndexBackend {
    private final IndexBackend d;

    Delegating(IndexBackend d) {
      this.d = d;
    }

    @Override
    public String describe() {
      return d.describe();
    }

    @Override
    public Map<String, String> indexedItems() throws IOException {
      return d.indexedItems();
    }

    @Override
    public DocumentSink openForWriting() throws IOException {
      return d.openForWriting();
    }

    @Override
    public DocumentSearch openForReading() throws IOException {
      return d.openForReading();
    }
  }
}
