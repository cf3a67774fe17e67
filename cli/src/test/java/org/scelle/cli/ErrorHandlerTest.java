package org.scelle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class ErrorHandlerTest {
  @Test
  void aFileSystemExceptionWithoutReasonSaysTheProblemAfterThePath() {
    assertThat(ErrorHandler.message(new NoSuchFileException("/x/t.csv")))
        .isEqualTo("/x/t.csv: no such file or directory");
    assertThat(ErrorHandler.message(new AccessDeniedException("/root/k.p12")))
        .isEqualTo("/root/k.p12: permission denied");
    assertThat(ErrorHandler.message(new FileAlreadyExistsException("a", "b", null)))
        .isEqualTo("a -> b: already exists");
  }

  @Test
  void otherMessagesAreKeptAsTheyAre() {
    assertThat(ErrorHandler.message(new NoSuchFileException("k.p12", null, "no such key file")))
        .isEqualTo("k.p12: no such key file");
    assertThat(ErrorHandler.message(new FileSystemException("f", null, "Read-only file system")))
        .isEqualTo("f: Read-only file system");
    assertThat(ErrorHandler.message(new IOException("case: locked"))).isEqualTo("case: locked");
    assertThat(ErrorHandler.message(new IllegalStateException()))
        .isEqualTo("java.lang.IllegalStateException");
  }
}
