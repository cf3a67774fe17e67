package org.scelle.custody.timestamp;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * An RFC 3161 time-stamp token and the facts read from it.
 *
 * <p>Values returned by {@link TimestampClient#stamp} and {@link TimestampVerifier#verify} have
 * been verified; a value built with the constructor proves nothing until its {@link #der()} is
 * passed to {@link TimestampVerifier#verify}.
 *
 * <p>Immutable: the DER bytes are copied in and out. Equality compares the DER bytes and every
 * field.
 *
 * @param der the token: a CMS {@code ContentInfo} holding the TSA's {@code SignedData} over a
 *     {@code TSTInfo}, DER-encoded, as {@code openssl ts -verify -token_in} reads it
 * @param genTime when the authority stamped the imprint ({@code TSTInfo.genTime})
 * @param tsaName the authority's name: the {@code TSTInfo.tsa} field when present, else the subject
 *     of the signing certificate
 * @param serial the authority's serial number for the token
 * @param policy the authority's policy, as a dotted object identifier
 * @param hashAlgorithm the algorithm of the message imprint, as a JCA name ({@code SHA-256})
 */
public record TimestampToken(
    byte[] der,
    Instant genTime,
    String tsaName,
    BigInteger serial,
    String policy,
    String hashAlgorithm) {

  /**
   * Copies {@code der}.
   *
   * @throws NullPointerException when any component is null
   */
  public TimestampToken {
    der = Objects.requireNonNull(der, "der").clone();
    Objects.requireNonNull(genTime, "genTime");
    Objects.requireNonNull(tsaName, "tsaName");
    Objects.requireNonNull(serial, "serial");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(hashAlgorithm, "hashAlgorithm");
  }

  /** A copy of the token's DER encoding. */
  @Override
  public byte[] der() {
    return der.clone();
  }

  /**
   * The DER encoding in standard Base64 with padding (RFC 4648 section 4), as stored in the ledger.
   */
  public String base64() {
    return Base64.getEncoder().encodeToString(der);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimestampToken t
        && Arrays.equals(der, t.der)
        && genTime.equals(t.genTime)
        && tsaName.equals(t.tsaName)
        && serial.equals(t.serial)
        && policy.equals(t.policy)
        && hashAlgorithm.equals(t.hashAlgorithm);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(der)
        + Objects.hash(genTime, tsaName, serial, policy, hashAlgorithm);
  }

  @Override
  public String toString() {
    return "TimestampToken[genTime="
        + genTime
        + ", tsaName="
        + tsaName
        + ", serial="
        + serial
        + ", policy="
        + policy
        + ", hashAlgorithm="
        + hashAlgorithm
        + ", der="
        + der.length
        + " bytes]";
  }
}
