package org.scelle.custody.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultTest {
  @TempDir Path tmp;

  static CaseInfo info() {
    return new CaseInfo(
        "CHU-2019-11",
        "Clop, 15 novembre",
        "CHU de Valmont",
        "Europe/Paris",
        "dev",
        "2019-11-15T19:45:00Z");
  }

  @Test
  void newVaultIsAValidBagAndReopens() throws Exception {
    Vault v = Vault.create(tmp.resolve("case"), info(), Clock.systemUTC());
    try (BagVerifier verifier = new BagVerifier()) {
      Bag bag = new BagReader().read(v.root());
      verifier.isValid(bag, false);
    }
    Vault reopened = Vault.open(v.root());
    assertThat(reopened.info()).isEqualTo(info());
    assertThat(Files.readString(v.root().resolve("bag-info.txt")))
        .contains("Payload-Oxum: 0.0")
        .contains("External-Identifier: CHU-2019-11");
  }

  @Test
  void refusesNonEmptyDirectoryAndMissingVault() throws Exception {
    Files.writeString(tmp.resolve("x"), "x");
    assertThatThrownBy(() -> Vault.create(tmp, info(), Clock.systemUTC()))
        .isInstanceOf(VaultException.class)
        .hasMessageContaining("not empty");
    assertThatThrownBy(() -> Vault.open(tmp.resolve("nope")))
        .isInstanceOf(VaultException.class)
        .hasMessageContaining("no such case vault");
  }

  @Test
  void secondLockIsRefused() throws Exception {
    Vault v = Vault.create(tmp.resolve("case"), info(), Clock.systemUTC());
    try (Vault.Lock l = v.lock()) {
      assertThatThrownBy(v::lock).isInstanceOf(VaultException.class).hasMessageContaining("in use");
    }
    v.lock().close();
  }

  @Test
  void manifestPathsEncodeLineBreaksAndPercent() {
    assertThat(BagFiles.encodePath("data/a\nb%c\r")).isEqualTo("data/a%0Ab%25c%0D");
    assertThat(BagFiles.decodePath("data/a%0Ab%25c%0D")).isEqualTo("data/a\nb%c\r");
  }
}
