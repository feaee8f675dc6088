package dev.twinfile.backend.refs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.twinfile.spi.BackendProvider;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class ReFsBackendProviderTest {
  @TempDir Path directory;

  @Test
  void isFoundByTheServiceLoader() {
    assertTrue(
        ServiceLoader.load(BackendProvider.class).stream()
            .anyMatch(p -> p.type() == ReFsBackendProvider.class),
        "META-INF/services registers the provider");
  }

  @Test
  void isNamedRefs() {
    assertEquals("refs", new ReFsBackendProvider().name());
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void claimsNothingOffWindows() throws IOException {
    assertEquals(Optional.empty(), new ReFsBackendProvider().open(directory));
  }
}
