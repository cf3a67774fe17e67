package org.scelle.custody.ledger;

/**
 * One thing wrong with a ledger.
 *
 * @param line the 1-based line of {@code custody.jsonl}, or 0 for the head file
 * @param what a one-line description naming the entry and the problem
 */
public record LedgerProblem(long line, String what) {}
