package dev.twinfile.backend.refs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.twinfile.os.windows.FileInfo;
import dev.twinfile.spi.FileIdentity;
import dev.twinfile.spi.FileStatus;
import dev.twinfile.spi.Strategy;
import dev.twinfile.spi.StrategyUnsupportedException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the backend decides before any native call: runs on every OS. */
class ReFsBackendTest {
  @TempDir Path directory;

  @Test
  void refusesUndeclaredStrategiesWithoutTouchingTheVolume() throws IOException {
    ReFsBackend noLinksNoClones = new ReFsBackend(ReFsVolumeTest.refs(0), 4096);
    Path source = Files.writeString(directory.resolve("a"), "x");
    Path target = directory.resolve("b");
    StrategyUnsupportedException clone =
        assertThrows(StrategyUnsupportedException.class, () -> noLinksNoClones.clone(source, target));
    assertEquals(Strategy.CLONE, clone.strategy());
    assertTrue(clone.getMessage().contains("FILE_SUPPORTS_BLOCK_REFCOUNTING"), clone.getMessage());
    StrategyUnsupportedException link =
        assertThrows(StrategyUnsupportedException.class, () -> noLinksNoClones.link(source, target));
    assertEquals(Strategy.LINK, link.strategy());
    assertTrue(link.getMessage().contains("3.5"), link.getMessage());
    assertFalse(Files.exists(target));
  }

  @Test
  void anUnknownClusterSizeIsSaid() throws IOException {
    ReFsBackend backend =
        new ReFsBackend(ReFsVolumeTest.refs(ReFsVolumeTest.BLOCK_REFCOUNTING), 0);
    StrategyUnsupportedException e =
        assertThrows(
            StrategyUnsupportedException.class,
            () -> backend.clone(directory.resolve("a"), directory.resolve("b")));
    assertTrue(e.getMessage().contains("cluster size"), e.getMessage());
  }

  @Test
  void describesItself() {
    ReFsBackend backend =
        new ReFsBackend(
            ReFsVolumeTest.refs(ReFsVolumeTest.HARD_LINKS | ReFsVolumeTest.BLOCK_REFCOUNTING),
            65_536);
    assertEquals("refs", backend.name());
    assertEquals("ReFS", backend.fileStoreType());
    assertTrue(backend.description().contains("64 KiB clusters"), backend.description());
    assertEquals(65_536, backend.capabilities().cloneGranularity());
  }

  @Test
  void refusesAnExistingTargetOrAMissingDirectoryByName() throws IOException {
    Path existing = Files.writeString(directory.resolve("t"), "keep");
    FileAlreadyExistsException exists =
        assertThrows(
            FileAlreadyExistsException.class, () -> dev.twinfile.os.windows.WindowsCopies.requireNewTarget(existing));
    assertEquals(existing.toString(), exists.getFile());
    NoSuchFileException missing =
        assertThrows(
            NoSuchFileException.class,
            () -> dev.twinfile.os.windows.WindowsCopies.requireNewTarget(directory.resolve("none").resolve("t")));
    assertEquals(directory.resolve("none").toString(), missing.getFile());
  }

  @Test
  void keepsAll128BitsOfTheIdentity() {
    FileInfo info = new FileInfo(0x1234L, 0x00FF_0000_0000_0001L, 0x42L, 0x20, 0, 2, 7, 0);
    FileStatus status = info.toStatus();
    assertEquals(new FileIdentity(0x1234L, 0x00FF_0000_0000_0001L, 0x42L), status.identity());
    assertEquals(FileStatus.Kind.REGULAR_FILE, status.kind());
    assertEquals(2, status.linkCount());
    assertEquals(7, status.size());
    FileInfo sameLow = new FileInfo(0x1234L, 0x00FF_0000_0000_0002L, 0x42L, 0x20, 0, 1, 7, 0);
    assertFalse(status.identity().equals(sameLow.toStatus().identity()));
  }

  @Test
  void mapsKinds() {
    assertEquals(FileStatus.Kind.DIRECTORY, kind(0x10, 0));
    assertEquals(FileStatus.Kind.SYMBOLIC_LINK, kind(0x400, 0xA000_000C));
    assertEquals(FileStatus.Kind.OTHER, kind(0x400, 0x8000_0013));
    assertEquals(FileStatus.Kind.REGULAR_FILE, kind(0x8220, 0)); // integrity, sparse, archive
  }

  private static FileStatus.Kind kind(int attributes, int tag) {
    return new FileInfo(1, 0, 2, attributes, tag, 1, 0, 0).toStatus().kind();
  }
}
