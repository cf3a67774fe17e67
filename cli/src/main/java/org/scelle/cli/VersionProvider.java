package org.scelle.cli;

import org.scelle.custody.vault.Vault;
import picocli.CommandLine;

/** The version from the jar manifest. */
public final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
      "scelle " + Vault.toolVersion(),
      "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
