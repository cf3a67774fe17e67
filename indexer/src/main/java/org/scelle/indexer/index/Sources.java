package org.scelle.indexer.index;

import java.util.ArrayList;
import java.util.List;

/** The item readers scelle knows, in the order they are tried. */
public final class Sources {
  private Sources() {}

  /** Every built-in reader, most specific first. */
  public static List<ItemEventSource> builtIn() {
    List<ItemEventSource> all = new ArrayList<>();
    all.add(new org.scelle.indexer.evtx.EvtxEventSource());
    all.add(new org.scelle.indexer.logs.LogEventSource());
    return all;
  }
}
