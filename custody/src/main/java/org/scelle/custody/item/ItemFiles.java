package org.scelle.custody.item;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import org.scelle.custody.vault.Vault;

/**
 * An acquired item's file in the vault, looked at without reading it: is it still there, with the
 * size its record says? One file-system look-up, for the commands that must not work on evidence
 * that is no longer what was acquired (index, report); a change of content that keeps the size is
 * for {@code scelle verify}, which re-hashes. Stateless.
 */
public final class ItemFiles {
  private ItemFiles() {}

  /** How the file differs from its record. */
  public enum Problem {
    MISSING,
    RESIZED,
    UNREADABLE
  }

  /**
   * What is wrong with the file of {@code item}.
   *
   * @param detail {@code missing from the vault}, {@code N bytes where its record says M} or {@code
   *     cannot be read: REASON}
   */
  public record Check(Problem problem, String detail) {}

  /** What is wrong with the file of {@code item}, or empty when it is there with its size. */
  public static Optional<Check> check(Vault vault, ItemRecord item) {
    try {
      long size = Files.size(vault.resolve(item.vaultPath()));
      if (item.size() == null || size == item.size()) {
        return Optional.empty();
      }
      return Optional.of(
          new Check(Problem.RESIZED, size + " bytes where its record says " + item.size()));
    } catch (NoSuchFileException e) {
      return Optional.of(new Check(Problem.MISSING, "missing from the vault"));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.of(new Check(Problem.UNREADABLE, "cannot be read: " + e.getMessage()));
    }
  }
}
