/**
 * Identities: the people who act on the evidence, their keys (PKCS#12 files or PKCS#11 tokens),
 * their certificates, and the secrets that unlock them (from the environment or a prompt, never
 * from the command line).
 *
 * <ul>
 *   <li>{@link org.scelle.custody.identity.Identity}: a person who signs (name, role, organisation
 *       from the certificate subject CN, OU, O; certificate; SHA-256 fingerprint).
 *   <li>{@link org.scelle.custody.identity.KeyGenerator}: a new EC P-256 (or RSA 3072) key and
 *       self-signed certificate in a PKCS#12 file, written atomically, never overwriting.
 *   <li>{@link org.scelle.custody.identity.Pkcs12Identity} and {@link
 *       org.scelle.custody.identity.Pkcs11Identity}: open an identity from such a file, or from a
 *       token through the JDK's SunPKCS11 provider.
 *   <li>{@link org.scelle.custody.identity.Certificates}: PEM, fingerprints, signature checks.
 *   <li>{@link org.scelle.custody.identity.SecretSource}: key passwords and PINs from {@code
 *       SCELLE_KEY_PASSWORD} / {@code SCELLE_PKCS11_PIN} or a prompt without echo; {@link
 *       org.scelle.custody.identity.MissingSecretException} when neither is available.
 * </ul>
 */
package org.scelle.custody.identity;
