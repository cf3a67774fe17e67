package org.scelle.solr;

import java.io.IOException;
import java.time.Duration;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;

/**
 * Runs a request against the cluster again when it fails for a reason that passes (a node down, a
 * leader being elected, a connection refused), with a growing pause, up to a deadline. Only for
 * idempotent requests: adding documents by id, deleting by item, reading. Immutable.
 */
final class Retry {
  /** A request. */
  interface Call<T> {
    T run() throws SolrServerException, IOException;
  }

  private final Duration deadline;
  private final String where;

  /**
   * @param deadline how long to keep trying
   * @param where what the error message names: the ZooKeeper address and collection
   */
  Retry(Duration deadline, String where) {
    this.deadline = deadline;
    this.where = where;
  }

  /**
   * Runs {@code call}, again after a transient failure.
   *
   * @throws IOException naming {@code what} and the cluster when it still fails at the deadline, or
   *     at once for a failure retrying cannot cure (a bad request)
   */
  <T> T run(String what, Call<T> call) throws IOException {
    long end = System.nanoTime() + deadline.toNanos();
    long pause = 100;
    int attempts = 0;
    while (true) {
      attempts++;
      Exception failure;
      try {
        return call.run();
      } catch (SolrException e) {
        if (!transientFailure(e)) {
          throw new IOException(where + ": " + what + " failed: " + e.getMessage(), e);
        }
        failure = e;
      } catch (SolrServerException | IOException e) {
        failure = e;
      }
      if (System.nanoTime() + pause * 1_000_000 > end) {
        throw new IOException(
            where
                + ": "
                + what
                + " failed after "
                + attempts
                + " attempts: "
                + failure.getMessage(),
            failure);
      }
      try {
        Thread.sleep(pause);
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
        throw new IOException(where + ": " + what + " interrupted", ie);
      }
      pause = Math.min(pause * 2, 5_000);
    }
  }

  /**
   * Server-side errors and unavailability pass; a bad request or a missing field does not, except
   * the "parsing error" a node answers when the request body it was reading is cut off by its own
   * shutdown (the body sent again is whole; updates replace documents by id, so resending is safe).
   */
  static boolean transientFailure(SolrException e) {
    int code = e.code();
    String message = e.getMessage() == null ? "" : e.getMessage();
    return code >= 500
        || code == 404 && message.contains("shard")
        || code == 400 && message.endsWith("parsing error")
        || code == -1;
  }
}
