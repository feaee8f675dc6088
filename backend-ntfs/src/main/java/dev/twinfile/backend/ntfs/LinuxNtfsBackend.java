package dev.twinfile.backend.ntfs;

import dev.twinfile.os.posix.ErrnoException;
import dev.twinfile.os.posix.Posix;
import dev.twinfile.os.posix.PosixFiles;
import dev.twinfile.spi.Backend;
import dev.twinfile.spi.Capabilities;
import dev.twinfile.spi.CeilingEnforcer;
import dev.twinfile.spi.CopyMode;
import dev.twinfile.spi.FileStatus;
import dev.twinfile.spi.LinkCeiling;
import dev.twinfile.spi.Strategy;
import dev.twinfile.spi.StrategyUnsupportedException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;

/**
 * An NTFS volume mounted on Linux, by ntfs-3g (FUSE) or the kernel's ntfs3 driver. Links go
 * through link(2), but files are held to Windows' 1,024 names: ntfs-3g lets 8,189 through and
 * answers ERANGE after that, ntfs3 allows 4,000, and Windows would then find files it cannot
 * manage. NTFS cannot clone.
 */
final class LinuxNtfsBackend implements Backend {
  static final String NAME = "ntfs";
  static final long MAX_NAMES = 1_024;

  private final String fileStoreType;
  private final String description;
  private final Capabilities capabilities;
  private final CeilingEnforcer enforcer = new CeilingEnforcer(MAX_NAMES, NAME);

  LinuxNtfsBackend(String fileStoreType, String description) {
    this.fileStoreType = fileStoreType;
    this.description = description;
    this.capabilities =
        new Capabilities(
            EnumSet.of(Strategy.LINK, Strategy.COPY),
            LinkCeiling.known(
                MAX_NAMES,
                "NTFS: 1,024 names per file, as Windows allows; enforced here, since ntfs-3g lets"
                    + " 8,189 through (then ERANGE)"),
            0,
            false,
            false);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String fileStoreType() {
    return fileStoreType;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public Capabilities capabilities() {
    return capabilities;
  }

  @Override
  public FileStatus status(Path path) throws IOException {
    return PosixFiles.status(path, NAME);
  }

  @Override
  public void link(Path source, Path target) throws IOException {
    PosixFiles.requireDefaultFileSystem(Strategy.LINK, source, target, NAME);
    enforcer.link(source, target, this::status, LinuxNtfsBackend::linkOnce);
  }

  private static void linkOnce(Path source, Path target) throws IOException {
    try {
      Posix.link(source, target);
    } catch (ErrnoException e) {
      throw PosixFiles.linkFailure(source, target, e, MAX_NAMES, NAME);
    }
  }

  @Override
  public void clone(Path source, Path target) throws IOException {
    throw new StrategyUnsupportedException(
        Strategy.CLONE, source, target, "NTFS cannot clone blocks", NAME, null);
  }

  @Override
  public void copy(Path source, Path target, CopyMode mode) throws IOException {
    PosixFiles.copy(source, target, mode, NAME);
  }
}
