/**
 * Running work on other threads: {@link org.scelle.custody.concurrent.Background} for one task on a
 * second core, joined where its result is needed; {@link org.scelle.custody.concurrent.Futures} for
 * waiting on a pool's task where an interrupt means stop. Both hand back the task's own exception.
 * {@link org.scelle.custody.concurrent.DaemonThreads} names the daemon threads of every pool.
 */
package org.scelle.custody.concurrent;
