/**
 * Digesting: MD5, SHA-1 and SHA-256 computed in the same single read of a stream, while it is
 * copied, so that the hashes describe exactly the bytes that were written.
 */
package org.scelle.custody.digest;
