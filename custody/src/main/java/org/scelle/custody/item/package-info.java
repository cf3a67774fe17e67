/** Item records: one per acquisition candidate, acquired or not, in {@code scelle/items.jsonl}. */
package org.scelle.custody.item;
