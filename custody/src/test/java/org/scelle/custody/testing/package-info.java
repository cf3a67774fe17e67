/**
 * Test support shared by every module's tests (shipped in custody's test-jar): reference tools and
 * third-party data ({@link org.scelle.custody.testing.References}), and a real RFC 3161 time-stamp
 * authority on the loopback interface ({@link
 * org.scelle.custody.testing.LoopbackTimestampAuthority}).
 */
package org.scelle.custody.testing;
