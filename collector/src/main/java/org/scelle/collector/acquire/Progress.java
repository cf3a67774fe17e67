package org.scelle.collector.acquire;

import org.scelle.custody.item.ItemRecord;

/**
 * Receives the progress of a run. Called from the committing thread only, in commit order.
 * Implementations must be quick; they must not throw.
 */
public interface Progress {
  /** Progress that is not shown. */
  Progress NONE = new Progress() {};

  /**
   * The plan is made: {@code items} to process, of {@code bytes} in all (not counting items already
   * done).
   */
  default void planned(long items, long bytes, long alreadyDone) {}

  /** An item's record was committed. */
  default void committed(ItemRecord record) {}
}
