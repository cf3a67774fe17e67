package org.scelle.collector.verify;

/**
 * One thing wrong with a vault.
 *
 * @param subject the item id, ledger entry or tag file concerned
 * @param path the vault-relative path concerned, or the empty string
 * @param what what is wrong, one line
 */
public record Problem(String subject, String path, String what) {
  @Override
  public String toString() {
    return subject + (path.isEmpty() ? "" : " (" + path + ")") + ": " + what;
  }
}
