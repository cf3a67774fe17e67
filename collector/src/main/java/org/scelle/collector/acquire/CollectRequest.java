package org.scelle.collector.acquire;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.scelle.collector.target.Glob;
import org.scelle.custody.vault.CaseInfo;

/**
 * What to collect. Immutable.
 *
 * @param newCase the case description used when {@code caseDir} holds no vault yet (ignored
 *     otherwise)
 * @param targets target set names; empty with empty {@code include} means every file of the sources
 * @param samples encrypted files to keep per host, or null for all
 * @param maxBytes files larger than this are skipped with a reason, or null for no limit
 * @param sourceTz IANA time zone of the source host, recorded beside every time
 * @param threads copy threads (at least 1)
 * @param tsa RFC 3161 time-stamp authority for the seal, or null
 */
public record CollectRequest(
    Path caseDir,
    CaseInfo newCase,
    String host,
    List<Path> sources,
    List<String> targets,
    List<String> include,
    List<String> exclude,
    Path targetsFile,
    Integer samples,
    Long maxBytes,
    boolean followSymlinks,
    String sourceTz,
    int threads,
    URI tsa) {

  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  public CollectRequest {
    Objects.requireNonNull(caseDir, "caseDir");
    Objects.requireNonNull(host, "host");
    if (!HOST.matcher(host).matches()) {
      throw new IllegalArgumentException(
          "host must be 1 to 64 letters, digits, '.', '_' or '-'; got: " + host);
    }
    if (sources == null || sources.isEmpty()) {
      throw new IllegalArgumentException("at least one source path is needed");
    }
    sources = List.copyOf(sources);
    targets = targets == null ? List.of() : List.copyOf(targets);
    include = include == null ? List.of() : List.copyOf(include);
    exclude = exclude == null ? List.of() : List.copyOf(exclude);
    // a malformed glob is refused here, before a vault or a run is created
    include.forEach(Glob::of);
    exclude.forEach(Glob::of);
    if (samples != null && samples < 0) {
      throw new IllegalArgumentException("--samples must be >= 0; got: " + samples);
    }
    if (maxBytes != null && maxBytes < 0) {
      throw new IllegalArgumentException("--max-bytes must be >= 0; got: " + maxBytes);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1; got: " + threads);
    }
    Objects.requireNonNull(sourceTz, "sourceTz");
  }
}
