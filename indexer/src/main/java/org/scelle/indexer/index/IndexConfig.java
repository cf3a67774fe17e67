package org.scelle.indexer.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.scelle.custody.json.Json;
import org.scelle.custody.vault.Vault;

/**
 * Which index backend a case uses, recorded in {@code CASE/scelle/index.json} as {@code {"backend":
 * "solr", "zk_hosts": "...", ...}}. A case without the file uses the local Lucene index. Immutable.
 *
 * @param backend {@link #LUCENE} or the name of an {@link IndexBackend.Provider}
 * @param settings the backend's settings, by name, sorted
 */
public record IndexConfig(String backend, Map<String, String> settings) {
  /** The embedded Lucene directory {@code CASE/index/}. */
  public static final String LUCENE = "lucene";

  /** The file name of the configuration in the vault's tag directory. */
  public static final String FILE = "index.json";

  /** The default: the local Lucene index. */
  public static final IndexConfig LOCAL = new IndexConfig(LUCENE, Map.of());

  public IndexConfig {
    if (backend == null || backend.isBlank()) {
      throw new IllegalArgumentException("index backend must be named; got: " + backend);
    }
    settings = Map.copyOf(new TreeMap<>(settings));
  }

  /** A setting, or {@code fallback} when absent. */
  public String get(String name, String fallback) {
    return settings.getOrDefault(name, fallback);
  }

  /**
   * A setting that must be present.
   *
   * @throws IllegalArgumentException naming the setting and the file when it is absent
   */
  public String require(String name) {
    String v = settings.get(name);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException(
          FILE + ": backend '" + backend + "' needs the setting '" + name + "'");
    }
    return v;
  }

  /** {@code CASE/scelle/index.json} of {@code vault}. */
  public static Path location(Vault vault) {
    return vault.tagDir().resolve(FILE);
  }

  /** The recorded configuration of {@code vault}, or {@link #LOCAL} when none is recorded. */
  public static IndexConfig read(Vault vault) throws IOException {
    Path f = location(vault);
    if (!Files.exists(f)) {
      return LOCAL;
    }
    JsonNode n;
    try {
      n = Json.mapper().readTree(Files.readString(f, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IOException(f + ": not a valid index configuration: " + e.getMessage(), e);
    }
    if (n == null || !n.isObject() || !n.path("backend").isTextual()) {
      throw new IOException(f + ": not a valid index configuration: no \"backend\" name");
    }
    Map<String, String> settings = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getKey().equals("backend")) {
        settings.put(e.getKey(), e.getValue().asText());
      }
    }
    return new IndexConfig(n.get("backend").asText(), settings);
  }

  /**
   * Records this configuration in {@code vault} (atomically). The caller holds the vault lock and
   * refreshes the tag manifest.
   */
  public void write(Vault vault) throws IOException {
    ObjectNode n = Json.mapper().createObjectNode();
    n.put("backend", backend);
    settings.forEach(n::put);
    Path f = location(vault);
    Path tmp = f.resolveSibling(FILE + ".tmp");
    Files.writeString(tmp, Json.mapper().writeValueAsString(n) + "\n", StandardCharsets.UTF_8);
    Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
