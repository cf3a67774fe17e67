package org.scelle.indexer.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * The extraction worker: the main class of the child JVM that {@link WorkerProcess} starts. Reads
 * item paths on standard input, one at a time, and answers each on standard output with its text
 * chunks and its outcome ({@link Frames}); everything else the JVM or a library prints goes to
 * standard error. It runs until its input ends. A parser that loops or exhausts the heap is dealt
 * with by the indexer, which kills the worker ({@code -XX:+ExitOnOutOfMemoryError} makes the JVM
 * exit with status 3 on the first {@link OutOfMemoryError}). Nothing read is ever executed: the
 * parsers only read, and Tika's XML parsers do not resolve external entities.
 *
 * <p>Arguments: write limit (characters), depth limit, unpack limit (bytes), chunk size
 * (characters).
 */
public final class ExtractWorker {
  /** Parsers that mean that nothing could read the format. */
  private static final Set<String> NO_PARSER =
      Set.of(
          "org.apache.tika.parser.EmptyParser",
          "org.apache.tika.parser.DefaultParser",
          "org.apache.tika.parser.AutoDetectParser",
          "org.apache.tika.parser.CompositeParser");

  private final Parser parser = new AutoDetectParser();
  private final long maxChars;
  private final int maxDepth;
  private final long maxUnpacked;
  private final int chunkChars;

  ExtractWorker(long maxChars, int maxDepth, long maxUnpacked, int chunkChars) {
    this.maxChars = maxChars;
    this.maxDepth = maxDepth;
    this.maxUnpacked = maxUnpacked;
    this.chunkChars = chunkChars;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      throw new IllegalArgumentException(
          "usage: ExtractWorker MAX_CHARS MAX_DEPTH MAX_UNPACKED_BYTES CHUNK_CHARS");
    }
    DataOutputStream out =
        new DataOutputStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
    System.setOut(System.err);
    ExtractWorker worker =
        new ExtractWorker(
            Long.parseLong(args[0]),
            Integer.parseInt(args[1]),
            Long.parseLong(args[2]),
            Integer.parseInt(args[3]));
    DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
    Frames.writeReady(out);
    while (true) {
      String path;
      try {
        path = Frames.readString(in);
      } catch (EOFException e) {
        return; // the indexer is done
      }
      Frames.writeEnd(out, worker.extract(Path.of(path), c -> Frames.writeChunk(out, c)));
    }
  }

  /** Extracts {@code file}, handing its chunks to {@code sink}; every failure is an outcome. */
  Extraction extract(Path file, DocumentText.Sink sink) {
    Metadata md = new Metadata();
    DocumentText text = new DocumentText(sink, chunkChars, maxChars);
    ParseContext context = new ParseContext();
    context.set(Parser.class, parser);
    LimitedEmbeddedExtractor embedded =
        new LimitedEmbeddedExtractor(context, text, maxDepth, maxUnpacked);
    context.set(EmbeddedDocumentExtractor.class, embedded);
    Throwable failure = null;
    text.begin("");
    try (TikaInputStream in = TikaInputStream.get(file, md)) {
      parser.parse(in, new BodyContentHandler(text), md, context);
    } catch (IOException
        | SAXException
        | TikaException
        | RuntimeException
        | StackOverflowError
        | LinkageError e) {
      failure = e; // every failure of a parser becomes the item's outcome
    } finally {
      while (text.isOpen()) {
        text.end(Metadatas.kept(md));
      }
    }
    String type = md.get(Metadata.CONTENT_TYPE);
    type = type == null ? null : Metadatas.contentType(type);
    return new Extraction(
        status(failure, text, embedded, md),
        reason(failure, text, embedded, md, type),
        type,
        text.chunks(),
        text.characters());
  }

  private ExtractStatus status(
      Throwable failure, DocumentText text, LimitedEmbeddedExtractor embedded, Metadata md) {
    String guard = failure == null ? null : Failures.zipBomb(failure);
    if (embedded.bomb() != null) {
      return ExtractStatus.ZIP_BOMB;
    } else if (guard != null) {
      return guard.contains("package entry nesting")
          ? ExtractStatus.NESTED_TOO_DEEP
          : ExtractStatus.ZIP_BOMB;
    } else if (text.truncated()) {
      return ExtractStatus.TRUNCATED;
    } else if (failure instanceof ZeroByteFileException) {
      return ExtractStatus.EMPTY;
    } else if (failure instanceof LinkageError) {
      return ExtractStatus.UNSUPPORTED; // a parser whose library is not shipped (RAR)
    } else if (encrypted(failure)) {
      return ExtractStatus.ENCRYPTED;
    } else if (failure != null) {
      return ExtractStatus.ERROR;
    } else if (embedded.tooDeep() != null) {
      return ExtractStatus.NESTED_TOO_DEEP;
    } else if (text.characters() == 0 && !parsed(md)) {
      return ExtractStatus.UNSUPPORTED;
    }
    return ExtractStatus.INDEXED;
  }

  private String reason(
      Throwable failure,
      DocumentText text,
      LimitedEmbeddedExtractor embedded,
      Metadata md,
      String type) {
    String failed =
        embedded.failed() == 0
            ? ""
            : "; "
                + embedded.failed()
                + " embedded document(s) failed, first "
                + embedded.firstFailure();
    return switch (status(failure, text, embedded, md)) {
      case ZIP_BOMB -> embedded.bomb() != null ? embedded.bomb() : Failures.zipBomb(failure);
      case NESTED_TOO_DEEP ->
          embedded.tooDeep() != null ? embedded.tooDeep() : Failures.zipBomb(failure);
      case TRUNCATED ->
          "kept the first " + text.characters() + " characters (the write limit)" + failed;
      case EMPTY -> "zero-byte file";
      case ENCRYPTED -> "password-protected " + (type == null ? "document" : type);
      case ERROR -> Failures.describe(failure);
      case UNSUPPORTED ->
          "no parser for "
              + type
              + (failure == null ? "" : " (its library is not shipped: " + failure + ")");
      default -> type + ", " + text.chunks() + " chunk(s)" + failed;
    };
  }

  private static boolean encrypted(Throwable failure) {
    for (Throwable c = failure; c != null; c = c.getCause()) {
      if (c instanceof EncryptedDocumentException) {
        return true;
      }
    }
    return false;
  }

  /** Whether a parser that knows the format read it (an image without text still counts). */
  private static boolean parsed(Metadata md) {
    for (String p : md.getValues(TikaCoreProperties.TIKA_PARSED_BY)) {
      if (!NO_PARSER.contains(p)) {
        return true;
      }
    }
    return false;
  }
}
