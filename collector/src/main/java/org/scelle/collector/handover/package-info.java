/** Hand-overs of a vault between people, and notes, each signed into the custody ledger. */
package org.scelle.collector.handover;
