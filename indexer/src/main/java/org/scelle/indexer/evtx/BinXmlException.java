package org.scelle.indexer.evtx;

/**
 * Malformed binary XML or record structure, met while reading one record. Caught per record by the
 * chunk reader and turned into an {@link EvtxProblem}; never escapes the package.
 */
final class BinXmlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BinXmlException(String message) {
    super(message, null, false, false);
  }
}
