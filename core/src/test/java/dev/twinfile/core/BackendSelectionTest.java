package dev.twinfile.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.twinfile.backend.memory.MemoryVolume;
import dev.twinfile.backend.memory.Profile;
import dev.twinfile.spi.Backend;
import dev.twinfile.spi.BackendProvider;
import dev.twinfile.spi.LinkCeiling;
import dev.twinfile.spi.Refusal;
import dev.twinfile.spi.Strategy;
import dev.twinfile.spi.TwinfileException;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BackendSelectionTest {

  @Test
  void memoryVolumesAreServedByTheDiscoveredMemoryBackend() throws IOException {
    try (MemoryVolume ntfs = MemoryVolume.create(Profile.NTFS)) {
      Backend backend = Twinfile.create().backendFor(ntfs.root());

      assertEquals("memory", backend.name());
      assertEquals(new LinkCeiling.Known(1024, backend.capabilities().linkCeiling().basis()),
          backend.capabilities().linkCeiling());
      assertTrue(backend.description().contains("NTFS"), backend.description());
    }
  }

  @Test
  void volumesNoProviderClaimsGetTheNioBackend() throws IOException {
    try (FileSystem plain = Jimfs.newFileSystem(Configuration.unix())) {
      Path source = Files.writeString(plain.getPath("/a"), "alpha");
      Twinfile twinfile = Twinfile.create();
      Backend backend = twinfile.backendFor(source);

      assertEquals("nio", backend.name());
      assertFalse(backend.capabilities().supports(Strategy.CLONE));
      assertTrue(backend.capabilities().linkCeiling() instanceof LinkCeiling.Unknown);

      Placement placement = twinfile.place(source, plain.getPath("/b"));
      assertEquals(Strategy.LINK, placement.strategy());
      assertEquals(Refusal.UNSUPPORTED, placement.refused().get(0).refusal());
      assertEquals("nio", placement.backend());
    }
  }

  @Test
  void forcedBackendIsUsedEvenWhereAnotherWouldBeDetected() throws IOException {
    try (MemoryVolume btrfs = MemoryVolume.create(Profile.BTRFS)) {
      Twinfile twinfile = Twinfile.builder().forceBackend("nio").build();

      assertEquals("nio", twinfile.backendFor(btrfs.root()).name());
      Path source = Files.writeString(btrfs.root().resolve("a"), "alpha");
      assertEquals(Strategy.LINK, twinfile.place(source, btrfs.root().resolve("b")).strategy());
    }
  }

  @Test
  void unknownForcedBackendIsAClearError() throws IOException {
    try (MemoryVolume volume = MemoryVolume.create(Profile.EXT4)) {
      Twinfile twinfile = Twinfile.builder().forceBackend("zfs").build();

      TwinfileException error = assertThrows(TwinfileException.class, () -> twinfile.backendFor(volume.root()));

      assertTrue(error.getMessage().contains("no backend named 'zfs'"), error.getMessage());
      assertTrue(error.getMessage().contains("memory"), error.getMessage());
    }
  }

  @Test
  void explicitProviderIsConsultedFirstAndOncePerVolume() throws IOException {
    AtomicInteger opened = new AtomicInteger();
    try (MemoryVolume volume = MemoryVolume.create(Profile.EXT4)) {
      BackendProvider counting =
          new BackendProvider() {
            @Override
            public String name() {
              return "counting";
            }

            @Override
            public Optional<Backend> open(Path path) {
              opened.incrementAndGet();
              return Optional.of(volume.backend());
            }
          };
      Twinfile twinfile = Twinfile.builder().provider(counting).discoverProviders(false).build();
      Files.createDirectories(volume.root().resolve("x/y"));

      twinfile.backendFor(volume.root().resolve("x/y/file"));
      twinfile.backendFor(volume.root().resolve("x/other"));
      twinfile.backendFor(volume.root().resolve("x/y/second"));

      assertEquals(1, opened.get());
      assertEquals("counting", twinfile.providers().get(0).name());
    }
  }

  @Test
  void planParsingNamesTheBadWord() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> Plan.parse("clone,hardlink"));
    assertTrue(error.getMessage().contains("'hardlink'"), error.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Plan.parse("link,link"));
    assertEquals(Plan.of(Strategy.CLONE, Strategy.LINK, Strategy.COPY), Plan.parse(" clone, LINK ,copy"));
  }
}
