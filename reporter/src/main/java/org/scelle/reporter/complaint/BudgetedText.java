package org.scelle.reporter.complaint;

/**
 * A character sequence that counts the characters a regular expression reads and aborts the match
 * once a step budget or a time limit is exhausted, so that a pathological pattern such as {@code
 * (a+)+$} fails with an error instead of hanging. Not thread-safe: one per match.
 */
final class BudgetedText implements CharSequence {

  /** Thrown from {@link #charAt} when the budget is exhausted; caught by the caller. */
  static final class Exhausted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exhausted(String reason) {
      super(reason, null, false, false);
    }
  }

  private static final int CLOCK_EVERY = 4096;

  private final CharSequence text;
  private final long maxSteps;
  private final long deadlineNanos;
  private long steps;

  BudgetedText(CharSequence text, long maxSteps, long maxNanos) {
    this(text, maxSteps, System.nanoTime() + maxNanos, 0);
  }

  private BudgetedText(CharSequence text, long maxSteps, long deadlineNanos, long steps) {
    this.text = text;
    this.maxSteps = maxSteps;
    this.deadlineNanos = deadlineNanos;
    this.steps = steps;
  }

  @Override
  public char charAt(int index) {
    steps++;
    if (steps > maxSteps) {
      throw new Exhausted("gave up after " + maxSteps + " steps");
    }
    if (steps % CLOCK_EVERY == 0 && System.nanoTime() - deadlineNanos > 0) {
      throw new Exhausted("gave up after its time limit");
    }
    return text.charAt(index);
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return text.subSequence(start, end);
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
