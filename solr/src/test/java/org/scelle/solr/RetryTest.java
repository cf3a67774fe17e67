package org.scelle.solr;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrException.ErrorCode;
import org.junit.jupiter.api.Test;

/** Which Solr failures {@link Retry} tries again. */
class RetryTest {
  private static SolrException failure(ErrorCode code, String message) {
    return new SolrException(code, message);
  }

  @Test
  void serverErrorsUnavailabilityAndACutOffRequestBodyAreTransient() {
    assertThat(Retry.transientFailure(failure(ErrorCode.SERVER_ERROR, "boom"))).isTrue();
    assertThat(Retry.transientFailure(failure(ErrorCode.SERVICE_UNAVAILABLE, "down"))).isTrue();
    assertThat(Retry.transientFailure(failure(ErrorCode.NOT_FOUND, "no shard leader"))).isTrue();
    assertThat(
            Retry.transientFailure(
                failure(
                    ErrorCode.BAD_REQUEST,
                    "Error from server at http://127.0.0.1:36279/solr/faults_shard2_replica_n1/"
                        + "update?wt=javabin&version=2: parsing error")))
        .isTrue();
  }

  @Test
  void aBadRequestOrAMissingCollectionIsNot() {
    assertThat(Retry.transientFailure(failure(ErrorCode.BAD_REQUEST, "undefined field x")))
        .isFalse();
    assertThat(Retry.transientFailure(failure(ErrorCode.NOT_FOUND, "no such collection")))
        .isFalse();
    assertThat(
            Retry.transientFailure(
                failure(ErrorCode.BAD_REQUEST, "parsing error in the query: Cannot parse 'a:('")))
        .isFalse();
  }
}
