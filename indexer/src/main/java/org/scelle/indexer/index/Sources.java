package org.scelle.indexer.index;

import java.util.ArrayList;
import java.util.List;
import org.scelle.indexer.extract.ExtractLimits;
import org.scelle.indexer.extract.FileTextSource;

/** The item readers scelle knows, in the order they are tried. */
public final class Sources {
  private Sources() {}

  /** Every built-in reader, most specific first, with the default extraction limits. */
  public static List<ItemEventSource> builtIn() {
    return builtIn(ExtractLimits.DEFAULTS);
  }

  /**
   * Every built-in reader, most specific first: EVTX, the text logs, then the extraction of
   * document text (Tika, in worker JVMs) within {@code limits} for every other item.
   */
  public static List<ItemEventSource> builtIn(ExtractLimits limits) {
    List<ItemEventSource> all = new ArrayList<>();
    all.add(new org.scelle.indexer.evtx.EvtxEventSource());
    all.add(new org.scelle.indexer.logs.LogEventSource());
    all.add(new FileTextSource(limits));
    return all;
  }
}
