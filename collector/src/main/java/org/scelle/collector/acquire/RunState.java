package org.scelle.collector.acquire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.scelle.custody.digest.Digests;
import org.scelle.custody.digest.MultiDigest;
import org.scelle.custody.json.Json;
import org.scelle.custody.vault.Vault;

/**
 * The state of one acquisition run, {@code scelle/runs/<acquisition>.json}: its parameters and
 * whether it was sealed. A run that was not sealed is resumed by the next {@code collect} with the
 * same host and parameters. Immutable.
 *
 * @param parameters SHA-256 of the run's defining parameters (host, sources, selection, sampling)
 */
record RunState(
    @JsonProperty("acquisition") String acquisition,
    @JsonProperty("host") String host,
    @JsonProperty("parameters") String parameters,
    @JsonProperty("sources") List<String> sources,
    @JsonProperty("started") String started,
    @JsonProperty("sealed") boolean sealed) {

  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /** The fingerprint of what defines a run: resuming needs the same one. */
  static String parameters(CollectRequest r) {
    StringBuilder sb = new StringBuilder();
    sb.append("host=").append(r.host()).append('\n');
    for (Path p : r.sources()) {
      sb.append("source=").append(p.toAbsolutePath().normalize()).append('\n');
    }
    sb.append("targets=").append(r.targets()).append('\n');
    sb.append("include=").append(r.include()).append('\n');
    sb.append("exclude=").append(r.exclude()).append('\n');
    sb.append("targetsFile=").append(r.targetsFile()).append('\n');
    sb.append("samples=").append(r.samples()).append('\n');
    sb.append("maxBytes=").append(r.maxBytes()).append('\n');
    sb.append("follow=").append(r.followSymlinks()).append('\n');
    return Digests.hex(MultiDigest.sha256().digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
  }

  /** The unsealed run of the same parameters, or null. */
  static RunState findResumable(Vault vault, CollectRequest r) throws IOException {
    String params = parameters(r);
    List<RunState> found = new ArrayList<>();
    if (!Files.isDirectory(vault.runsDir())) {
      return null;
    }
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(vault.runsDir(), "*.json")) {
      for (Path p : ds) {
        RunState s;
        try {
          s = Json.mapper().readValue(p.toFile(), RunState.class);
        } catch (IOException e) {
          throw new IOException(p + ": unreadable run state: " + e.getMessage(), e);
        }
        if (!s.sealed() && s.host().equals(r.host()) && s.parameters().equals(params)) {
          found.add(s);
        }
      }
    }
    found.sort((a, b) -> a.acquisition().compareTo(b.acquisition()));
    return found.isEmpty() ? null : found.get(0);
  }

  /** A new run, with an acquisition id unique in the vault. */
  static RunState start(Vault vault, CollectRequest r, Instant now) {
    String base = r.host() + "-" + ID_TIME.format(now);
    String id = base;
    for (int n = 2;
        Files.exists(file(vault, id))
            || Files.exists(vault.dataDir().resolve(r.host()).resolve(id));
        n++) {
      id = base + "-" + n;
    }
    List<String> sources = new ArrayList<>();
    for (Path p : r.sources()) {
      sources.add(p.toAbsolutePath().normalize().toString());
    }
    return new RunState(id, r.host(), parameters(r), sources, now.toString(), false);
  }

  RunState sealedNow() {
    return new RunState(acquisition, host, parameters, sources, started, true);
  }

  void save(Vault vault) throws IOException {
    Path f = file(vault, acquisition);
    Files.createDirectories(f.getParent());
    Path tmp = f.resolveSibling(f.getFileName() + ".tmp");
    Files.write(tmp, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(this));
    Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static Path file(Vault vault, String acquisition) {
    return vault.runsDir().resolve(acquisition + ".json");
  }
}
