package dev.twinfile.backend.ntfs.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.twinfile.os.windows.FileInfo;
import dev.twinfile.os.windows.VolumeInfo;
import dev.twinfile.spi.Capabilities;
import dev.twinfile.spi.FileIdentity;
import dev.twinfile.spi.FileStatus;
import dev.twinfile.spi.LinkCeiling;
import dev.twinfile.spi.Strategy;
import dev.twinfile.spi.StrategyUnsupportedException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the backend decides before any native call: runs on every OS. */
class WindowsNtfsBackendTest {
  private static final VolumeInfo NTFS =
      new VolumeInfo("C:\\", "NTFS", 0x1A2B_3C4DL, 0x03E7_06FF, 255, "System");

  @TempDir Path directory;

  private final WindowsNtfsBackend backend = new WindowsNtfsBackend(NTFS);

  @Test
  void declaresLinkAndCopyWithTheNtfsCeiling() {
    Capabilities capabilities = backend.capabilities();
    assertEquals(EnumSet.of(Strategy.LINK, Strategy.COPY), capabilities.strategies());
    assertEquals(0, capabilities.cloneGranularity());
    assertTrue(capabilities.listsNames());
    assertTrue(capabilities.mapsExtents(), "declared: NTFS answers FSCTL_GET_RETRIEVAL_POINTERS");
    LinkCeiling.Known ceiling = (LinkCeiling.Known) capabilities.linkCeiling();
    assertEquals(1_024, ceiling.maxNames());
    assertTrue(ceiling.basis().contains("MS-FSA 2.1.5.15.6"));
    assertTrue(ceiling.allowsAnotherName(1_023));
    assertFalse(ceiling.allowsAnotherName(1_024));
  }

  @Test
  void describesTheVolume() {
    assertEquals("ntfs", backend.name());
    assertEquals("NTFS", backend.fileStoreType());
    assertTrue(backend.description().contains("C:\\"), backend.description());
    assertTrue(backend.description().contains("1A2B-3C4D"), backend.description());
  }

  @Test
  void refusesToCloneWithoutTouchingTheVolume() throws IOException {
    Path source = Files.writeString(directory.resolve("a"), "x");
    Path target = directory.resolve("b");
    StrategyUnsupportedException e =
        assertThrows(StrategyUnsupportedException.class, () -> backend.clone(source, target));
    assertEquals(Strategy.CLONE, e.strategy());
    assertFalse(e.nativeCode().isPresent());
    assertFalse(Files.exists(target));
  }

  @Test
  void refusesAnExistingTargetOrAMissingDirectoryByName() throws IOException {
    Path existing = Files.writeString(directory.resolve("t"), "keep");
    FileAlreadyExistsException exists =
        assertThrows(
            FileAlreadyExistsException.class, () -> dev.twinfile.os.windows.WindowsCopies.requireNewTarget(existing));
    assertEquals(existing.toString(), exists.getFile());
    Path orphan = directory.resolve("missing").resolve("t");
    NoSuchFileException missing =
        assertThrows(NoSuchFileException.class, () -> dev.twinfile.os.windows.WindowsCopies.requireNewTarget(orphan));
    assertEquals(directory.resolve("missing").toString(), missing.getFile());
    dev.twinfile.os.windows.WindowsCopies.requireNewTarget(directory.resolve("fresh"));
  }

  @Test
  void mapsHandleInformationToStatus() {
    FileInfo info =
        new FileInfo(0x0123_4567_89AB_CDEFL, 0, 0x5_0000_0042L, 0x20, 0, 3, 1234, 116_444_736_000_000_000L);
    FileStatus status = info.toStatus();
    assertEquals(new FileIdentity(0x0123_4567_89AB_CDEFL, 0, 0x5_0000_0042L), status.identity());
    assertEquals(FileStatus.Kind.REGULAR_FILE, status.kind());
    assertEquals(3, status.linkCount());
    assertEquals(1234, status.size());
    assertEquals(0, status.lastModified().toMillis());
  }

  @Test
  void mapsKinds() {
    assertEquals(FileStatus.Kind.DIRECTORY, kind(0x10, 0));
    assertEquals(FileStatus.Kind.SYMBOLIC_LINK, kind(0x400, 0xA000_000C));
    assertEquals(FileStatus.Kind.SYMBOLIC_LINK, kind(0x410, 0xA000_000C));
    assertEquals(FileStatus.Kind.DIRECTORY, kind(0x410, 0xA000_0003)); // junction
    assertEquals(FileStatus.Kind.OTHER, kind(0x400, 0x8000_0013)); // deduplicated file
    assertEquals(FileStatus.Kind.OTHER, kind(0x40, 0)); // device
    assertEquals(FileStatus.Kind.REGULAR_FILE, kind(0x1, 0)); // read-only file
  }

  private static FileStatus.Kind kind(int attributes, int tag) {
    return new FileInfo(1, 0, 2, attributes, tag, 1, 0, 0).toStatus().kind();
  }
}
