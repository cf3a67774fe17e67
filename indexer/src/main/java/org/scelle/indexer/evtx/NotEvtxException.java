package org.scelle.indexer.evtx;

import java.io.IOException;

/** The file does not start with an EVTX file header ({@code ElfFile\0}), or is too short. */
public final class NotEvtxException extends IOException {
  private static final long serialVersionUID = 1L;

  public NotEvtxException(String message) {
    super(message);
  }
}
