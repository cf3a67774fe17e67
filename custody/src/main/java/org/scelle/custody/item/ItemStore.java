package org.scelle.custody.item;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.scelle.custody.json.Json;
import org.scelle.custody.json.JsonKeys;
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

  /**
   * Calls {@code consumer} with the id and SHA-256 of every acquired item, in file order. Reads
   * only those fields and the status, without building the records: a seal of a whole collection
   * reads every record, at the end of the run.
   *
   * @throws JsonLines.MalformedLineException naming the line of an acquired record without a
   *     textual id or SHA-256
   */
  public void forEachAcquired(BiConsumer<String, String> consumer) throws IOException {
    Path file = vault.itemsFile();
    try (Stream<JsonLines.Line> lines = JsonLines.read(file)) {
      for (JsonLines.Line line : (Iterable<JsonLines.Line>) lines::iterator) {
        JsonNode n = line.node();
        if (!ItemStatus.ACQUIRED.label().equals(n.path(JsonKeys.STATUS).asText())) {
          continue;
        }
        JsonNode id = n.get(JsonKeys.ID);
        JsonNode sha256 = n.get(JsonKeys.SHA256);
        if (id == null || !id.isTextual() || sha256 == null || !sha256.isTextual()) {
          throw new JsonLines.MalformedLineException(
              file,
              line.number(),
              "invalid item record: an acquired item needs an id and a sha256");
        }
        consumer.accept(id.asText(), sha256.asText());
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
