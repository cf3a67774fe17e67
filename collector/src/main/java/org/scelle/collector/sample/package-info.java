/**
 * Sampling of encrypted files (a reproducible, stratified sample per host instead of millions of
 * copies) and pairing of encrypted files with clean originals found elsewhere in the sources.
 */
package org.scelle.collector.sample;
