package org.scelle.collector.triage;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of triage: known ransomware extensions, markers, the MIME types each extension claims,
 * ransom-note name patterns and content cues, and numeric thresholds. Loaded from YAML (the
 * built-in file {@code /org/scelle/collector/triage/triage-rules.yaml} documents every field),
 * extended by a user's file with {@link #merge}. Immutable and thread safe.
 */
public final class TriageRules {

  private static final String RESOURCE = "/org/scelle/collector/triage/triage-rules.yaml";
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private static volatile TriageRules builtIn;

  private final String source;
  private final List<String> knownExtensions;
  private final List<Marker> markers;
  private final Map<String, Set<String>> extensionTypes;
  private final List<Pattern> noteNames;
  private final List<NoteCue> noteCues;
  private final Thresholds thresholds;

  TriageRules(
      String source,
      List<String> knownExtensions,
      List<Marker> markers,
      Map<String, Set<String>> extensionTypes,
      List<Pattern> noteNames,
      List<NoteCue> noteCues,
      Thresholds thresholds) {
    this.source = source;
    this.knownExtensions = List.copyOf(knownExtensions);
    this.markers = List.copyOf(markers);
    Map<String, Set<String>> types = new LinkedHashMap<>();
    extensionTypes.forEach((ext, set) -> types.put(ext, Set.copyOf(set)));
    this.extensionTypes = Map.copyOf(types);
    this.noteNames = List.copyOf(noteNames);
    this.noteCues = List.copyOf(noteCues);
    this.thresholds = thresholds;
  }

  /**
   * The rules shipped with scelle.
   *
   * @throws IllegalStateException when the resource is missing or invalid (a broken build)
   */
  public static TriageRules builtIn() {
    TriageRules rules = builtIn;
    if (rules == null) {
      try (InputStream in = TriageRules.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "built-in triage rules " + RESOURCE + " are missing from the class path");
        }
        rules = parse(in, "resource " + RESOURCE);
      } catch (IOException e) {
        throw new IllegalStateException("built-in triage rules are invalid: " + e.getMessage(), e);
      }
      builtIn = rules;
    }
    return rules;
  }

  /**
   * Reads a rules file. Unset sections are empty and unset thresholds stay unset, so a user's file
   * usually holds only additions and is {@linkplain #merge merged} onto {@link #builtIn()}.
   *
   * @throws IOException when the file cannot be read, is not YAML, has a field this class does not
   *     know, or a bad value (an invalid regular expression, a malformed extension...): the message
   *     names the file, the field and the value
   */
  public static TriageRules load(Path yaml) throws IOException {
    try (InputStream in = Files.newInputStream(yaml)) {
      return parse(in, yaml.toString());
    }
  }

  private static TriageRules parse(InputStream in, String source) throws IOException {
    RulesDocument document;
    try (JsonParser parser = YAML.createParser(in)) {
      if (parser.nextToken() == null) {
        throw new IOException("triage rules " + source + ": the file is empty (no rules)");
      }
      document = YAML.readValue(parser, RulesDocument.class);
    } catch (UnrecognizedPropertyException e) {
      throw new IOException(
          "triage rules "
              + source
              + ": unknown field '"
              + fieldPath(e)
              + "'"
              + near(e.getLocation())
              + "; known fields there: "
              + e.getKnownPropertyIds(),
          e);
    } catch (JsonMappingException e) {
      throw new IOException(
          "triage rules "
              + source
              + ": field '"
              + fieldPath(e)
              + "': "
              + e.getOriginalMessage()
              + near(e.getLocation()),
          e);
    } catch (JsonProcessingException e) {
      throw new IOException(
          "triage rules "
              + source
              + ": not YAML: "
              + e.getOriginalMessage()
              + near(e.getLocation()),
          e);
    }
    if (document == null) {
      throw new IOException("triage rules " + source + ": the file is empty (no rules)");
    }
    return document.compile(source);
  }

  private static String near(JsonLocation location) {
    return location == null ? "" : " near line " + location.getLineNr();
  }

  /** The path of the field an exception is about, like {@code noteCues[2].weight}. */
  private static String fieldPath(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /**
   * These rules extended by {@code extra}: extensions, markers, note names and cues are appended (a
   * cue with the id of an existing one replaces it, an exact duplicate is dropped), extension types
   * are united per extension, and each threshold {@code extra} sets replaces this one's.
   */
  public TriageRules merge(TriageRules extra) {
    Map<String, Set<String>> types = new LinkedHashMap<>();
    extensionTypes.forEach((ext, set) -> types.put(ext, new LinkedHashSet<>(set)));
    extra.extensionTypes.forEach(
        (ext, set) -> types.computeIfAbsent(ext, k -> new LinkedHashSet<>()).addAll(set));
    Map<String, NoteCue> cues = new LinkedHashMap<>();
    noteCues.forEach(c -> cues.put(c.id(), c));
    extra.noteCues.forEach(c -> cues.put(c.id(), c));
    Map<String, Pattern> names = new LinkedHashMap<>();
    noteNames.forEach(p -> names.put(p.pattern(), p));
    extra.noteNames.forEach(p -> names.putIfAbsent(p.pattern(), p));
    return new TriageRules(
        source + " + " + extra.source,
        union(knownExtensions, extra.knownExtensions),
        union(markers, extra.markers),
        types,
        new ArrayList<>(names.values()),
        new ArrayList<>(cues.values()),
        thresholds.overlay(extra.thresholds));
  }

  private static <T> List<T> union(List<T> a, List<T> b) {
    Set<T> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return new ArrayList<>(all);
  }

  /** Where these rules come from: a file name, the resource, or several joined by {@code +}. */
  public String source() {
    return source;
  }

  List<String> knownExtensions() {
    return knownExtensions;
  }

  List<Marker> markers() {
    return markers;
  }

  /**
   * The MIME types that files with extension {@code ext} (lower case, no dot) may have, or null.
   */
  Set<String> typesOf(String ext) {
    return extensionTypes.get(ext);
  }

  List<Pattern> noteNames() {
    return noteNames;
  }

  List<NoteCue> noteCues() {
    return noteCues;
  }

  Thresholds thresholds() {
    return thresholds;
  }

  @Override
  public String toString() {
    return "TriageRules[" + source + "]";
  }
}
