package dev.twinfile.backend.posix;

import dev.twinfile.os.posix.Errno;
import dev.twinfile.os.posix.ErrnoException;
import dev.twinfile.os.posix.Posix;
import dev.twinfile.os.posix.Stat;
import dev.twinfile.spi.Backend;
import dev.twinfile.spi.Capabilities;
import dev.twinfile.spi.CopyMode;
import dev.twinfile.spi.FileIdentity;
import dev.twinfile.spi.FileStatus;
import dev.twinfile.spi.IdentityLocks;
import dev.twinfile.spi.LinkCeiling;
import dev.twinfile.spi.LinkCeilingException;
import dev.twinfile.spi.NotRegularFileException;
import dev.twinfile.spi.Strategy;
import dev.twinfile.spi.StrategyUnsupportedException;
import dev.twinfile.spi.Targets;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;

/**
 * One Linux or macOS volume. A link is one link(2) call where the kernel enforces the declared
 * ceiling itself; elsewhere the link count is checked and the link made under a per-identity lock,
 * and checked again afterwards. Clones and copies are written under a temporary name and published
 * with a no-replace rename.
 */
final class PosixBackend implements Backend {
  static final String NAME = "posix";

  private static final String STATUS_ATTRIBUTES = "unix:dev,ino,nlink,mode,size,lastModifiedTime";

  private final String fileStoreType;
  private final String description;
  private final FilesystemRules rules;
  private final Capabilities capabilities;
  private final long maxNames;
  private final IdentityLocks locks = new IdentityLocks(64);

  PosixBackend(String fileStoreType, String description, FilesystemRules rules, long blockSize) {
    this.fileStoreType = fileStoreType;
    this.description = description;
    this.rules = rules;
    EnumSet<Strategy> strategies = EnumSet.of(Strategy.COPY);
    if (rules.hasLinks()) {
      strategies.add(Strategy.LINK);
    }
    if (rules.clones()) {
      strategies.add(Strategy.CLONE);
    }
    this.capabilities =
        new Capabilities(strategies, rules.ceiling(), rules.clones() ? blockSize : 0, false);
    this.maxNames =
        rules.ceiling() instanceof LinkCeiling.Known known ? known.maxNames() : Long.MAX_VALUE;
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
    Stat stat = stat(path);
    return stat != null ? status(stat) : status(Files.readAttributes(path, STATUS_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS));
  }

  /** One statx(2) call, or null where statx is unavailable and java.nio.file must answer. */
  private static Stat stat(Path path) throws IOException {
    try {
      return Posix.stat(path);
    } catch (ErrnoException e) {
      if (e.errno() == Errno.ENOENT || e.errno() == Errno.ENOTDIR) {
        NoSuchFileException missing = new NoSuchFileException(path.toString());
        missing.initCause(e);
        throw missing;
      }
      throw PosixErrors.map(null, e, path, path, FileStatus.Kind.REGULAR_FILE);
    }
  }

  private static FileStatus status(Stat stat) {
    return new FileStatus(
        FileIdentity.of(stat.device(), stat.inode()),
        kind(stat.mode()),
        stat.links(),
        stat.size(),
        FileTime.from(Instant.ofEpochSecond(stat.modifiedSeconds(), stat.modifiedNanos())));
  }

  private static FileStatus status(Map<String, Object> unix) {
    return new FileStatus(
        FileIdentity.of((Long) unix.get("dev"), (Long) unix.get("ino")),
        kind((Integer) unix.get("mode")),
        ((Number) unix.get("nlink")).longValue(),
        (Long) unix.get("size"),
        (FileTime) unix.get("lastModifiedTime"));
  }

  private static FileStatus.Kind kind(int mode) {
    switch (mode & Stat.TYPE_MASK) {
      case Stat.REGULAR:
        return FileStatus.Kind.REGULAR_FILE;
      case Stat.DIRECTORY:
        return FileStatus.Kind.DIRECTORY;
      case Stat.SYMBOLIC_LINK:
        return FileStatus.Kind.SYMBOLIC_LINK;
      default:
        return FileStatus.Kind.OTHER;
    }
  }

  /** A source's status and permission bits, from one status call. */
  private record Source(FileStatus status, int permissions) {}

  /** Reads the source with one status call; anything but a regular file is refused. */
  private Source regular(Path source, Path target) throws IOException {
    Stat stat = stat(source);
    Source read;
    if (stat != null) {
      read = new Source(status(stat), stat.mode() & 07777);
    } else {
      Map<String, Object> unix = Files.readAttributes(source, STATUS_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
      read = new Source(status(unix), (Integer) unix.get("mode") & 07777);
    }
    if (!read.status().isRegularFile()) {
      throw new NotRegularFileException(source, target, read.status().kind(), NAME, null);
    }
    return read;
  }

  @Override
  public void link(Path source, Path target) throws IOException {
    if (!rules.hasLinks()) {
      throw unsupported(Strategy.LINK, source, target, fileStoreType + " has no hard links");
    }
    if (rules.kernelEnforcesCeiling()) {
      // link(2) would link a symbolic link itself; the contract refuses anything but a regular file.
      regularSource(source, target);
      try {
        Posix.link(source, target);
      } catch (ErrnoException e) {
        throw linkFailure(source, target, e);
      }
      return;
    }
    FileStatus status = regularSource(source, target);
    synchronized (locks.lockFor(status.identity())) {
      status = regularSource(source, target);
      if (status.linkCount() >= maxNames) {
        throw ceiling(source, target, status.linkCount(), null);
      }
      try {
        Posix.link(source, target);
      } catch (ErrnoException e) {
        throw linkFailure(source, target, e);
      }
      long names = status(source).linkCount();
      if (names > maxNames) {
        // Another process linked at the same moment: take this name back, stay under the ceiling.
        Files.deleteIfExists(target);
        throw ceiling(source, target, names - 1, null);
      }
    }
  }

  private IOException linkFailure(Path source, Path target, ErrnoException e) {
    FileStatus status = statusOrNull(source);
    if ((e.errno() == Errno.EMLINK || e.errno() == Errno.ERANGE)
        && status != null
        && status.isRegularFile()) {
      LinkCeilingException ceiling = ceiling(source, target, status.linkCount(), e.errno());
      ceiling.initCause(e);
      return ceiling;
    }
    return PosixErrors.map(Strategy.LINK, e, source, target, status == null ? null : status.kind());
  }

  private LinkCeilingException ceiling(Path source, Path target, long names, Integer errno) {
    return new LinkCeilingException(
        source, target, maxNames == Long.MAX_VALUE ? -1 : maxNames, names, 0, NAME, errno);
  }

  @Override
  public void clone(Path source, Path target) throws IOException {
    if (!rules.clones()) {
      throw unsupported(Strategy.CLONE, source, target, fileStoreType + " cannot clone blocks");
    }
    Source read = regular(source, target);
    Path temporary = Targets.temporarySibling(target);
    try {
      Posix.cloneToNewFile(source, temporary, read.permissions());
    } catch (ErrnoException e) {
      if (e.call().equals("open target") && e.errno() == Errno.ENOENT) {
        throw new NoSuchFileException(target.toString(), null, "the target's directory does not exist");
      }
      throw PosixErrors.map(Strategy.CLONE, e, source, target, FileStatus.Kind.REGULAR_FILE);
    }
    try {
      Files.setLastModifiedTime(temporary, read.status().lastModified());
    } catch (IOException | RuntimeException e) {
      Targets.deleteQuietly(temporary, e);
      throw e;
    }
    publish(temporary, target, source);
  }

  @Override
  public void copy(Path source, Path target, CopyMode mode) throws IOException {
    regularSource(source, target);
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(target.toString(), null, "the target exists");
    }
    Path temporary = Targets.temporarySibling(target);
    try {
      if (mode == CopyMode.PHYSICAL) {
        Targets.writePhysicalCopy(source, temporary);
      } else {
        Files.copy(source, temporary, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
      }
    } catch (IOException | RuntimeException e) {
      Targets.deleteQuietly(temporary, e);
      throw e;
    }
    publish(temporary, target, source);
  }

  /** Renames the whole temporary file to the target, never replacing an existing file. */
  private static void publish(Path temporary, Path target, Path source) throws IOException {
    try {
      if (Posix.renameNoReplace(temporary, target)) {
        return;
      }
    } catch (ErrnoException e) {
      IOException mapped = PosixErrors.map(Strategy.COPY, e, source, target, FileStatus.Kind.REGULAR_FILE);
      Targets.deleteQuietly(temporary, mapped);
      throw mapped;
    }
    Targets.publish(temporary, target);
  }

  private FileStatus regularSource(Path source, Path target) throws IOException {
    return regular(source, target).status();
  }

  private FileStatus statusOrNull(Path path) {
    try {
      return status(path);
    } catch (IOException e) {
      return null;
    }
  }

  private static StrategyUnsupportedException unsupported(
      Strategy strategy, Path source, Path target, String why) {
    return new StrategyUnsupportedException(strategy, source, target, why, NAME, null);
  }
}
