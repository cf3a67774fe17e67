package org.scelle.reporter.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of checking a dossier: every check, in the order run. Immutable.
 *
 * @param file the dossier checked
 * @param checks the checks, in order
 */
public record DossierVerdict(Path file, List<Check> checks) {

  public DossierVerdict {
    Objects.requireNonNull(file, "file");
    checks = List.copyOf(checks);
  }

  /** Whether no check failed (warnings do not make a dossier invalid, but are not passes). */
  public boolean valid() {
    return checks.stream().noneMatch(c -> c.outcome() == Check.Outcome.FAILED);
  }

  /** The failed checks. */
  public List<Check> failures() {
    return checks.stream().filter(c -> c.outcome() == Check.Outcome.FAILED).toList();
  }

  /** The warnings. */
  public List<Check> warnings() {
    return checks.stream().filter(c -> c.outcome() == Check.Outcome.WARNING).toList();
  }

  /** The first check named {@code name}. */
  public Optional<Check> check(String name) {
    return checks.stream().filter(c -> c.name().equals(name)).findFirst();
  }
}
