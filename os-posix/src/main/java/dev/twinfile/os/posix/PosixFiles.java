package dev.twinfile.os.posix;

import dev.twinfile.spi.CopyMode;
import dev.twinfile.spi.FileIdentity;
import dev.twinfile.spi.FileStatus;
import dev.twinfile.spi.LinkCeilingException;
import dev.twinfile.spi.NotRegularFileException;
import dev.twinfile.spi.OtherVolumeException;
import dev.twinfile.spi.Strategy;
import dev.twinfile.spi.Targets;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;

/**
 * What the backends on POSIX systems (posix, and ntfs-3g) do alike: read a status with one statx
 * call, refuse anything but a regular file as a source, copy under a temporary name and publish
 * it with a no-replace rename, and turn a failed link into the SPI's exception.
 */
public final class PosixFiles {
  private static final String STATUS_ATTRIBUTES = "unix:dev,ino,nlink,mode,size,lastModifiedTime";

  private PosixFiles() {}

  /** Returns the status of {@code path}, not following a final symbolic link. */
  public static FileStatus status(Path path, String backend) throws IOException {
    Stat stat;
    try {
      stat = Posix.stat(path);
    } catch (ErrnoException e) {
      throw missingOr(e, path, backend);
    }
    if (stat != null) {
      return new FileStatus(
          FileIdentity.of(stat.device(), stat.inode()),
          kind(stat.mode()),
          stat.links(),
          stat.size(),
          FileTime.from(Instant.ofEpochSecond(stat.modifiedSeconds(), stat.modifiedNanos())));
    }
    Map<String, Object> unix = Files.readAttributes(path, STATUS_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
    return new FileStatus(
        FileIdentity.of((Long) unix.get("dev"), (Long) unix.get("ino")),
        kind((Integer) unix.get("mode")),
        ((Number) unix.get("nlink")).longValue(),
        (Long) unix.get("size"),
        (FileTime) unix.get("lastModifiedTime"));
  }

  /**
   * Maps a failure to reach {@code path} itself: ENOENT and ENOTDIR to {@link
   * NoSuchFileException}, anything else as {@link PosixErrors#map} does.
   */
  public static IOException missingOr(ErrnoException e, Path path, String backend) {
    if (e.errno() == Errno.ENOENT || e.errno() == Errno.ENOTDIR) {
      NoSuchFileException missing = new NoSuchFileException(path.toString());
      missing.initCause(e);
      return missing;
    }
    return PosixErrors.map(null, e, path, path, FileStatus.Kind.REGULAR_FILE, backend);
  }

  /** Returns the status of {@code source}; anything but a regular file is refused. */
  public static FileStatus regular(Path source, Path target, String backend) throws IOException {
    FileStatus status = status(source, backend);
    if (!status.isRegularFile()) {
      throw new NotRegularFileException(source, target, status.kind(), backend, null);
    }
    return status;
  }

  /**
   * Refuses a link or clone whose source or target is on another file system than the default
   * one (a memory volume, a zip): libc would take its path for a real one.
   */
  public static void requireDefaultFileSystem(Strategy strategy, Path source, Path target, String backend)
      throws OtherVolumeException {
    if (source.getFileSystem() != FileSystems.getDefault() || target.getFileSystem() != FileSystems.getDefault()) {
      throw new OtherVolumeException(strategy, source, target, backend, null);
    }
  }

  /** Returns the kind of file the type bits of {@code mode} give. */
  public static FileStatus.Kind kind(int mode) {
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

  /**
   * Turns a failed link(2) into the SPI's exception: EMLINK or ERANGE (ntfs-3g's answer past its
   * own limit) on a regular file is a ceiling of {@code maxNames} (-1 when unknown).
   */
  public static IOException linkFailure(
      Path source, Path target, ErrnoException error, long maxNames, String backend) {
    FileStatus status;
    try {
      status = status(source, backend);
    } catch (IOException e) {
      status = null;
    }
    if ((error.errno() == Errno.EMLINK || error.errno() == Errno.ERANGE)
        && status != null
        && status.isRegularFile()) {
      LinkCeilingException ceiling =
          new LinkCeilingException(source, target, maxNames, status.linkCount(), 0, backend, error.errno());
      ceiling.initCause(error);
      return ceiling;
    }
    return PosixErrors.map(Strategy.LINK, error, source, target, status == null ? null : status.kind(), backend);
  }

  /**
   * Copies {@code source} to {@code target} and names it only when whole, keeping permissions
   * (without setuid and setgid) and last-modified time. On Linux the bytes go into an unnamed
   * O_TMPFILE file by copy_file_range (which may share blocks) or, for a physical copy, sendfile;
   * elsewhere into a temporary name published by a no-replace rename, through the platform copy
   * (which may share blocks since JDK 20) or a physical one.
   */
  public static void copy(Path source, Path target, CopyMode mode, String backend) throws IOException {
    regular(source, target, backend);
    if (target.getFileSystem() != FileSystems.getDefault()) {
      // Another file system (a memory volume, a zip): libc cannot reach it, java.nio.file can.
      Targets.copy(source, target, mode);
      return;
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(target.toString(), null, "the target exists");
    }
    Stat copied;
    try {
      copied = Posix.copyToUnnamedFile(source, target, mode == CopyMode.PHYSICAL);
    } catch (ErrnoException e) {
      throw PosixErrors.map(Strategy.COPY, e, source, target, FileStatus.Kind.REGULAR_FILE, backend);
    }
    if (copied != null) {
      if (!copied.isRegularFile()) {
        throw new NotRegularFileException(source, target, kind(copied.mode()), backend, null);
      }
      return;
    }
    // No O_TMPFILE on this filesystem (or system): a temporary name, then a no-replace rename.
    Path temporary = Targets.temporarySibling(target);
    try {
      if (mode == CopyMode.PHYSICAL) {
        Targets.writePhysicalCopy(source, temporary);
      } else {
        Files.copy(source, temporary, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        dropSetuidAndSetgid(temporary);
      }
    } catch (IOException | RuntimeException e) {
      Targets.deleteQuietly(temporary, e);
      throw e;
    }
    publish(temporary, target, source, backend);
  }

  /** The copy belongs to the caller, as a clone does: COPY_ATTRIBUTES kept setuid and setgid. */
  private static void dropSetuidAndSetgid(Path file) throws IOException {
    int mode = (Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS);
    if ((mode & 06000) != 0) {
      Files.setAttribute(file, "unix:mode", mode & 0777, LinkOption.NOFOLLOW_LINKS);
    }
  }

  /**
   * Gives the whole file {@code temporary} the name {@code target} with a no-replace rename, or
   * {@link Targets#publish} where the system has none; on failure the temporary is deleted.
   */
  public static void publish(Path temporary, Path target, Path source, String backend) throws IOException {
    try {
      if (Posix.renameNoReplace(temporary, target)) {
        return;
      }
    } catch (ErrnoException e) {
      IOException mapped = PosixErrors.map(Strategy.COPY, e, source, target, FileStatus.Kind.REGULAR_FILE, backend);
      Targets.deleteQuietly(temporary, mapped);
      throw mapped;
    }
    Targets.publish(temporary, target);
  }
}
