package org.scelle.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scelle.custody.json.Json;
import org.scelle.custody.vault.Vault;
import org.scelle.indexer.extract.ExtractLimits;
import org.scelle.indexer.index.IndexConfig;
import org.scelle.indexer.index.IndexRun;
import org.scelle.indexer.index.IndexSummary;
import org.scelle.indexer.index.Indexer;
import org.scelle.indexer.index.Sources;
import org.scelle.indexer.ioc.Enrichment;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scelle index}: build or update the case index. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description =
        "Build or update (new items only) the case index from the acquired items: the Lucene"
            + " index in CASE/index, or the SolrCloud collection given with --solr (or recorded by"
            + " an earlier run), and sign an 'indexed' ledger entry.")
final class IndexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CASE")
  Path caseDir;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Indexing threads (default: the number of cores).")
  Integer threads;

  @Option(
      names = "--tz",
      paramLabel = "ZONE",
      converter = ZoneConverter.class,
      description = "Time zone of local times in the logs (default: each item's source zone).")
  ZoneId tz;

  @Option(
      names = "--extract-timeout",
      paramLabel = "SECONDS",
      description =
          "Longest time to extract the text of one document; past it the extraction worker is"
              + " killed and the item recorded 'timeout' (default: 120).")
  Integer extractTimeout;

  @Option(
      names = "--extract-memory",
      paramLabel = "SIZE",
      description =
          "Heap of each extraction worker JVM; a document that exhausts it is recorded"
              + " 'out-of-memory' (default: 512M).")
  String extractMemory;

  @Option(
      names = "--extract-max-text",
      paramLabel = "N",
      description =
          "Characters of text kept per document (1000, 64K, 32M...); beyond them the item is"
              + " recorded 'truncated' (default: 32M).")
  String extractMaxText;

  @Option(
      names = "--extract-max-depth",
      paramLabel = "N",
      description =
          "How deep embedded documents (archive entries, attachments) are opened; deeper ones are"
              + " recorded 'nested-too-deep' (default: 5).")
  Integer extractMaxDepth;

  @Option(
      names = "--extract-max-unpacked",
      paramLabel = "SIZE",
      description =
          "Bytes all embedded documents of one item may unpack to; beyond them the item is"
              + " recorded 'zip-bomb' (default: 256M).")
  String extractMaxUnpacked;

  @Option(
      names = "--solr",
      paramLabel = "ZK_HOSTS",
      description =
          "Index into a SolrCloud collection instead of CASE/index: the cluster's ZooKeeper,"
              + " host:port[,host:port...][/chroot]. Recorded in CASE/scelle/index.json, so later"
              + " commands (search, hunt, sigma, timeline) use it too.")
  String solr;

  @Option(
      names = "--collection",
      paramLabel = "NAME",
      description = "The Solr collection (with --solr); created when absent.")
  String collection;

  @Option(
      names = "--shards",
      paramLabel = "N",
      description = "Shards of a new collection (with --solr; default: 1).")
  int shards = 1;

  @Option(
      names = "--replicas",
      paramLabel = "N",
      description = "Replicas of each shard of a new collection (with --solr; default: 1).")
  int replicas = 1;

  @Option(names = "--json", description = "Print the summary as JSON.")
  boolean json;

  @Mixin KeyOptions key;

  @Override
  public Integer call() throws Exception {
    Vault vault = Vault.open(caseDir);
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (n < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--threads must be at least 1 (got " + n + ")");
    }
    Indexer indexer =
        new Indexer(Sources.builtIn(limits()), Enrichment::iocFields, Clock.systemUTC());
    IndexConfig backend = backend();
    IndexSummary s = IndexRun.run(vault, key.open(), indexer, n, tz, backend, Clock.systemUTC());
    var out = spec.commandLine().getOut();
    if (json) {
      ObjectNode o = Json.mapper().createObjectNode();
      o.put("items", s.items());
      o.put("already_indexed", s.alreadyIndexed());
      o.put("events", s.events());
      o.put("unparsed", s.unparsed());
      ObjectNode by = o.putObject("by_status");
      s.byStatus().forEach(by::put);
      var failures = o.putArray("failures");
      for (IndexSummary.Failure f : s.failures()) {
        failures
            .addObject()
            .put("item", f.itemId())
            .put("path", f.vaultPath())
            .put("note", f.note());
      }
      o.put("elapsed_ms", s.elapsed().toMillis());
      out.println(Json.mapper().writeValueAsString(o));
    } else {
      out.printf(
          "indexed %d items (%d already indexed): %d events, %d kept as plain text%n",
          s.items(), s.alreadyIndexed(), s.events(), s.unparsed());
      s.byStatus().forEach((k, v) -> out.printf("  %-15s %d%n", k, v));
      var err = spec.commandLine().getErr();
      for (IndexSummary.Failure f : s.failures()) {
        err.println("not fully indexed: " + f.itemId() + " (" + f.vaultPath() + "): " + f.note());
      }
      out.printf(Locale.ROOT, "  time            %.1f s%n", s.elapsed().toMillis() / 1000.0);
    }
    return ExitCodes.OK;
  }

  private ExtractLimits limits() {
    ExtractLimits l = ExtractLimits.DEFAULTS;
    if (extractTimeout != null) {
      l = l.withTimeout(Duration.ofSeconds(extractTimeout));
    }
    if (extractMemory != null) {
      l = l.withHeapBytes(Sizes.parse(extractMemory));
    }
    if (extractMaxText != null) {
      l = l.withMaxChars(Sizes.parse(extractMaxText));
    }
    if (extractMaxDepth != null) {
      l = l.withMaxDepth(extractMaxDepth);
    }
    if (extractMaxUnpacked != null) {
      l = l.withMaxUnpackedBytes(Sizes.parse(extractMaxUnpacked));
    }
    return l;
  }

  /** The backend the options ask for, or null to keep the one the case records. */
  private IndexConfig backend() {
    if (solr == null) {
      if (collection != null) {
        throw new IllegalArgumentException("--collection needs --solr ZK_HOSTS");
      }
      return null;
    }
    if (collection == null) {
      throw new IllegalArgumentException("--solr needs --collection NAME");
    }
    return new IndexConfig(
        "solr",
        Map.of(
            "zk_hosts",
            solr,
            "collection",
            collection,
            "shards",
            Integer.toString(shards),
            "replicas",
            Integer.toString(replicas)));
  }
}
