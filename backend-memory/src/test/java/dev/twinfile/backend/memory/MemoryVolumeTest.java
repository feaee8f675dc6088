package dev.twinfile.backend.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.twinfile.spi.CloneShareLimitException;
import dev.twinfile.spi.LinkCeiling;
import dev.twinfile.spi.Strategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MemoryVolumeTest {

  @Test
  void profilesDeclareTheirFilesystemsFigures() throws IOException {
    try (MemoryVolume ntfs = MemoryVolume.create(Profile.NTFS);
        MemoryVolume refs = MemoryVolume.create(Profile.named("refs-64k"))) {
      assertEquals(new LinkCeiling.Known(1024, ntfs.backend().capabilities().linkCeiling().basis()),
          ntfs.backend().capabilities().linkCeiling());
      assertFalse(ntfs.backend().capabilities().supports(Strategy.CLONE));
      assertEquals(65_536, refs.backend().capabilities().cloneGranularity());
      assertTrue(refs.backend().description().contains("ReFS"));
    }
    assertThrows(IllegalArgumentException.class, () -> Profile.named("zfs"));
  }

  @Test
  void aCloneSharesEveryClusterUntilOneIsRewritten() throws IOException {
    try (MemoryVolume refs = MemoryVolume.create(Profile.REFS)) {
      Path source = Files.write(refs.root().resolve("source"), new byte[3 * 4096 + 100]);
      Path clone = refs.root().resolve("clone");

      refs.backend().clone(source, clone);
      assertEquals(3 * 4096 + 100, refs.sharedBytes(clone));

      try (var channel = Files.newByteChannel(clone, StandardOpenOption.WRITE)) {
        channel.position(4096);
        channel.write(java.nio.ByteBuffer.wrap(new byte[] {1}));
      }
      assertEquals(2 * 4096 + 100, refs.sharedBytes(clone), "the rewritten cluster is no longer shared");
      assertEquals(2 * 4096 + 100, refs.sharedBytes(source));

      Files.delete(clone);
      assertEquals(0, refs.sharedBytes(source), "a deleted clone shares nothing");
    }
  }

  @Test
  void theShareLimitCountsLiveSharersOnly() throws IOException {
    try (MemoryVolume tiny = MemoryVolume.create(new Profile("tiny", "ReFS", 10, 4096, 3))) {
      Path source = Files.writeString(tiny.root().resolve("source"), "data");
      tiny.backend().clone(source, tiny.root().resolve("c1"));
      tiny.backend().clone(source, tiny.root().resolve("c2"));

      CloneShareLimitException refusal =
          assertThrows(CloneShareLimitException.class, () -> tiny.backend().clone(source, tiny.root().resolve("c3")));
      assertEquals(3, refusal.shareLimit());
      assertFalse(Files.exists(tiny.root().resolve("c3")));

      Files.writeString(tiny.root().resolve("c1"), "rewritten");
      tiny.backend().clone(source, tiny.root().resolve("c3"));
    }
  }

  @Test
  void namesAreListedWithoutARoot() throws IOException {
    try (MemoryVolume volume = MemoryVolume.create(Profile.EXT4)) {
      Path a = Files.writeString(volume.root().resolve("a"), "x");
      Files.createDirectories(volume.root().resolve("d/e"));
      volume.backend().link(a, volume.root().resolve("d/e/b"));

      assertEquals(Set.of(a, volume.root().resolve("d/e/b")), Set.copyOf(volume.backend().names(a)));
    }
  }

  @Test
  void closedVolumesAreNoLongerClaimed() throws IOException {
    MemoryVolume volume = MemoryVolume.create(Profile.XFS);
    Path root = volume.root();
    MemoryBackendProvider provider = new MemoryBackendProvider();
    assertTrue(provider.open(root).isPresent());

    volume.close();

    assertTrue(provider.open(root).isEmpty());
  }
}
