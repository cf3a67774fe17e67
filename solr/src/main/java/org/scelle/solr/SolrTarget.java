package org.scelle.solr;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.scelle.indexer.index.IndexConfig;

/**
 * A SolrCloud collection addressed through ZooKeeper: {@code host:port[,host:port...][/chroot]} and
 * a collection name, with the shards and replicas to create it with. Immutable.
 */
public record SolrTarget(String zkHosts, String collection, int shards, int replicas) {
  /** The backend name recorded in {@link IndexConfig}. */
  public static final String BACKEND = "solr";

  public SolrTarget {
    if (zkHosts == null || zkHosts.isBlank() || zkHosts.startsWith("/")) {
      throw new IllegalArgumentException(
          "ZooKeeper hosts must be host:port[,host:port...][/chroot]; got: " + zkHosts);
    }
    if (collection == null || !collection.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw new IllegalArgumentException(
          "collection name must be letters, digits, '.', '_' or '-'; got: " + collection);
    }
    if (shards < 1 || replicas < 1) {
      throw new IllegalArgumentException(
          "shards and replicas must be >= 1; got: " + shards + " and " + replicas);
    }
  }

  /** The target {@code config} records ({@code zk_hosts}, {@code collection}...). */
  public static SolrTarget of(IndexConfig config) {
    return new SolrTarget(
        config.require("zk_hosts"),
        config.require("collection"),
        Integer.parseInt(config.get("shards", "1")),
        Integer.parseInt(config.get("replicas", "1")));
  }

  /** The configuration that records this target. */
  public IndexConfig config() {
    Map<String, String> m = new TreeMap<>();
    m.put("zk_hosts", zkHosts);
    m.put("collection", collection);
    m.put("shards", Integer.toString(shards));
    m.put("replicas", Integer.toString(replicas));
    return new IndexConfig(BACKEND, m);
  }

  /** The ZooKeeper hosts without the chroot. */
  List<String> hosts() {
    int slash = zkHosts.indexOf('/');
    String h = slash < 0 ? zkHosts : zkHosts.substring(0, slash);
    return Arrays.stream(h.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** The chroot, when given. */
  Optional<String> chroot() {
    int slash = zkHosts.indexOf('/');
    return slash < 0 || slash == zkHosts.length() - 1
        ? Optional.empty()
        : Optional.of(zkHosts.substring(slash));
  }

  /** What error messages name: {@code collection NAME at ZooKeeper HOSTS}. */
  String where() {
    return "Solr collection '" + collection + "' at ZooKeeper " + zkHosts;
  }
}
