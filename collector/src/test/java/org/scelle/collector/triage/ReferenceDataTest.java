package org.scelle.collector.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.scelle.custody.testing.References;

/** Triage of third-party data: real ransom notes, real logs and real EVTX files. */
class ReferenceDataTest {

  private final Triage triage = new Triage(TriageRules.builtIn());

  /**
   * Every note of the data set (its own LICENSE, README.md and MANIFEST.sha256 at the root are
   * skipped) is a note under its own name, and also by content alone, renamed {@code note.txt}.
   */
  @Test
  void everyThreatlabzNoteIsARansomNote() throws IOException {
    Path root = References.sharedData("threatlabz-ransomware_notes");
    List<Path> notes = files(root, p -> !p.getParent().equals(root));
    assertThat(notes).hasSizeGreaterThan(100);
    List<String> missed = new ArrayList<>();
    for (Path note : notes) {
      TriageResult r = triageFile(note, 8192);
      if (r.verdict() != Verdict.RANSOM_NOTE) {
        missed.add(root.relativize(note) + " -> " + r);
      }
      TriageResult byContent = triageFile(note, "note.txt", 1000);
      if (byContent.verdict() != Verdict.RANSOM_NOTE) {
        missed.add(root.relativize(note) + " renamed note.txt -> " + byContent);
      }
    }
    assertThat(missed).as("notes not recognised out of %d", notes.size()).isEmpty();
  }

  @Test
  void loghubLogsAreClean() throws IOException {
    Path root = References.sharedData("logpai-loghub");
    List<Path> logs = files(root, p -> p.getFileName().toString().endsWith(".log"));
    assertThat(logs).isNotEmpty();
    for (Path log : logs) {
      assertThat(triageFile(log, 65536))
          .as("%s", log)
          .satisfies(
              r -> {
                assertThat(r.verdict()).isEqualTo(Verdict.CLEAN);
                assertThat(r.reasons()).isEmpty();
                assertThat(r.contentType()).isEqualTo("text/plain");
              });
    }
  }

  @Test
  void mitreEvtxFilesAreClean() throws IOException {
    Path root = References.sharedData("mdecrevoisier-EVTX-to-MITRE-Attack");
    List<Path> evtx = files(root, p -> p.getFileName().toString().endsWith(".evtx"));
    assertThat(evtx).isNotEmpty();
    for (Path file : evtx) {
      assertThat(triageFile(file, 4096))
          .as("%s", file)
          .satisfies(
              r -> {
                assertThat(r.verdict()).isEqualTo(Verdict.CLEAN);
                assertThat(r.contentType()).isEqualTo("application/x-evtx");
              });
    }
  }

  private TriageResult triageFile(Path file, int bufferSize) throws IOException {
    return triageFile(file, file.getFileName().toString(), bufferSize);
  }

  private TriageResult triageFile(Path file, String name, int bufferSize) throws IOException {
    Triage.Session session = triage.start(name, Files.size(file));
    byte[] buffer = new byte[bufferSize];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        session.update(buffer, 0, n);
      }
    }
    return session.finish();
  }

  private static List<Path> files(Path root, java.util.function.Predicate<Path> keep)
      throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).filter(keep).sorted().toList();
    }
  }
}
