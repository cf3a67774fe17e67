package org.scelle.collector.triage;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The triage rules file as written in YAML, before validation; {@link #compile} checks every value
 * and names the file and the field of the first bad one. Every section is optional.
 */
record RulesDocument(
    @JsonProperty("knownExtensions") List<String> knownExtensions,
    @JsonProperty("markers") List<MarkerEntry> markers,
    @JsonProperty("extensionTypes") Map<String, List<String>> extensionTypes,
    @JsonProperty("noteNames") List<String> noteNames,
    @JsonProperty("noteCues") List<CueEntry> noteCues,
    @JsonProperty("thresholds") ThresholdsEntry thresholds) {

  /**
   * A marker: exactly one of {@code text} (UTF-8) or {@code hex}; {@code name} defaults to the
   * text.
   */
  record MarkerEntry(
      @JsonProperty("name") String name,
      @JsonProperty("text") String text,
      @JsonProperty("hex") String hex) {}

  /** A note cue; {@code weight} defaults to 1, {@code check} is absent or {@code base58check}. */
  record CueEntry(
      @JsonProperty("id") String id,
      @JsonProperty("pattern") String pattern,
      @JsonProperty("weight") Double weight,
      @JsonProperty("check") String check) {}

  /** Numeric limits, see {@link Thresholds}. */
  record ThresholdsEntry(
      @JsonProperty("entropy") Double entropy,
      @JsonProperty("chiSquareMax") Double chiSquareMax,
      @JsonProperty("minEntropySize") Long minEntropySize,
      @JsonProperty("noteMaxSize") Long noteMaxSize,
      @JsonProperty("noteScore") Double noteScore) {}

  private static final Pattern CUE_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final int REGEX_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /**
   * Validates this document read from {@code source}.
   *
   * @throws IOException naming {@code source}, the field and the bad value
   */
  TriageRules compile(String source) throws IOException {
    return new TriageRules(
        source,
        extensions(source),
        markerList(source),
        types(source),
        names(source),
        cues(source),
        limits(source));
  }

  private List<String> extensions(String source) throws IOException {
    List<String> out = new ArrayList<>();
    List<String> in = orEmpty(knownExtensions);
    for (int i = 0; i < in.size(); i++) {
      String e = in.get(i);
      if (e == null || !e.matches("\\.[^\\s./\\\\]+")) {
        throw bad(
            source,
            "knownExtensions[" + i + "]",
            e,
            "must be a dot and a non-empty name, like .Clop");
      }
      out.add(e);
    }
    return out;
  }

  private List<Marker> markerList(String source) throws IOException {
    List<Marker> out = new ArrayList<>();
    List<MarkerEntry> in = orEmpty(markers);
    for (int i = 0; i < in.size(); i++) {
      MarkerEntry m = in.get(i);
      String field = "markers[" + i + "]";
      if (m == null || (m.text == null) == (m.hex == null)) {
        throw bad(source, field, m, "needs exactly one of text or hex");
      }
      byte[] bytes;
      if (m.text != null) {
        bytes = m.text.getBytes(StandardCharsets.UTF_8);
      } else {
        try {
          bytes = HexFormat.of().parseHex(m.hex.replace(" ", ""));
        } catch (IllegalArgumentException e) {
          throw bad(source, field + ".hex", m.hex, "is not hexadecimal (" + e.getMessage() + ")");
        }
      }
      if (bytes.length == 0 || bytes.length > Marker.MAX_LENGTH) {
        throw bad(
            source,
            field,
            m.text != null ? m.text : m.hex,
            "must be 1 to " + Marker.MAX_LENGTH + " bytes");
      }
      String name = m.name != null ? m.name : m.text != null ? m.text : m.hex;
      out.add(new Marker(name, bytes));
    }
    return out;
  }

  private Map<String, Set<String>> types(String source) throws IOException {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    Map<String, List<String>> in = extensionTypes == null ? Map.of() : extensionTypes;
    for (Map.Entry<String, List<String>> e : in.entrySet()) {
      String field = "extensionTypes." + e.getKey();
      String ext = e.getKey();
      if (!ext.matches("[a-z0-9_+-]+")) {
        throw bad(source, field, ext, "must be a lower-case extension without the dot, like docx");
      }
      if (e.getValue() == null || e.getValue().isEmpty()) {
        throw bad(source, field, e.getValue(), "must list at least one MIME type");
      }
      for (String type : e.getValue()) {
        if (type == null || !type.matches("[a-z0-9.+-]+/[a-z0-9.+-]+")) {
          throw bad(source, field, type, "is not a MIME type like application/pdf");
        }
      }
      out.put(ext, new LinkedHashSet<>(e.getValue()));
    }
    return out;
  }

  private List<Pattern> names(String source) throws IOException {
    List<Pattern> out = new ArrayList<>();
    List<String> in = orEmpty(noteNames);
    for (int i = 0; i < in.size(); i++) {
      out.add(regex(source, "noteNames[" + i + "]", in.get(i)));
    }
    return out;
  }

  private List<NoteCue> cues(String source) throws IOException {
    List<NoteCue> out = new ArrayList<>();
    List<CueEntry> in = orEmpty(noteCues);
    for (int i = 0; i < in.size(); i++) {
      CueEntry c = in.get(i);
      String field = "noteCues[" + i + "]";
      if (c == null || c.id == null || !CUE_ID.matcher(c.id).matches()) {
        throw bad(
            source,
            field + ".id",
            c == null ? null : c.id,
            "must be lower-case words joined by '-'");
      }
      double weight = c.weight == null ? 1.0 : c.weight;
      if (!(weight > 0 && weight <= 100)) {
        throw bad(source, field + ".weight", c.weight, "must be > 0 and <= 100");
      }
      if (c.check != null && !c.check.equals("base58check")) {
        throw bad(source, field + ".check", c.check, "must be absent or base58check");
      }
      out.add(
          new NoteCue(c.id, regex(source, field + ".pattern", c.pattern), weight, c.check != null));
    }
    return out;
  }

  private Thresholds limits(String source) throws IOException {
    if (thresholds == null) {
      return Thresholds.UNSET;
    }
    ThresholdsEntry t = thresholds;
    check(
        source,
        "thresholds.entropy",
        t.entropy,
        t.entropy == null || (t.entropy > 0 && t.entropy <= 8),
        "0 < entropy <= 8");
    check(
        source,
        "thresholds.chiSquareMax",
        t.chiSquareMax,
        t.chiSquareMax == null || t.chiSquareMax > 0,
        "> 0");
    check(
        source,
        "thresholds.minEntropySize",
        t.minEntropySize,
        t.minEntropySize == null || t.minEntropySize >= 1,
        ">= 1");
    check(
        source,
        "thresholds.noteMaxSize",
        t.noteMaxSize,
        t.noteMaxSize == null || t.noteMaxSize >= 0,
        ">= 0");
    check(
        source, "thresholds.noteScore", t.noteScore, t.noteScore == null || t.noteScore > 0, "> 0");
    return new Thresholds(t.entropy, t.chiSquareMax, t.minEntropySize, t.noteMaxSize, t.noteScore);
  }

  private static Pattern regex(String source, String field, String regex) throws IOException {
    if (regex == null || regex.isEmpty()) {
      throw bad(source, field, regex, "must be a non-empty regular expression");
    }
    try {
      return Pattern.compile(regex, REGEX_FLAGS);
    } catch (PatternSyntaxException e) {
      throw bad(
          source,
          field,
          regex,
          "is not a valid regular expression: "
              + e.getDescription()
              + " near index "
              + e.getIndex());
    }
  }

  private static void check(String source, String field, Object value, boolean ok, String rule)
      throws IOException {
    if (!ok) {
      throw bad(source, field, value, "must be " + rule);
    }
  }

  private static IOException bad(String source, String field, Object value, String problem) {
    return new IOException(
        String.format(Locale.ROOT, "triage rules %s: %s '%s' %s", source, field, value, problem));
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
