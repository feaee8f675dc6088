package dev.twinfile.backend.posix;

import dev.twinfile.os.posix.Errno;
import dev.twinfile.os.posix.ErrnoException;
import dev.twinfile.os.posix.Posix;
import dev.twinfile.os.posix.PosixErrors;
import dev.twinfile.os.posix.PosixFiles;
import dev.twinfile.os.posix.Stat;
import dev.twinfile.spi.Backend;
import dev.twinfile.spi.Capabilities;
import dev.twinfile.spi.CeilingEnforcer;
import dev.twinfile.spi.CopyMode;
import dev.twinfile.spi.Extent;
import dev.twinfile.spi.FileStatus;
import dev.twinfile.spi.LinkCeiling;
import dev.twinfile.spi.NotRegularFileException;
import dev.twinfile.spi.Strategy;
import dev.twinfile.spi.StrategyUnsupportedException;
import dev.twinfile.spi.Targets;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import java.util.EnumSet;
import java.util.List;

/**
 * One Linux or macOS volume. A link is a statx and a link(2) where the kernel enforces the
 * declared ceiling itself; elsewhere a {@link CeilingEnforcer} holds files to it. Clones and copies
 * are written under a temporary name and published with a no-replace rename.
 */
final class PosixBackend implements Backend {
  static final String NAME = "posix";

  private final String fileStoreType;
  private final String description;
  private final FilesystemRules rules;
  /** Whether this volume clones and this JVM can make clones. */
  private final boolean clones;
  private final Capabilities capabilities;
  private final long maxNames;
  /**
   * Whether clones go into an unnamed O_TMPFILE file, linked at the target when whole; turned off
   * for good the first time the filesystem turns O_TMPFILE down.
   */
  private volatile boolean unnamedClones = Posix.isLinux();
  /** Enforces the ceiling in user space where the kernel does not; null where it does. */
  private final CeilingEnforcer enforcer;

  PosixBackend(String fileStoreType, String description, FilesystemRules rules, long blockSize) {
    this.fileStoreType = fileStoreType;
    this.description = description;
    this.rules = rules;
    this.clones = rules.clones() && Posix.clonesSupported();
    EnumSet<Strategy> strategies = EnumSet.of(Strategy.COPY);
    if (rules.hasLinks()) {
      strategies.add(Strategy.LINK);
    }
    if (clones) {
      strategies.add(Strategy.CLONE);
    }
    this.capabilities =
        new Capabilities(
            strategies,
            rules.ceiling(),
            clones ? blockSize : 0,
            false,
            FilesystemRules.mapsExtents(fileStoreType, Posix.isLinux()));
    this.maxNames =
        rules.ceiling() instanceof LinkCeiling.Known known ? known.maxNames() : Long.MAX_VALUE;
    this.enforcer =
        rules.kernelEnforcesCeiling() || maxNames == Long.MAX_VALUE ? null : new CeilingEnforcer(maxNames, NAME);
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
    if (!rules.hasLinks()) {
      throw unsupported(Strategy.LINK, source, target, fileStoreType + " has no hard links");
    }
    PosixFiles.requireDefaultFileSystem(Strategy.LINK, source, target, NAME);
    if (enforcer == null) {
      // link(2) would link a symbolic link itself; the contract refuses anything but a regular file.
      regularSource(source, target);
      linkOnce(source, target);
    } else {
      enforcer.link(source, target, this::status, this::linkOnce);
    }
  }

  private void linkOnce(Path source, Path target) throws IOException {
    try {
      Posix.link(source, target);
    } catch (ErrnoException e) {
      throw linkFailure(source, target, e);
    }
  }

  private IOException linkFailure(Path source, Path target, ErrnoException e) {
    return PosixFiles.linkFailure(source, target, e, maxNames == Long.MAX_VALUE ? -1 : maxNames, NAME);
  }

  @Override
  public void clone(Path source, Path target) throws IOException {
    if (!clones) {
      throw unsupported(
          Strategy.CLONE,
          source,
          target,
          rules.clones() ? "clones need a 64-bit JVM on Linux" : fileStoreType + " cannot clone blocks");
    }
    PosixFiles.requireDefaultFileSystem(Strategy.CLONE, source, target, NAME);
    if (unnamedClones) {
      Stat stat;
      try {
        stat = Posix.cloneToUnnamedFile(source, target);
      } catch (ErrnoException e) {
        throw cloneFailure(source, target, e);
      }
      if (stat != null) {
        requireRegular(stat, source, target);
        return;
      }
      // This filesystem has no O_TMPFILE: clone under a temporary name from now on.
      unnamedClones = false;
    }
    Path temporary = Targets.temporarySibling(target);
    try {
      if (Posix.isMac()) {
        // clonefile(2) keeps the mode; the time is set by path, as it made the file.
        FileStatus status = regularSource(source, target);
        Posix.cloneFile(source, temporary);
        setModified(temporary, status);
      } else {
        requireRegular(Posix.cloneToNewFile(source, temporary), source, target);
      }
    } catch (ErrnoException e) {
      throw cloneFailure(source, target, e);
    }
    PosixFiles.publish(temporary, target, source, NAME);
  }

  private static void requireRegular(Stat stat, Path source, Path target) throws NotRegularFileException {
    if (!stat.isRegularFile()) {
      throw new NotRegularFileException(source, target, PosixFiles.kind(stat.mode()), NAME, null);
    }
  }

  private static IOException cloneFailure(Path source, Path target, ErrnoException e) {
    if (e.call().equals("open target") && e.errno() == Errno.ENOENT) {
      NoSuchFileException missing =
          new NoSuchFileException(target.toString(), null, "the target's directory does not exist");
      missing.initCause(e);
      return missing;
    }
    return PosixErrors.map(Strategy.CLONE, e, source, target, FileStatus.Kind.REGULAR_FILE, NAME);
  }

  private static void setModified(Path temporary, FileStatus status) throws IOException {
    try {
      Files.setLastModifiedTime(temporary, status.lastModified());
    } catch (IOException | RuntimeException e) {
      Targets.deleteQuietly(temporary, e);
      throw e;
    }
  }

  @Override
  public void copy(Path source, Path target, CopyMode mode) throws IOException {
    PosixFiles.copy(source, target, mode, NAME);
  }

  @Override
  public List<Extent> extents(Path file) throws IOException {
    if (!capabilities.mapsExtents()) {
      return Backend.super.extents(file);
    }
    if (file.getFileSystem() != FileSystems.getDefault()) {
      throw new ProviderMismatchException("not a path of the default file system: " + file);
    }
    regularSource(file, null);
    List<Extent> extents;
    try {
      extents = Posix.extents(file);
    } catch (ErrnoException e) {
      throw PosixFiles.missingOr(e, file, NAME);
    }
    if (extents == null) {
      // Replaced by something else between the check and the open.
      regularSource(file, null);
      throw new NotRegularFileException(file, null, FileStatus.Kind.OTHER, NAME, null);
    }
    return extents;
  }

  private FileStatus regularSource(Path source, Path target) throws IOException {
    return PosixFiles.regular(source, target, NAME);
  }

  private static StrategyUnsupportedException unsupported(
      Strategy strategy, Path source, Path target, String why) {
    return new StrategyUnsupportedException(strategy, source, target, why, NAME, null);
  }
}
