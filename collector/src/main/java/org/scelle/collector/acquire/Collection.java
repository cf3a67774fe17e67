package org.scelle.collector.acquire;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.scelle.collector.target.TargetCatalog;
import org.scelle.collector.triage.Triage;
import org.scelle.collector.triage.TriageNameRules;
import org.scelle.collector.triage.TriageRules;
import org.scelle.collector.walk.Entry;
import org.scelle.collector.walk.SourceName;
import org.scelle.collector.walk.SourceWalker;
import org.scelle.custody.concurrent.DaemonThreads;
import org.scelle.custody.concurrent.Futures;
import org.scelle.custody.identity.Identity;
import org.scelle.custody.item.ItemRecord;
import org.scelle.custody.item.ItemStatus;
import org.scelle.custody.item.ItemStore;
import org.scelle.custody.json.JsonKeys;
import org.scelle.custody.json.JsonLines;
import org.scelle.custody.ledger.Action;
import org.scelle.custody.ledger.Ledger;
import org.scelle.custody.seal.Sealer;
import org.scelle.custody.timestamp.TimestampClient;
import org.scelle.custody.timestamp.TimestampException;
import org.scelle.custody.vault.BagFiles;
import org.scelle.custody.vault.CaseInfo;
import org.scelle.custody.vault.Vault;

/**
 * One {@code scelle collect} run, from sources to a sealed vault.
 *
 * <p>Creates the vault when absent ({@code case-created}), walks the sources, plans (targets,
 * sampling, pairs), then copies the items on {@code threads} threads. Records and ledger entries
 * are committed in plan order, in batches, each only after the batch's bytes and directories are
 * forced to storage; so a run killed at any moment loses nothing that was recorded, and the next
 * run with the same parameters resumes the same acquisition, copying only what is not recorded. The
 * run ends with a {@code sealed} entry and the BagIt manifests rebuilt. Holds the vault lock
 * throughout.
 */
public final class Collection {
  private static final int BATCH = 256;

  /** Threads that force copies to storage, so that the file system can commit several at once. */
  private static final int SYNC_THREADS = 8;

  private static final long COMMIT_INTERVAL_NANOS = 1_000_000_000L;
  private final Clock clock;

  public Collection(Clock clock) {
    this.clock = clock;
  }

  /**
   * Reads the built-in target catalogue and triage rules that {@link #run} reads first, so that a
   * caller can do it beside other start-up work (opening a key takes a few hundred milliseconds of
   * password-based decryption; so does parsing these YAML resources). A failure is not reported
   * here: {@link #run} meets it again and reports it.
   */
  public static void preload() {
    try {
      TargetCatalog.builtIn();
      TriageRules.builtIn();
    } catch (RuntimeException reportedByRun) {
      // run() reads the same resources and reports the problem.
    }
  }

  /**
   * Refuses a source that is the case vault or lies inside it: the run would collect the files it
   * is writing. (A vault inside a source is left out by the walk instead.)
   */
  private static void refuseSourceInVault(Path source, Path caseDir) throws IOException {
    if (!Files.isDirectory(caseDir)) {
      return; // a vault yet to be created holds no source
    }
    Path real;
    try {
      real = source.toRealPath();
    } catch (IOException e) {
      return; // a dangling link: the walk records it
    }
    Path vault = caseDir.toRealPath();
    if (real.startsWith(vault)) {
      throw new IllegalArgumentException(
          "source "
              + source
              + " is inside the case vault "
              + caseDir
              + ": a vault is never collected into itself");
    }
  }

  /**
   * Runs {@code request} as {@code actor}.
   *
   * @throws IOException when the vault cannot be created, opened or written, or a source root is
   *     missing; items that fail individually are recorded, not thrown
   * @throws TimestampException when a time-stamp authority was asked for and refused the seal
   * @throws IllegalArgumentException when a source is the case vault or lies inside it
   */
  public CollectSummary run(CollectRequest request, Identity actor, Progress progress)
      throws IOException, TimestampException {
    Instant started = clock.instant();
    for (Path source : request.sources()) {
      if (!Files.exists(source, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        throw new java.nio.file.NoSuchFileException(
            source.toString(), null, "source path does not exist");
      }
      refuseSourceInVault(source, request.caseDir());
    }
    TargetCatalog catalog =
        request.targetsFile() == null
            ? TargetCatalog.builtIn()
            : TargetCatalog.builtIn().with(request.targetsFile());
    TriageRules rules = TriageRules.builtIn();
    boolean created = !Vault.exists(request.caseDir());
    Vault vault =
        created
            ? Vault.create(request.caseDir(), request.newCase(), clock)
            : Vault.open(request.caseDir());
    try (Vault.Lock lock = vault.lock()) {
      Ledger ledger = Ledger.open(vault, clock);
      Optional<JsonLines.Cut> itemsCut = new ItemStore(vault).cutInterruptedTail();
      if (itemsCut.isPresent()) {
        ledger.append(
            actor, Action.NOTE, vault.info().caseId(), Ledger.cutDetails(itemsCut.get(), vault));
      }
      if (created || ledger.lastSeq() == 0) {
        ledger.append(actor, Action.CASE_CREATED, vault.info().caseId(), caseDetails(vault.info()));
      }
      RunState run = RunState.findResumable(vault, request);
      boolean resumed = run != null;
      if (run == null) {
        run = RunState.start(vault, request, started);
        run.save(vault);
      }
      removePartials(vault.dataDir().resolve(request.host()).resolve(run.acquisition()));
      Map<String, String> done = doneItems(vault, run.acquisition());
      if (resumed) {
        recordUnledgered(vault, ledger, actor, run.acquisition());
      }
      List<Entry> walked = new ArrayList<>();
      SourceWalker walker = new SourceWalker(request.followSymlinks(), vault.root());
      for (Path source : request.sources()) {
        walker.walk(source, walked::add);
      }
      Planner.Plan plan =
          new Planner(catalog, new TriageNameRules(rules), request, vault.info().caseId())
              .plan(walked, run.acquisition(), done);
      long plannedBytes = 0;
      for (PlannedItem p : plan.work()) {
        plannedBytes += sizeOrZero(p.entry().path());
      }
      progress.planned(plan.work().size(), plannedBytes, plan.alreadyDone());
      Counters counters =
          execute(vault, ledger, actor, request, run, plan.work(), new Triage(rules), progress);
      if (counters.notSampled > 0) {
        ObjectNode d = JsonNodeFactory.instance.objectNode();
        d.put("reason", "not-sampled");
        d.put("count", counters.notSampled);
        d.put("samples_per_host", request.samples());
        ledger.append(actor, Action.SKIPPED, run.acquisition(), d);
      }
      TimestampClient tsa =
          request.tsa() == null ? null : new TimestampClient(request.tsa(), Duration.ofSeconds(30));
      Sealer.Seal seal;
      try {
        seal = Sealer.seal(vault, ledger, actor, run.acquisition(), tsa);
      } catch (TimestampException e) {
        // Everything is copied and recorded; only the seal is missing, and a run with the same
        // parameters resumes this acquisition straight to its seal.
        throw new TimestampException(
            e.getMessage()
                + "; the items of acquisition "
                + run.acquisition()
                + " are copied and recorded but not sealed: run the same command again, with a"
                + " reachable --tsa or without it, to seal them",
            e);
      }
      run.sealedNow().save(vault);
      BagFiles.rebuildPayloadManifests(vault);
      BagFiles.writeTagManifest(vault);
      return new CollectSummary(
          run.acquisition(),
          resumed,
          counters.acquired,
          counters.bytes,
          plan.alreadyDone(),
          counters.skipped,
          counters.verdicts,
          counters.warnings,
          Duration.between(started, clock.instant()),
          seal.merkleRoot(),
          seal.itemCount(),
          seal.token() != null);
    }
  }

  private static final class Counters {
    long acquired;
    long bytes;
    long warnings;
    long notSampled;
    final Map<String, Long> skipped = new TreeMap<>();
    final Map<String, Long> verdicts = new TreeMap<>();
  }

  private Counters execute(
      Vault vault,
      Ledger ledger,
      Identity actor,
      CollectRequest request,
      RunState run,
      List<PlannedItem> work,
      Triage triage,
      Progress progress)
      throws IOException {
    Counters c = new Counters();
    ExecutorService pool =
        Executors.newFixedThreadPool(request.threads(), DaemonThreads.named("scelle-copy"));
    ExecutorService syncer =
        Executors.newFixedThreadPool(SYNC_THREADS, DaemonThreads.named("scelle-sync"));
    Set<Path> madeDirectories = java.util.concurrent.ConcurrentHashMap.newKeySet();
    ThreadLocal<Acquirer> acquirers =
        ThreadLocal.withInitial(
            () ->
                new Acquirer(
                    vault,
                    triage,
                    clock,
                    request.host(),
                    run.acquisition(),
                    request.sourceTz(),
                    request.maxBytes(),
                    syncer,
                    madeDirectories));
    ItemStore store = new ItemStore(vault);
    try {
      Deque<Future<Acquirer.Outcome>> window = new ArrayDeque<>();
      List<Acquirer.Outcome> batch = new ArrayList<>();
      int next = 0;
      long lastCommit = System.nanoTime();
      int windowSize = Math.max(64, request.threads() * 32);
      while (next < work.size() || !window.isEmpty()) {
        while (next < work.size() && window.size() < windowSize) {
          PlannedItem p = work.get(next++);
          window.add(pool.submit(() -> acquirers.get().acquire(p)));
        }
        Future<Acquirer.Outcome> head = window.peekFirst();
        // Commit when the batch is full, or when waiting for the next item and the batch is old:
        // records reach the vault at least every COMMIT_INTERVAL, and one signature covers many.
        boolean stale = System.nanoTime() - lastCommit > COMMIT_INTERVAL_NANOS;
        if (!batch.isEmpty() && (batch.size() >= BATCH || (!head.isDone() && stale))) {
          commit(store, ledger, actor, batch, c, progress);
          lastCommit = System.nanoTime();
        }
        batch.add(Futures.await(window.pollFirst(), "collection"));
      }
      commit(store, ledger, actor, batch, c, progress);
    } finally {
      pool.shutdownNow();
      syncer.shutdownNow();
    }
    return c;
  }

  private static void commit(
      ItemStore store,
      Ledger ledger,
      Identity actor,
      List<Acquirer.Outcome> batch,
      Counters c,
      Progress progress)
      throws IOException {
    if (batch.isEmpty()) {
      return;
    }
    Set<Path> dirs = new LinkedHashSet<>();
    List<ItemRecord> records = new ArrayList<>(batch.size());
    List<Ledger.Draft> drafts = new ArrayList<>();
    for (Acquirer.Outcome o : batch) {
      if (o.directory() != null) {
        dirs.add(o.directory());
      }
      ItemRecord r = o.record();
      records.add(r);
      count(r, c);
      Ledger.Draft d = draft(r);
      if (d != null) {
        drafts.add(d);
      }
    }
    for (Acquirer.Outcome o : batch) {
      if (o.durable() != null) {
        awaitDurable(o);
      }
    }
    for (Path dir : dirs) {
      forceDirectory(dir);
    }
    store.append(records);
    ledger.append(actor, drafts);
    for (ItemRecord r : records) {
      progress.committed(r);
    }
    batch.clear();
  }

  private static void count(ItemRecord r, Counters c) {
    if (r.status() == ItemStatus.ACQUIRED) {
      c.acquired++;
      c.bytes += r.size();
      c.verdicts.merge(r.triage().verdict(), 1L, Long::sum);
      if (r.warnings() != null) {
        c.warnings++;
      }
    } else {
      String reason = r.reason();
      int colon = reason.indexOf(':');
      c.skipped.merge(
          r.status().label() + " " + (colon > 0 ? reason.substring(0, colon) : reason),
          1L,
          Long::sum);
      if (reason.startsWith("not-sampled")) {
        c.notSampled++;
      }
    }
  }

  /**
   * The ledger entry for a committed record; not-sampled items are summarised in one entry instead.
   */
  private static Ledger.Draft draft(ItemRecord r) {
    ObjectNode d = JsonNodeFactory.instance.objectNode();
    d.put(JsonKeys.SOURCE_PATH, r.sourcePath());
    if (r.status() == ItemStatus.ACQUIRED) {
      d.put(JsonKeys.VAULT_PATH, r.vaultPath());
      d.put(JsonKeys.SIZE, r.size());
      d.put(JsonKeys.SHA256, r.sha256());
      if (r.warnings() != null) {
        d.put(JsonKeys.WARNINGS, String.join("; ", r.warnings()));
      }
      return new Ledger.Draft(Action.ACQUIRED, r.id(), d);
    }
    if (r.reason().startsWith("not-sampled")) {
      return null;
    }
    d.put(JsonKeys.STATUS, r.status().label());
    d.put(JsonKeys.REASON, r.reason());
    return new Ledger.Draft(Action.SKIPPED, r.id(), d);
  }

  private static void awaitDurable(Acquirer.Outcome o) throws IOException {
    try {
      o.durable().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("collection interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw new IOException(
          o.record().vaultPath() + ": cannot be forced to storage: " + cause.getMessage(), cause);
    }
  }

  private static void forceDirectory(Path dir) throws IOException {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    }
  }

  private static Map<String, String> doneItems(Vault vault, String acquisition) throws IOException {
    Map<String, String> done = new HashMap<>();
    new ItemStore(vault)
        .forEach(
            r -> {
              if (acquisition.equals(r.acquisition())) {
                byte[] raw =
                    r.sourcePathB64() != null
                        ? java.util.Base64.getDecoder().decode(r.sourcePathB64())
                        : r.sourcePath().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                done.put(
                    Planner.key(new SourceName(raw, r.sourcePath(), r.sourcePathB64() == null)),
                    r.id());
              }
            });
    return done;
  }

  /**
   * Appends the ledger entries of records committed to {@code items.jsonl} by an interrupted run
   * that was killed before it could append their entries (records are written before entries).
   */
  private static void recordUnledgered(
      Vault vault, Ledger ledger, Identity actor, String acquisition) throws IOException {
    Set<String> ledgered = new java.util.HashSet<>();
    try (Stream<org.scelle.custody.json.JsonLines.Line> lines =
        org.scelle.custody.json.JsonLines.read(vault.ledgerFile())) {
      lines.forEach(
          l -> {
            org.scelle.custody.ledger.LedgerEntry e =
                org.scelle.custody.ledger.LedgerEntry.fromJson(l.node());
            if (e.action() == Action.ACQUIRED || e.action() == Action.SKIPPED) {
              ledgered.add(e.subject());
            }
          });
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    List<Ledger.Draft> missing = new ArrayList<>();
    new ItemStore(vault)
        .forEach(
            r -> {
              if (acquisition.equals(r.acquisition()) && !ledgered.contains(r.id())) {
                Ledger.Draft d = draft(r);
                if (d != null) {
                  missing.add(d);
                }
              }
            });
    if (!missing.isEmpty()) {
      ledger.append(actor, missing);
    }
  }

  private static void removePartials(Path acquisitionDir) throws IOException {
    if (!Files.isDirectory(acquisitionDir)) {
      return;
    }
    List<Path> partials = new ArrayList<>();
    try (Stream<Path> s = Files.walk(acquisitionDir)) {
      s.filter(p -> p.getFileName().toString().startsWith(".scelle-partial-"))
          .forEach(partials::add);
    }
    for (Path p : partials) {
      Files.deleteIfExists(p);
    }
  }

  private static long sizeOrZero(Path p) {
    try {
      java.nio.file.attribute.BasicFileAttributes a =
          Files.readAttributes(
              p,
              java.nio.file.attribute.BasicFileAttributes.class,
              java.nio.file.LinkOption.NOFOLLOW_LINKS);
      return a.isRegularFile() ? a.size() : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  private static ObjectNode caseDetails(CaseInfo info) {
    ObjectNode d = JsonNodeFactory.instance.objectNode();
    d.put(JsonKeys.TITLE, info.title());
    d.put(JsonKeys.ORGANISATION, info.organisation());
    d.put(JsonKeys.SITE_TZ, info.siteTz());
    d.put(JsonKeys.TOOL_VERSION, info.toolVersion());
    return d;
  }
}
