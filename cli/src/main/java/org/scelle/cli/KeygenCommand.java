package org.scelle.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.scelle.custody.identity.Identity;
import org.scelle.custody.identity.KeyAlgorithm;
import org.scelle.custody.identity.KeyGenerator;
import org.scelle.custody.identity.Pkcs12Identity;
import org.scelle.custody.identity.SecretSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scelle keygen}: a person's signing key and self-signed certificate in a PKCS#12 file. */
@Command(
    name = "keygen",
    mixinStandardHelpOptions = true,
    description =
        "Create a PKCS#12 key (EC P-256 by default) with a self-signed certificate naming a person and role."
            + " The password comes from SCELLE_KEY_PASSWORD or a prompt.")
final class KeygenCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--name", required = true, description = "The person's full name.")
  String name;

  @Option(
      names = "--role",
      required = true,
      description = "Their role, e.g. analyst, investigator, legal.")
  String role;

  @Option(names = "--org", description = "Their organisation.")
  String org;

  @Option(names = "--rsa", description = "RSA 3072 instead of EC P-256.")
  boolean rsa;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE.p12",
      description = "The key file to create (never overwritten).")
  Path out;

  @Override
  public Integer call() throws Exception {
    char[] password = SecretSource.keyPassword();
    try {
      KeyGenerator.generate(
          name, role, org, rsa ? KeyAlgorithm.RSA_3072 : KeyAlgorithm.EC_P256, out, password);
      Identity id = Pkcs12Identity.open(out, password);
      spec.commandLine()
          .getOut()
          .printf(
              "created %s for %s (%s)%ncertificate SHA-256 %s%n",
              out, id.name(), id.role(), id.fingerprint());
    } finally {
      Arrays.fill(password, '\0');
    }
    return ExitCodes.OK;
  }
}
