package dev.twinfile.os.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.twinfile.spi.FileStatus;
import dev.twinfile.spi.NotRegularFileException;
import dev.twinfile.spi.OtherVolumeException;
import dev.twinfile.spi.ReadOnlyVolumeException;
import dev.twinfile.spi.Strategy;
import dev.twinfile.spi.StrategyUnsupportedException;
import dev.twinfile.spi.TwinfileException;
import dev.twinfile.spi.VolumeFullException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PosixErrorsTest {
  private static final Path SOURCE = Path.of("/v/source");
  private static final Path TARGET = Path.of("/v/target");

  private static IOException map(Strategy strategy, int errno, FileStatus.Kind kind) {
    return PosixErrors.map(strategy, new ErrnoException("link", TARGET, errno), SOURCE, TARGET, kind, "posix");
  }

  @Test
  void existingTargetAndMissingFiles() {
    assertInstanceOf(FileAlreadyExistsException.class, map(Strategy.LINK, Errno.EEXIST, FileStatus.Kind.REGULAR_FILE));
    NoSuchFileException source = assertInstanceOf(NoSuchFileException.class, map(Strategy.LINK, Errno.ENOENT, null));
    assertEquals(SOURCE.toString(), source.getFile());
    NoSuchFileException directory =
        assertInstanceOf(NoSuchFileException.class, map(Strategy.LINK, Errno.ENOENT, FileStatus.Kind.REGULAR_FILE));
    assertEquals(TARGET.toString(), directory.getFile());
  }

  @Test
  void directorySourceKeepsEperm() {
    NotRegularFileException refusal =
        assertInstanceOf(NotRegularFileException.class, map(Strategy.LINK, Errno.EPERM, FileStatus.Kind.DIRECTORY));
    assertEquals(FileStatus.Kind.DIRECTORY, refusal.kind());
    assertEquals(Errno.EPERM, refusal.nativeCode().getAsInt());
  }

  @Test
  void crossDeviceIsOtherVolume() {
    OtherVolumeException refusal =
        assertInstanceOf(OtherVolumeException.class, map(Strategy.CLONE, Errno.EXDEV, FileStatus.Kind.REGULAR_FILE));
    assertEquals(Strategy.CLONE, refusal.strategy());
    assertEquals(18, refusal.nativeCode().getAsInt());
  }

  @Test
  void everyWayFiCloneSaysNoIsUnsupported() {
    for (int errno : new int[] {Errno.EOPNOTSUPP, Errno.ENOTTY, Errno.EINVAL, Errno.ENOSYS}) {
      StrategyUnsupportedException refusal =
          assertInstanceOf(StrategyUnsupportedException.class, map(Strategy.CLONE, errno, FileStatus.Kind.REGULAR_FILE));
      assertEquals(errno, refusal.nativeCode().getAsInt());
    }
  }

  @Test
  void spaceAccessAndReadOnlyAreClear() {
    assertInstanceOf(VolumeFullException.class, map(Strategy.COPY, Errno.ENOSPC, FileStatus.Kind.REGULAR_FILE));
    assertInstanceOf(VolumeFullException.class, map(Strategy.COPY, Errno.EDQUOT, FileStatus.Kind.REGULAR_FILE));
    assertInstanceOf(ReadOnlyVolumeException.class, map(Strategy.LINK, Errno.EROFS, FileStatus.Kind.REGULAR_FILE));
    assertInstanceOf(AccessDeniedException.class, map(Strategy.LINK, Errno.EACCES, FileStatus.Kind.REGULAR_FILE));
    AccessDeniedException eperm =
        assertInstanceOf(AccessDeniedException.class, map(Strategy.LINK, Errno.EPERM, FileStatus.Kind.REGULAR_FILE));
    assertTrue(eperm.getMessage().contains("protected_hardlinks"), eperm.getMessage());
  }

  @Test
  void anythingElseKeepsItsErrno() {
    TwinfileException other = assertInstanceOf(TwinfileException.class, map(Strategy.LINK, 5, FileStatus.Kind.REGULAR_FILE));
    assertEquals(5, other.nativeCode().getAsInt());
    assertEquals("posix", other.backend());
  }

  @Test
  void ntfs3gsErangeAndEmlinkAreCeilings(@org.junit.jupiter.api.io.TempDir Path directory) throws IOException {
    Path source = java.nio.file.Files.writeString(directory.resolve("s"), "x");
    for (int errno : new int[] {Errno.ERANGE, Errno.EMLINK}) {
      IOException mapped =
          PosixFiles.linkFailure(source, directory.resolve("t"), new ErrnoException("link", source, errno), 1024, "ntfs");
      dev.twinfile.spi.LinkCeilingException ceiling = assertInstanceOf(dev.twinfile.spi.LinkCeilingException.class, mapped);
      assertEquals(errno, ceiling.nativeCode().getAsInt());
      assertEquals(1024, ceiling.maxNames());
      assertEquals(1, ceiling.linkCount());
    }
  }
}
