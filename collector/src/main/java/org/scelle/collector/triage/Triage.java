package org.scelle.collector.triage;

import java.util.Arrays;
import java.util.Objects;

/**
 * Decides, while a file is being copied, whether it is encrypted by ransomware, a ransom note,
 * suspicious or clean, and why. The acquirer reads each file once and passes the same buffers to a
 * {@link Session}; triage never opens a file and never holds more than a bounded head (64 KiB) and
 * tail (4 KiB) of it.
 *
 * <h2>Signals</h2>
 *
 * <ul>
 *   <li><b>known-extension:.Clop</b>: the last extension is a known ransomware extension
 *       (case-insensitive; the reason keeps the extension as found, so {@code .Clop}, {@code .CIop}
 *       and {@code .Cl0p} stay distinct).
 *   <li><b>marker:Clop^_-</b>: a marker byte string occurs in the first KiB or the last 4 KiB of a
 *       file whose content is not text (a text file that merely quotes a marker, such as a rules
 *       file, is not marked).
 *   <li><b>magic-mismatch:docx</b>: the extension (lower case, no dot) claims MIME types and the
 *       content type detected from the magic bytes is none of them. Empty files never mismatch.
 *   <li><b>entropy:7.99</b> and <b>chi-square:261.3</b>: the file has at least {@code
 *       minEntropySize} bytes, its Shannon entropy reaches the threshold (7.9 bits per byte from 4
 *       KiB; lower for smaller files, see {@code Judge.entropyThreshold}), and its content has no
 *       recognised format or mismatches its extension. A recognised format (ZIP, OOXML, JPEG, gzip,
 *       7z, PDF, MP4...) is naturally dense and is never judged on entropy alone. The chi-square
 *       statistic (255 degrees of freedom) is "uniform" below {@code chiSquareMax} (400): random
 *       bytes give about 255, compressed data usually thousands.
 *   <li><b>note-name:ClopReadMe.txt</b> when the whole file name matches a note name pattern, and
 *       <b>note-cue:&lt;id&gt;</b> for each content cue found in the first 64 KiB of a text file
 *       (plain text, HTML, XML, RTF; UTF-8, UTF-16 with BOM or Latin-1) of at most {@code
 *       noteMaxSize} bytes. Note reasons are reported only when they make a note.
 * </ul>
 *
 * <h2>Verdict</h2>
 *
 * <ol>
 *   <li>{@link Verdict#ENCRYPTED}: a known extension or a marker; or high entropy with a uniform
 *       histogram and no recognised format; or high entropy and a magic mismatch.
 *   <li>{@link Verdict#RANSOM_NOTE}: a note name, or content cues whose weights add up to {@code
 *       noteScore} (2: two ordinary cues; an anonymous mailbox adds to the plain e-mail cue).
 *   <li>{@link Verdict#SUSPICIOUS}: a magic mismatch alone, or high entropy on an unrecognised
 *       format whose histogram is not uniform.
 *   <li>{@link Verdict#CLEAN}: otherwise, with no reasons.
 * </ol>
 *
 * <p>Reasons come in this order: known extension, markers (rule order), magic mismatch, entropy,
 * chi-square, note name, note cues (rule order).
 *
 * <p>A {@code Triage} is immutable and may be shared by any number of threads; each {@link Session}
 * belongs to one thread.
 */
public final class Triage {

  static final int HEAD = 64 * 1024;
  static final int TAIL = 4 * 1024;
  private static final int MIN_HEAD = 512;

  private final Judge judge;

  /**
   * Creates a triage applying {@code rules}.
   *
   * @throws IllegalArgumentException when {@code rules} leave a threshold unset (a user's file
   *     loaded alone rather than {@linkplain TriageRules#merge merged} onto the built-in rules)
   */
  public Triage(TriageRules rules) {
    this.judge = new Judge(Objects.requireNonNull(rules, "rules"));
  }

  /**
   * Starts triage of one file.
   *
   * @param fileName the last component of the file's path, exactly as found
   * @param expectedSize the size announced by the file system, or -1 when unknown; only a hint to
   *     size the buffers, the bytes actually passed to {@link Session#update} are what count
   * @throws IllegalArgumentException when {@code fileName} is empty or contains a path separator,
   *     or {@code expectedSize} is below -1
   */
  public Session start(String fileName, long expectedSize) {
    check(fileName, expectedSize);
    long initial = expectedSize < 0 ? HEAD : Math.min(HEAD, Math.max(MIN_HEAD, expectedSize));
    return new Session(fileName, new Buffers((int) initial), 0);
  }

  /**
   * Starts triage of one file in {@code buffers}, which a thread reuses from file to file instead
   * of allocating about 75 KiB for each. Starting a session ends the previous session of the same
   * buffers: that one throws {@link IllegalStateException} if it is used again.
   *
   * @throws IllegalArgumentException as {@link #start(String, long)}
   */
  public Session start(String fileName, long expectedSize, Buffers buffers) {
    check(fileName, expectedSize);
    Objects.requireNonNull(buffers, "buffers");
    buffers.stats.reset();
    return new Session(fileName, buffers, ++buffers.generation);
  }

  private static void check(String fileName, long expectedSize) {
    Objects.requireNonNull(fileName, "fileName");
    if (fileName.isEmpty() || fileName.indexOf('/') >= 0 || fileName.indexOf('\\') >= 0) {
      throw new IllegalArgumentException(
          "fileName must be one path component; got: '" + fileName + "'");
    }
    if (expectedSize < -1) {
      throw new IllegalArgumentException(
          "expectedSize must be >= -1; got: " + expectedSize + " for " + fileName);
    }
  }

  /**
   * The working memory of one session at a time (head, tail ring and byte counts), reused by the
   * sessions a thread starts one after the other with {@link #start(String, long, Buffers)}. Not
   * thread safe.
   */
  public static final class Buffers {
    private final ByteStats stats = new ByteStats();
    private byte[] head;
    private final byte[] tail = new byte[TAIL];
    private long generation;

    /** Buffers for files of any size. */
    public Buffers() {
      this(HEAD);
    }

    private Buffers(int initialHead) {
      this.head = new byte[initialHead];
    }
  }

  /**
   * The triage of one file, fed with its bytes in order. Not thread safe: one thread feeds it and
   * calls {@link #finish()} once.
   */
  public final class Session {

    private final String fileName;
    private final Buffers buffers;
    private final long generation;
    private final ByteStats stats;
    private int headLength;
    private int tailEnd;
    private boolean finished;

    private Session(String fileName, Buffers buffers, long generation) {
      this.fileName = fileName;
      this.buffers = buffers;
      this.generation = generation;
      this.stats = buffers.stats;
    }

    /**
     * Takes the next {@code len} bytes of the file from {@code b} at {@code off}; {@code b} is not
     * kept or modified.
     *
     * @throws IndexOutOfBoundsException when the range is outside {@code b}
     * @throws IllegalStateException after {@link #finish()}
     */
    public void update(byte[] b, int off, int len) {
      Objects.checkFromIndexSize(off, len, b.length);
      checkLive();
      stats.update(b, off, len);
      keepHead(b, off, len);
      keepTail(b, off, len);
    }

    /**
     * Judges the bytes seen so far as the whole file.
     *
     * @throws IllegalStateException when called twice
     */
    public TriageResult finish() {
      checkLive();
      finished = true;
      // Reused buffers hold an earlier file's bytes past this one's head: zeros, as in new ones.
      Arrays.fill(buffers.head, headLength, buffers.head.length, (byte) 0);
      return judge.judge(fileName, stats, buffers.head, headLength, orderedTail());
    }

    private void checkLive() {
      if (finished) {
        throw new IllegalStateException("triage of " + fileName + " is already finished");
      }
      if (buffers.generation != generation) {
        throw new IllegalStateException(
            "triage of " + fileName + " was ended: its buffers were given to a later session");
      }
    }

    private void keepHead(byte[] b, int off, int len) {
      if (headLength == HEAD) {
        return;
      }
      int wanted = Math.min(len, HEAD - headLength);
      byte[] head = buffers.head;
      if (headLength + wanted > head.length) {
        head = Arrays.copyOf(head, Math.min(HEAD, Math.max(head.length * 2, headLength + wanted)));
        buffers.head = head;
      }
      System.arraycopy(b, off, head, headLength, wanted);
      headLength += wanted;
    }

    /** The ring holds the last TAIL bytes; tailEnd is where the next byte goes, modulo TAIL. */
    private void keepTail(byte[] b, int off, int len) {
      int skip = Math.max(0, len - TAIL);
      int from = off + skip;
      int remaining = len - skip;
      while (remaining > 0) {
        int at = tailEnd % TAIL;
        int chunk = Math.min(remaining, TAIL - at);
        System.arraycopy(b, from, buffers.tail, at, chunk);
        from += chunk;
        remaining -= chunk;
        tailEnd = at + chunk;
      }
    }

    private byte[] orderedTail() {
      int kept = (int) Math.min(stats.total(), TAIL);
      byte[] out = new byte[kept];
      int start = Math.floorMod(tailEnd - kept, TAIL);
      for (int i = 0; i < kept; i++) {
        out[i] = buffers.tail[(start + i) % TAIL];
      }
      return out;
    }
  }
}
