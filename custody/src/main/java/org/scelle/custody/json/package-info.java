/**
 * JSON as scelle writes it: the shared key names, the one configured Jackson mapper, JSON lines
 * files, and RFC 8785 canonicalisation for what is signed.
 */
package org.scelle.custody.json;
