package org.scelle.indexer.evtx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scelle.custody.testing.References;
import org.scelle.indexer.Fields;
import org.scelle.indexer.event.Event;

class EvtxReaderTest {
  private static final long SEED = Long.getLong("scelle.seed", 20191115L);

  private static List<EvtxRecord> read(Path f, List<EvtxProblem> problems) throws Exception {
    List<EvtxRecord> out = new ArrayList<>();
    try (EvtxReader r = EvtxReader.open(f)) {
      r.forEach(out::add);
      problems.addAll(r.problems());
    }
    return out;
  }

  @Test
  void readsFieldsOfTheFirstSecurityRecord() throws Exception {
    Path f = References.sharedData("omerbenamram-evtx/samples/security.evtx");
    List<EvtxRecord> records = read(f, new ArrayList<>());
    EvtxRecord first = records.get(0);
    assertThat(first.recordId()).isEqualTo(1);
    assertThat(first.eventId()).contains("4608");
    assertThat(first.channel()).contains("Security");
    assertThat(first.provider()).contains("Microsoft-Windows-Security-Auditing");
    assertThat(first.fileOffset()).isEqualTo(0x1200);
    Event e = EvtxEvents.toEvent(first);
    assertThat(e.format()).isEqualTo("evtx");
    assertThat(e.fields())
        .containsEntry(Fields.EVENT_CODE, "4608")
        .containsEntry(Fields.WINLOG_RECORD_ID, "1");
    assertThat(e.locator().toString()).isEqualTo("record:1@offset:4608");
    assertThat(e.message()).startsWith("4608 Microsoft-Windows-Security-Auditing [Security] on ");
  }

  @Test
  void truncatedFileKeepsTheWholeRecordsAndReportsTheRest(@TempDir Path dir) throws Exception {
    Path src = References.sharedData("omerbenamram-evtx/samples/security.evtx");
    byte[] all = Files.readAllBytes(src);
    Path cut = Files.write(dir.resolve("cut.evtx"), Arrays.copyOf(all, 4096 + 65536 + 30000));
    List<EvtxProblem> problems = new ArrayList<>();
    List<EvtxRecord> records = read(cut, problems);
    assertThat(records.size()).isBetween(92, 177);
    assertThat(problems).extracting(EvtxProblem::kind).contains(EvtxProblem.Kind.CHUNK_TRUNCATED);
  }

  @Test
  void randomBytesAfterAValidHeaderAreReportedNotThrown(@TempDir Path dir) throws Exception {
    Random random = new Random(SEED);
    Path src = References.sharedData("omerbenamram-evtx/samples/security.evtx");
    byte[] all = Arrays.copyOf(Files.readAllBytes(src), 4096 + 4 * 65536);
    for (int round = 0; round < 20; round++) {
      byte[] b = all.clone();
      int from = round % 2 == 0 ? 4096 : 4096 + 512; // whole chunks, or records behind good headers
      for (int i = from; i < b.length; i++) {
        if (round % 2 == 0 || (i % 65536) >= 4096 + 512 - 4096) {
          b[i] = (byte) random.nextInt(256);
        }
      }
      String name = "random" + round + ".evtx";
      Path f = Files.write(dir.resolve(name), b);
      List<EvtxProblem> problems = new ArrayList<>();
      read(f, problems);
      assertThat(problems).as("seed %d round %d", SEED, round).isNotEmpty();
      assertThat(problems).allSatisfy(p -> assertThat(p.message()).contains(name));
    }
  }

  @Test
  void templateThatRefersToItselfIsReported(@TempDir Path dir) throws Exception {
    Path src = References.sharedData("omerbenamram-evtx/samples/security.evtx");
    byte[] b = Arrays.copyOf(Files.readAllBytes(src), 4096 + 65536);
    // First record: fragment header at +24, template instance at +28 with its definition inline at
    // +38. Make the definition's body a template instance pointing back at the definition itself.
    int rec = 4096 + 512;
    int def = (int) ByteCursor.u32(b, rec + 28 + 6);
    int body = 4096 + def + 24;
    b[body] = 0x0c;
    b[body + 1] = 0;
    int defLe = def;
    for (int i = 0; i < 4; i++) {
      b[body + 6 + i] = (byte) (defLe >>> (8 * i));
    }
    Path f = Files.write(dir.resolve("loop.evtx"), b);
    List<EvtxProblem> problems = new ArrayList<>();
    read(f, problems);
    assertThat(problems).isNotEmpty();
    assertThat(problems.get(problems.size() - 1).message()).contains("loop.evtx");
  }

  @Test
  void notEvtx(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("x.evtx"), "hello");
    assertThatThrownBy(() -> EvtxReader.open(f))
        .isInstanceOf(NotEvtxException.class)
        .hasMessageContaining("x.evtx");
  }
}
