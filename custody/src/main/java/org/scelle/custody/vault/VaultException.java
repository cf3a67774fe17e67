package org.scelle.custody.vault;

import java.io.IOException;

/** A vault is missing, is not a scelle vault, is locked, or cannot be used as asked. */
public class VaultException extends IOException {
  private static final long serialVersionUID = 1L;

  public VaultException(String message) {
    super(message);
  }
}
