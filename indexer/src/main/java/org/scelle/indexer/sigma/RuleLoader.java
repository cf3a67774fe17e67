package org.scelle.indexer.sigma;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.scelle.custody.digest.Digests;
import org.scelle.custody.digest.MultiDigest;

/**
 * Loads Sigma rules from files and directories (every {@code .yml} and {@code .yaml} below,
 * recursively) and compiles them. YAML is read as a plain tree: no tag constructs an object. A rule
 * that cannot be translated or parsed is rejected with the reason; it is never dropped. Stateless
 * and thread-safe.
 */
public final class RuleLoader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private RuleLoader() {}

  /**
   * Loads and compiles the rules at {@code paths}.
   *
   * @throws IOException when a path is missing or a file cannot be read
   * @throws IllegalArgumentException when no rule file is found, or two different files would have
   *     the same name (their path below the directory given, or their file name)
   */
  public static RuleSet load(List<Path> paths) throws IOException {
    TreeMap<String, Path> files = new TreeMap<>();
    Set<Path> seen = new HashSet<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          for (Path f : s.filter(RuleLoader::isRuleFile).sorted().toList()) {
            add(files, seen, p.relativize(f).toString().replace('\\', '/'), f);
          }
        }
      } else if (Files.isRegularFile(p)) {
        add(files, seen, p.getFileName().toString(), p);
      } else {
        throw new NoSuchFileException(p.toString(), null, "no such rule file");
      }
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no Sigma rule (.yml, .yaml) in " + paths);
    }
    List<SigmaRule> rules = new ArrayList<>();
    List<RuleSet.Rejected> rejected = new ArrayList<>();
    StringBuilder manifest = new StringBuilder();
    List<String> names = new ArrayList<>(files.keySet());
    List<byte[]> contents = new ArrayList<>();
    List<String> shas = new ArrayList<>();
    for (String name : names) {
      byte[] bytes = Files.readAllBytes(files.get(name));
      String sha = Digests.hex(MultiDigest.sha256().digest(bytes));
      contents.add(bytes);
      shas.add(sha);
      manifest.append(sha).append("  ").append(name).append('\n');
    }
    // Compiling builds automata for wildcards: the costly part, done in parallel, results in order.
    List<Object> outcomes =
        IntStream.range(0, names.size())
            .parallel()
            .mapToObj(i -> outcome(names.get(i), shas.get(i), contents.get(i)))
            .toList();
    for (Object o : outcomes) {
      if (o instanceof SigmaRule r) {
        rules.add(r);
      } else {
        rejected.add((RuleSet.Rejected) o);
      }
    }
    rules.sort(Comparator.comparing(SigmaRule::source).thenComparing(SigmaRule::id));
    String setSha =
        Digests.hex(
            MultiDigest.sha256().digest(manifest.toString().getBytes(StandardCharsets.UTF_8)));
    return new RuleSet(rules, rejected, setSha);
  }

  /**
   * The problem of a YAML parse failure in one line: the YAML parser's own message spans several,
   * with the offending line quoted and marked; here its first line and the position.
   */
  private static String oneLine(JsonProcessingException x) {
    String m =
        x.getOriginalMessage() == null ? x.getClass().getSimpleName() : x.getOriginalMessage();
    String first = m.strip().lines().findFirst().orElse(m).strip();
    com.fasterxml.jackson.core.JsonLocation at = x.getLocation();
    return at == null || at.getLineNr() < 1
        ? first
        : first + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
  }

  /**
   * Parses and compiles one rule file's content.
   *
   * @param source the name used in findings and messages
   * @throws UnsupportedRuleException when the YAML is malformed, holds several documents, or the
   *     rule cannot be translated
   */
  public static SigmaRule compile(String source, String sha256, byte[] yaml)
      throws UnsupportedRuleException {
    JsonNode rule;
    try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(yaml)) {
      List<JsonNode> all = docs.readAll();
      all.removeIf(n -> n == null || n.isMissingNode() || n.isNull());
      if (all.size() != 1) {
        throw new UnsupportedRuleException(
            all.isEmpty()
                ? "empty file"
                : "rule collections (" + all.size() + " YAML documents) are not supported");
      }
      rule = all.get(0);
    } catch (JsonProcessingException x) {
      throw new UnsupportedRuleException("invalid YAML: " + oneLine(x));
    } catch (IOException x) {
      throw new UnsupportedRuleException("unreadable YAML: " + x.getMessage());
    }
    if (!rule.isObject()) {
      throw new UnsupportedRuleException("not a YAML map");
    }
    String title = rule.path("title").asText(null);
    if (title == null) {
      throw new UnsupportedRuleException("no 'title'");
    }
    String id = rule.path("id").asText(source);
    List<String> tags = new ArrayList<>();
    rule.path("tags").forEach(t -> tags.add(t.asText().toLowerCase(Locale.ROOT)));
    String level = rule.path("level").asText(null);
    return new SigmaRule(source, sha256, id, title, level, tags, RuleCompiler.compile(rule));
  }

  /** Adds a rule file once (the same file given twice is read once), names unique. */
  private static void add(TreeMap<String, Path> files, Set<Path> seen, String name, Path f)
      throws IOException {
    if (!seen.add(f.toRealPath())) {
      return;
    }
    Path other = files.putIfAbsent(name, f);
    if (other != null) {
      throw new IllegalArgumentException(
          "two rule files have the name " + name + ": " + other + " and " + f);
    }
  }

  private static Object outcome(String source, String sha256, byte[] yaml) {
    try {
      return compile(source, sha256, yaml);
    } catch (UnsupportedRuleException x) {
      return new RuleSet.Rejected(source, sha256, x.getMessage());
    }
  }

  private static boolean isRuleFile(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(p) && (n.endsWith(".yml") || n.endsWith(".yaml"));
  }
}
