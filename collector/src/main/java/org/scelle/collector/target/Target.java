package org.scelle.collector.target;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * A named target set. Immutable.
 *
 * @param kind {@code globs} (the default: {@code include} minus {@code exclude}), {@code
 *     ransom-notes} (file names that the triage rules call ransom notes) or {@code encrypted-files}
 *     (file names with a known ransomware extension; subject to sampling)
 */
public record Target(
    @JsonProperty(value = "name", required = true) String name,
    @JsonProperty("description") String description,
    @JsonProperty("kind") String kind,
    @JsonProperty("include") List<String> include,
    @JsonProperty("exclude") List<String> exclude) {

  public static final String GLOBS = "globs";
  public static final String RANSOM_NOTES = "ransom-notes";
  public static final String ENCRYPTED_FILES = "encrypted-files";

  public Target {
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description;
    kind = kind == null ? GLOBS : kind;
    if (!List.of(GLOBS, RANSOM_NOTES, ENCRYPTED_FILES).contains(kind)) {
      throw new IllegalArgumentException(
          "target '"
              + name
              + "': unknown kind '"
              + kind
              + "' (expected globs, ransom-notes or encrypted-files)");
    }
    include = include == null ? List.of() : List.copyOf(include);
    exclude = exclude == null ? List.of() : List.copyOf(exclude);
    if (kind.equals(GLOBS) && include.isEmpty()) {
      throw new IllegalArgumentException(
          "target '" + name + "': a globs target needs at least one include pattern");
    }
  }
}
