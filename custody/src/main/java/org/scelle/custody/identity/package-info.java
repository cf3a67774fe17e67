/**
 * Identities: the people who act on the evidence, their keys (PKCS#12 files or PKCS#11 tokens),
 * their certificates, and the secrets that unlock them (from the environment or a prompt, never
 * from the command line).
 */
package org.scelle.custody.identity;
