package org.scelle.collector.triage;

import java.util.regex.Pattern;

/**
 * A content cue of a ransom note: a pattern searched in the decoded, whitespace-normalised head of
 * a text file.
 *
 * @param id the name used in the reason {@code note-cue:<id>}
 * @param pattern the compiled pattern (case-insensitive)
 * @param weight how much the cue counts towards {@link Thresholds#noteScore()}
 * @param base58Check whether a match counts only when it is a valid Base58Check string (Bitcoin
 *     legacy and P2SH addresses; {@code bc1} Bech32 addresses are taken as matched)
 */
record NoteCue(String id, Pattern pattern, double weight, boolean base58Check) {}
