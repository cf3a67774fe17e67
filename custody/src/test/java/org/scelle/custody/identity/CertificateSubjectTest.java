package org.scelle.custody.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CertificateSubject}'s JDK-only reading ({@link DerName}) against Bouncy Castle's ({@link
 * BcName}): same strings for every name {@link DerName} reads, Bouncy Castle's answer or error for
 * the others.
 */
class CertificateSubjectTest {

  private static final List<byte[]> TYPES = List.of(DerName.CN, DerName.OU, DerName.O);
  private static final byte[] L = {0x55, 0x04, 0x07};

  @TempDir Path dir;

  @Test
  void aGeneratedKeysSubjectIsReadWithoutBouncyCastle() throws Exception {
    Identity alice =
        Pkcs12Identity.open(
            KeyGenerator.generate(
                "Alice Ærø", "analyst", "CHU de Rouen", dir.resolve("a.p12"), "pw".toCharArray()),
            "pw".toCharArray());
    byte[] der = alice.certificate().getSubjectX500Principal().getEncoded();

    assertThat(DerName.firstValue(der, DerName.CN)).isEqualTo("Alice Ærø");
    assertThat(DerName.firstValue(der, DerName.OU)).isEqualTo("analyst");
    assertThat(DerName.firstValue(der, DerName.O)).isEqualTo("CHU de Rouen");
    assertThat(List.of(alice.name(), alice.role(), alice.organisation()))
        .containsExactly("Alice Ærø", "analyst", "CHU de Rouen");
  }

  @Test
  void everyStringTypeReadsAsBouncyCastleReadsIt() throws Exception {
    byte[] allBytes = new byte[256];
    for (int i = 0; i < 256; i++) {
      allBytes[i] = (byte) i;
    }
    byte[] bmp = {0x00, 0x41, (byte) 0xD8, 0x3D, (byte) 0xDE, 0x00, (byte) 0xFF, (byte) 0xFE};
    for (int tag : new int[] {0x12, 0x13, 0x14, 0x15, 0x16, 0x19, 0x1A, 0x1B}) {
      byte[] der = name(rdn(atv(DerName.CN, tag, allBytes)));
      assertSameAsBouncyCastle(der, true);
    }
    assertSameAsBouncyCastle(name(rdn(atv(DerName.CN, 0x1E, bmp))), true);
    assertSameAsBouncyCastle(
        name(rdn(atv(DerName.CN, 0x0C, "Zoé 日本 😀".getBytes(StandardCharsets.UTF_8)))), true);
  }

  @Test
  void theFirstValueOfATypeWinsInNameOrderAcrossMultiValuedRdns() throws Exception {
    byte[] der =
        name(
            rdn(atv(L, 0x0C, utf8("Rouen"))),
            rdn(atv(DerName.OU, 0x13, utf8("forensics")), atv(DerName.CN, 0x0C, utf8("First"))),
            rdn(atv(DerName.CN, 0x0C, utf8("Second"))));

    assertSameAsBouncyCastle(der, true);
    assertThat(DerName.firstValue(der, DerName.CN)).isEqualTo("First");
    assertThat(DerName.firstValue(der, DerName.O)).isEmpty();
  }

  @Test
  void encodingsLeftToBouncyCastleGiveItsAnswer() throws Exception {
    // A UniversalString, a non-string value, malformed UTF-8, an odd BMPString, a long-form length.
    byte[] universal = name(rdn(atv(DerName.CN, 0x1C, new byte[] {0, 0, 0, 0x41})));
    byte[] integer = name(rdn(atv(DerName.CN, 0x02, new byte[] {0x05})));
    byte[] badUtf8 = name(rdn(atv(DerName.CN, 0x0C, new byte[] {(byte) 0xC3, 0x28})));
    byte[] oddBmp = name(rdn(atv(DerName.CN, 0x1E, new byte[] {0x00, 0x41, 0x00})));
    byte[] longForm = {0x30, (byte) 0x81, 0x0C, 0x31, 0x0A, 0x30, 0x08, 6, 3, 0x55, 4, 3, 0x0C, 1};
    longForm = concat(longForm, new byte[] {'x'});

    for (byte[] der : List.of(universal, integer, badUtf8, oddBmp, longForm)) {
      assertSameAsBouncyCastle(der, false);
    }
    assertThat(CertificateSubject.firstValue(universal, DerName.CN)).isEqualTo("#1C0400000041");
  }

  @Test
  void aSubjectWithoutCnIsRefused() throws Exception {
    KeyPair keys = KeyAlgorithm.EC_P256.generateKeyPair(new SecureRandom());
    X500Principal noCn = new X500Principal("OU=analyst, O=CHU de Rouen");
    Instant now = Instant.now();
    X509Certificate certificate =
        new JcaX509CertificateConverter()
            .getCertificate(
                new JcaX509v3CertificateBuilder(
                        noCn,
                        BigInteger.ONE,
                        Date.from(now),
                        Date.from(now.plus(1, ChronoUnit.DAYS)),
                        noCn,
                        keys.getPublic())
                    .build(
                        new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));

    assertThat(CertificateSubject.firstValue(noCn.getEncoded(), DerName.OU)).isEqualTo("analyst");
    assertThatThrownBy(() -> CertificateSubject.of(certificate))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("certificate subject 'OU=analyst, O=CHU de Rouen' has no CN");
  }

  @Test
  void mutatedNamesReadAsBouncyCastleReadsThem() throws Exception {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    byte[] base =
        name(
            rdn(atv(DerName.O, 0x0C, utf8("CHU de Rouen"))),
            rdn(atv(DerName.OU, 0x13, utf8("analyst"))),
            rdn(atv(DerName.CN, 0x0C, utf8("Alice"))));
    for (int i = 0; i < 5_000; i++) {
      byte[] der = base.clone();
      for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
        der[random.nextInt(der.length)] = (byte) random.nextInt(256);
      }
      for (byte[] type : TYPES) {
        String ours = outcome(() -> CertificateSubject.firstValue(der, type));
        String theirs = outcome(() -> BcName.firstValue(der, type));
        assertThat(ours).as("seed %d, mutation %d", seed, i).isEqualTo(theirs);
      }
    }
  }

  /**
   * For CN, OU and O: the same outcome through {@link CertificateSubject} as through Bouncy Castle
   * alone; when {@code readByJdk}, {@link DerName} gives it without Bouncy Castle, otherwise it
   * leaves the name to Bouncy Castle.
   */
  private static void assertSameAsBouncyCastle(byte[] der, boolean readByJdk) throws Exception {
    for (byte[] type : TYPES) {
      String theirs = outcome(() -> BcName.firstValue(der, type));
      assertThat(outcome(() -> CertificateSubject.firstValue(der, type))).isEqualTo(theirs);
      if (readByJdk) {
        assertThat("value:" + DerName.firstValue(der, type)).isEqualTo(theirs);
      }
    }
    if (!readByJdk) {
      assertThatThrownBy(() -> DerName.firstValue(der, DerName.CN))
          .isInstanceOf(DerName.NotSimple.class);
    }
  }

  /** The value read, or the exception's class and message. */
  private static String outcome(Supplier<String> read) {
    try {
      return "value:" + read.get();
    } catch (RuntimeException e) {
      return "error:" + e.getClass().getName() + ": " + e.getMessage();
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] name(byte[]... rdns) {
    return tlv(0x30, concat(rdns));
  }

  private static byte[] rdn(byte[]... atvs) {
    return tlv(0x31, concat(atvs));
  }

  private static byte[] atv(byte[] oid, int tag, byte[] value) {
    return tlv(0x30, concat(tlv(0x06, oid), tlv(tag, value)));
  }

  private static byte[] tlv(int tag, byte[] contents) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    int n = contents.length;
    if (n < 0x80) {
      out.write(n);
    } else if (n < 0x100) {
      out.write(0x81);
      out.write(n);
    } else {
      out.write(0x82);
      out.write(n >> 8);
      out.write(n & 0xFF);
    }
    out.writeBytes(contents);
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
