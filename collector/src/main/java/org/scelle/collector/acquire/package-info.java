/**
 * An acquisition run: planning what to copy from the walked sources, copying, hashing, triaging and
 * verifying each item in parallel, committing records and ledger entries in a fixed order once the
 * bytes are durable, resuming an interrupted run, and sealing.
 */
package org.scelle.collector.acquire;
