package org.scelle.collector.acquire;

import org.scelle.collector.walk.Entry;
import org.scelle.collector.walk.SourceName;

/**
 * One candidate of the plan, with its item id. Immutable.
 *
 * @param target the target set that selected it ({@code all}, {@code include}, a target name, or
 *     {@code pair-original})
 * @param skipReason when not null, the item is recorded as skipped with this reason, never opened
 * @param pairId the id of the clean original of this encrypted file, or null
 */
record PlannedItem(
    String id, Entry entry, SourceName name, String target, String skipReason, String pairId) {}
