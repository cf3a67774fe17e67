/**
 * Text and metadata of documents through Apache Tika, isolated so that a hostile or broken file
 * cannot take the indexer down.
 *
 * <p>The indexer never parses a document in its own JVM. {@link
 * org.scelle.indexer.extract.ExtractorPool} runs {@link org.scelle.indexer.extract.ExtractWorker}
 * in child JVMs (one per indexing thread, on the same class path), feeds them one file at a time
 * over standard input and reads the text back, chunk by chunk, over standard output ({@code
 * Frames}), so neither side holds more than a few chunks. The limits ({@link
 * org.scelle.indexer.extract.ExtractLimits}) are enforced where they can be:
 *
 * <ul>
 *   <li>time, by the indexer: a worker without an answer in time is killed and replaced ({@code
 *       timeout});
 *   <li>memory, by the worker's {@code -Xmx}: the first {@link OutOfMemoryError} ends the worker
 *       ({@code out-of-memory});
 *   <li>text, by the worker: beyond the write limit the parse stops and what came before is kept
 *       ({@code truncated});
 *   <li>archives and embedded documents, by the worker: no deeper than the depth limit ({@code
 *       nested-too-deep}), and no more bytes unpacked, declared or read, than the unpack limit, on
 *       top of Tika's own guard against output far larger than input ({@code zip-bomb}).
 * </ul>
 *
 * Every item gets an {@link org.scelle.indexer.extract.ExtractStatus} on its index marker, with the
 * reason; text extracted before a limit or a failure stays indexed. Nothing read is executed;
 * Tika's XML parsers do not resolve external entities or DTDs; the worker's socket connections go
 * to a closed local port.
 */
package org.scelle.indexer.extract;
