/**
 * Acquisition of evidence into a case vault: walking sources, target sets, triage, sampling,
 * copy-hash-verify, resume after interruption, vault verification and hand-overs.
 */
package org.scelle.collector;
