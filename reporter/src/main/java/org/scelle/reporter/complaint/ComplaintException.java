package org.scelle.reporter.complaint;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A complaint file that cannot be used as it is: every problem found, one line each, naming the
 * file and the field, for example {@code complaint.yaml: plaintiff.siret: must be 14 digits, got
 * "1234"}.
 *
 * <p>Checked: an invalid complaint is an expected outcome the command reports to legal staff, not a
 * programmer error.
 */
public final class ComplaintException extends Exception {

  private static final long serialVersionUID = 1L;

  /**
   * One problem.
   *
   * @param field the path of the field in the file, for example {@code offences[2].article} (list
   *     positions count from 0), or null for a problem with the whole file
   * @param message what is wrong, with the offending value
   */
  public record Problem(String field, String message) {
    public Problem {
      Objects.requireNonNull(message, "message");
    }

    String line(String fileName) {
      return field == null ? fileName + ": " + message : fileName + ": " + field + ": " + message;
    }
  }

  private final transient Path file;
  private final transient List<Problem> problems;

  /**
   * @param file the complaint file
   * @param problems at least one problem, in reading order
   */
  public ComplaintException(Path file, List<Problem> problems) {
    super(message(file, problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ComplaintException needs at least one problem");
    }
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  /** The complaint file. */
  public Path file() {
    return file;
  }

  /**
   * Every problem found, in reading order: the keys in the order {@code docs/complaint.md} lists
   * them, then the checks across fields (dates, offences).
   */
  public List<Problem> problems() {
    return problems;
  }

  private static String message(Path file, List<Problem> problems) {
    String name = String.valueOf(file.getFileName());
    return problems.stream().map(p -> p.line(name)).collect(Collectors.joining("\n"));
  }
}
