/**
 * Normalised events: one record of a log (a line, an EVTX record) with its UTC time, the fields
 * named as in {@link org.scelle.indexer.Fields}, and where it lies in its item.
 */
package org.scelle.indexer.event;
