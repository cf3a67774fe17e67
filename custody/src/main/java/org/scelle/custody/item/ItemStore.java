package org.scelle.custody.item;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.scelle.custody.json.Json;
import org.scelle.custody.json.JsonLines;
import org.scelle.custody.vault.Vault;

/**
 * Reads and appends the item records of a vault. Appends are durable on return; callers hold the
 * vault lock. Reading streams the file.
 */
public final class ItemStore {
  private final Vault vault;

  public ItemStore(Vault vault) {
    this.vault = vault;
  }

  /** Appends {@code records} in order and forces them to storage. */
  public void append(List<ItemRecord> records) throws IOException {
    List<String> lines = new ArrayList<>(records.size());
    for (ItemRecord r : records) {
      lines.add(Json.mapper().writeValueAsString(r));
    }
    JsonLines.appendDurably(vault.itemsFile(), lines);
  }

  /**
   * Cuts off a last line without a line feed, left by an append that was interrupted (see {@link
   * JsonLines#cutTail}); its bytes are kept in {@link Vault#interruptedDir()}. The caller holds the
   * vault lock and records the cut in the ledger.
   *
   * @return what was cut, or empty when the file ends with a complete line
   */
  public Optional<JsonLines.Cut> cutInterruptedTail() throws IOException {
    Path file = vault.itemsFile();
    return JsonLines.cutTail(file, JsonLines.terminatedLength(file), vault.interruptedDir());
  }

  /**
   * Calls {@code consumer} with every record in file order.
   *
   * @throws JsonLines.MalformedLineException naming the line when a record does not parse
   */
  public void forEach(Consumer<ItemRecord> consumer) throws IOException {
    try (Stream<JsonLines.Line> lines = JsonLines.read(vault.itemsFile())) {
      for (JsonLines.Line line : (Iterable<JsonLines.Line>) lines::iterator) {
        consumer.accept(parse(line));
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** All records, in memory: for small cases and tests; prefer {@link #forEach}. */
  public List<ItemRecord> readAll() throws IOException {
    List<ItemRecord> out = new ArrayList<>();
    forEach(out::add);
    return out;
  }

  private ItemRecord parse(JsonLines.Line line) {
    try {
      return Json.mapper().treeToValue(line.node(), ItemRecord.class);
    } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
      throw new UncheckedIOException(
          new JsonLines.MalformedLineException(
              vault.itemsFile(), line.number(), "invalid item record: " + e.getMessage()));
    }
  }
}
