package org.scelle.cli;

import java.io.PrintWriter;
import org.scelle.collector.acquire.Progress;
import org.scelle.custody.item.ItemRecord;

/**
 * A one-line progress bar on stderr, redrawn at most ten times a second; only when stderr is a
 * terminal.
 */
final class ProgressBar implements Progress {
  private final PrintWriter err;
  private long total;
  private long totalBytes;
  private long done;
  private long bytes;
  private long lastDraw;

  ProgressBar(PrintWriter err) {
    this.err = err;
  }

  /** A bar when a terminal is attached, else {@link Progress#NONE}. */
  static Progress forTerminal(PrintWriter err) {
    return System.console() != null ? new ProgressBar(err) : Progress.NONE;
  }

  @Override
  public void planned(long items, long bytes, long alreadyDone) {
    this.total = items;
    this.totalBytes = bytes;
    if (alreadyDone > 0) {
      err.printf("resuming: %d items already acquired%n", alreadyDone);
    }
  }

  @Override
  public void committed(ItemRecord r) {
    done++;
    if (r.size() != null) {
      bytes += r.size();
    }
    long now = System.nanoTime();
    if (now - lastDraw > 100_000_000L || done == total) {
      lastDraw = now;
      int width = 30;
      int filled =
          (int)
              (totalBytes == 0 ? width : Math.min(width, bytes * width / Math.max(1, totalBytes)));
      err.printf(
          "\r[%s%s] %d/%d items %s",
          "#".repeat(filled), " ".repeat(width - filled), done, total, Sizes.format(bytes));
      if (done == total) {
        err.println();
      }
      err.flush();
    }
  }
}
