/**
 * Test support shared by every module's tests (shipped in custody's test-jar): reference tools and
 * third-party data ({@link org.scelle.custody.testing.References}), and a real RFC 3161 time-stamp
 * authority on the loopback interface ({@link
 * org.scelle.custody.testing.LoopbackTimestampAuthority}), and item records built by name ({@link
 * org.scelle.custody.testing.TestItems}).
 */
package org.scelle.custody.testing;
