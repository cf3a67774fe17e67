package org.scelle.reporter.complaint;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a small YAML file as a plain tree, defensively: at most {@value #MAX_BYTES} bytes of UTF-8,
 * one document, no duplicate keys, and no anchors, aliases or tags (a complaint needs none, and
 * Jackson would silently turn an alias into the anchor's name). Never constructs objects from YAML
 * tags. Thread-safe.
 */
final class SafeYaml {

  /** The largest file accepted: 1 MiB. */
  static final int MAX_BYTES = 1 << 20;

  private static final ObjectMapper MAPPER = mapper();
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

  private SafeYaml() {}

  private static ObjectMapper mapper() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10);
    options.setCodePointLimit(MAX_BYTES);
    options.setAllowDuplicateKeys(false);
    options.setNestingDepthLimit(20);
    ObjectMapper mapper = new ObjectMapper(YAMLFactory.builder().loaderOptions(options).build());
    mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    return mapper;
  }

  /**
   * The tree of {@code file}, or empty after recording the problem with the whole file.
   *
   * @throws IOException if the file cannot be read
   */
  static Optional<JsonNode> read(Path file, Problems problems) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    }
    if (bytes.length > MAX_BYTES) {
      problems.add(
          null, "larger than 1 MiB: a complaint file is a few kilobytes, is it the right file?");
      return Optional.empty();
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      problems.add(null, "not UTF-8 text: save it as UTF-8");
      return Optional.empty();
    }
    try {
      if (!plain(text, problems)) {
        return Optional.empty();
      }
      JsonNode tree = MAPPER.readTree(text);
      if (tree == null || tree.isMissingNode()) {
        problems.add(null, "empty");
        return Optional.empty();
      }
      return Optional.of(tree);
    } catch (JsonProcessingException e) {
      problems.add(null, syntax(e));
      return Optional.empty();
    }
  }

  /** False after recording a problem if the text uses an anchor, an alias or a tag. */
  private static boolean plain(String text, Problems problems) throws IOException {
    try (YAMLParser parser = (YAMLParser) MAPPER.getFactory().createParser(text)) {
      while (parser.nextToken() != null) {
        String what = null;
        if (parser.isCurrentAlias()) {
          what = "an alias (*" + parser.getText() + ")";
        } else if (parser.getCurrentAnchor() != null) {
          what = "an anchor (&" + parser.getCurrentAnchor() + ")";
        } else if (parser.getTypeId() != null) {
          what = "a tag (" + parser.getTypeId() + ")";
        }
        if (what != null) {
          problems.add(
              null,
              at(parser.currentTokenLocation())
                  + "uses "
                  + what
                  + ": anchors, aliases and tags are not accepted, write each value out");
          return false;
        }
      }
    }
    return true;
  }

  private static String syntax(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
      Mark mark = yaml.getProblemMark();
      return "line "
          + (mark.getLine() + 1)
          + ", column "
          + (mark.getColumn() + 1)
          + ": not valid YAML: "
          + yaml.getProblem()
          + (yaml.getContext() == null ? "" : " (" + yaml.getContext() + ")");
    }
    JsonLocation location = e.getLocation();
    String message = e.getOriginalMessage().lines().findFirst().orElse("syntax error").strip();
    Matcher duplicate = DUPLICATE.matcher(message);
    if (duplicate.matches()) {
      return at(location)
          + "the key "
          + duplicate.group(1)
          + " is written twice in the same mapping";
    }
    if (message.startsWith("Trailing token")) {
      return at(location) + "a second YAML document starts here (---): keep one complaint per file";
    }
    return at(location) + "not valid YAML: " + message;
  }

  private static String at(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
  }
}
