package org.scelle.collector.target;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The known target sets: the built-ins ({@code targets.yaml} in this package's resources) plus any
 * user files in the same format. A user target with a built-in's name replaces it. Immutable.
 */
public final class TargetCatalog {
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Map<String, Target> targets;

  private TargetCatalog(Map<String, Target> targets) {
    this.targets = Map.copyOf(targets);
    this.order = List.copyOf(targets.keySet());
  }

  private final List<String> order;

  record File(@JsonProperty(value = "targets", required = true) List<Target> targets) {}

  private static volatile TargetCatalog builtIn;

  /** The built-in target sets, read from the resource once (the catalogue is immutable). */
  public static TargetCatalog builtIn() {
    TargetCatalog catalog = builtIn;
    if (catalog == null) {
      try (InputStream in = TargetCatalog.class.getResourceAsStream("targets.yaml")) {
        if (in == null) {
          throw new IllegalStateException("built-in targets.yaml missing from the class path");
        }
        catalog =
            new TargetCatalog(
                index(YAML.readValue(in, File.class).targets(), "built-in targets.yaml"));
      } catch (IOException e) {
        throw new IllegalStateException("built-in targets.yaml is invalid: " + e.getMessage(), e);
      }
      builtIn = catalog;
    }
    return catalog;
  }

  /**
   * This catalogue with the targets of {@code yaml} added (same names replace).
   *
   * @throws IOException naming the file and the problem when it is missing or invalid
   */
  public TargetCatalog with(Path yaml) throws IOException {
    List<Target> extra;
    try (InputStream in = Files.newInputStream(yaml)) {
      extra = YAML.readValue(in, File.class).targets();
    } catch (NoSuchFileException e) {
      throw new IOException(yaml + ": no such target file");
    } catch (JsonMappingException e) {
      throw new IOException(
          yaml
              + ": invalid target file: "
              + e.getOriginalMessage()
              + " at "
              + e.getPathReference());
    }
    Map<String, Target> all = new LinkedHashMap<>();
    for (String n : order) {
      all.put(n, targets.get(n));
    }
    all.putAll(index(extra, yaml.toString()));
    return new TargetCatalog(all);
  }

  /** Names of all targets, built-ins first, in file order. */
  public List<String> names() {
    return order;
  }

  /**
   * The target named {@code name}.
   *
   * @throws IllegalArgumentException listing the known names when there is none
   */
  public Target get(String name) {
    Target t = targets.get(name);
    if (t == null) {
      throw new IllegalArgumentException(
          "unknown target '" + name + "'; known targets: " + String.join(", ", order));
    }
    return t;
  }

  private static Map<String, Target> index(List<Target> list, String source) {
    Map<String, Target> m = new LinkedHashMap<>();
    for (Target t : new ArrayList<>(list)) {
      for (String g : t.include()) {
        Glob.of(g);
      }
      for (String g : t.exclude()) {
        Glob.of(g);
      }
      if (m.put(t.name(), t) != null) {
        throw new IllegalArgumentException(source + ": target '" + t.name() + "' is defined twice");
      }
    }
    return m;
  }
}
