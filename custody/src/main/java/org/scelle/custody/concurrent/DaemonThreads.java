package org.scelle.custody.concurrent;

import java.util.concurrent.ThreadFactory;

/**
 * Thread factories for scelle's pools: daemon threads (a pool left behind never keeps the JVM alive
 * after the command has answered) with one name, which thread dumps and profiles show.
 */
public final class DaemonThreads {
  private DaemonThreads() {}

  /** Daemon threads named {@code name}. */
  public static ThreadFactory named(String name) {
    return task -> {
      Thread t = new Thread(task, name);
      t.setDaemon(true);
      return t;
    };
  }
}
