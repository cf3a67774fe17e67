package org.scelle.custody.timestamp;

/**
 * A time-stamp that was refused or cannot be trusted: the authority answered with a failure status,
 * the reply is malformed or does not match the request, or the token does not verify. The message
 * names the TSA URL (or, for a stored token, what was checked) and the problem.
 */
public final class TimestampException extends Exception {

  private static final long serialVersionUID = 1L;

  /** A failure described by {@code message}. */
  public TimestampException(String message) {
    super(message);
  }

  /** A failure described by {@code message}, caused by {@code cause}. */
  public TimestampException(String message, Throwable cause) {
    super(message, cause);
  }
}
