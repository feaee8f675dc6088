package dev.twinfile.backend.ntfs.windows;

import dev.twinfile.os.windows.Win32Exception;
import dev.twinfile.spi.FileStatus;
import dev.twinfile.spi.LinkCeilingException;
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

/**
 * The Win32 errors of the NTFS backend as the exceptions of the contract. A pure table: each
 * method takes the failure and what the backend knew, and returns the exception to throw, the
 * Win32 failure attached as its cause.
 */
final class NtfsErrors {
  static final String BACKEND = "ntfs";

  static final int ERROR_INVALID_FUNCTION = 1;
  static final int ERROR_FILE_NOT_FOUND = 2;
  static final int ERROR_PATH_NOT_FOUND = 3;
  static final int ERROR_ACCESS_DENIED = 5;
  static final int ERROR_NOT_SAME_DEVICE = 17;
  static final int ERROR_WRITE_PROTECT = 19;
  static final int ERROR_NOT_SUPPORTED = 50;
  static final int ERROR_FILE_EXISTS = 80;
  static final int ERROR_DISK_FULL = 112;
  static final int ERROR_ALREADY_EXISTS = 183;
  static final int ERROR_PRIVILEGE_NOT_HELD = 1314;
  static final int ERROR_TOO_MANY_LINKS = 1142;

  private NtfsErrors() {}

  /**
   * Maps a failed CreateHardLinkW.
   *
   * @param sourceKind what the source was when last looked at, or null
   * @param linkCount the source's names when last looked at, or -1
   * @param sourceGone whether the source no longer exists (so a missing path is the source, not
   *     the target's directory)
   */
  static IOException link(
      Win32Exception failure,
      Path source,
      Path target,
      FileStatus.Kind sourceKind,
      long linkCount,
      long maxNames,
      boolean sourceGone) {
    int code = failure.code();
    IOException mapped;
    switch (code) {
      case ERROR_TOO_MANY_LINKS:
        mapped = new LinkCeilingException(source, target, maxNames, linkCount, 0, BACKEND, code);
        break;
      case ERROR_NOT_SAME_DEVICE:
        mapped = new OtherVolumeException(Strategy.LINK, source, target, BACKEND, code);
        break;
      case ERROR_ACCESS_DENIED:
        mapped =
            sourceKind == FileStatus.Kind.DIRECTORY
                ? new NotRegularFileException(source, target, sourceKind, BACKEND, code)
                : new AccessDeniedException(source.toString(), target.toString(), failure.getReason());
        break;
      case ERROR_NOT_SUPPORTED:
      case ERROR_INVALID_FUNCTION:
        mapped =
            new StrategyUnsupportedException(
                Strategy.LINK,
                source,
                target,
                "the volume has no hard links (" + failure.symbol() + ")",
                BACKEND,
                code);
        break;
      case ERROR_FILE_NOT_FOUND:
      case ERROR_PATH_NOT_FOUND:
        mapped =
            sourceGone
                ? new NoSuchFileException(source.toString(), target.toString(), failure.getReason())
                : new NoSuchFileException(
                    parentOf(target).toString(),
                    source.toString(),
                    "no such directory for the new name: " + failure.getReason());
        break;
      default:
        mapped = common(failure, source, target);
    }
    return caused(mapped, failure);
  }

  /** Maps a failure to read the status or the names of {@code path}. */
  static IOException status(Win32Exception failure, Path path) {
    int code = failure.code();
    IOException mapped;
    switch (code) {
      case ERROR_FILE_NOT_FOUND:
      case ERROR_PATH_NOT_FOUND:
        mapped = new NoSuchFileException(path.toString(), null, failure.getReason());
        break;
      case ERROR_ACCESS_DENIED:
      case ERROR_PRIVILEGE_NOT_HELD:
        mapped = new AccessDeniedException(path.toString(), null, failure.getReason());
        break;
      default:
        mapped = new TwinfileException(path, null, failure.getReason(), BACKEND, code);
    }
    return caused(mapped, failure);
  }

  /** Maps a failure while a copy of {@code source} was made or published as {@code target}. */
  static IOException copy(Win32Exception failure, Path source, Path target) {
    int code = failure.code();
    IOException mapped;
    switch (code) {
      case ERROR_FILE_NOT_FOUND:
      case ERROR_PATH_NOT_FOUND:
        mapped = new NoSuchFileException(source.toString(), target.toString(), failure.getReason());
        break;
      case ERROR_ACCESS_DENIED:
      case ERROR_PRIVILEGE_NOT_HELD:
        mapped =
            new AccessDeniedException(target.toString(), source.toString(), failure.getReason());
        break;
      default:
        mapped = common(failure, source, target);
    }
    return caused(mapped, failure);
  }

  /** The codes that mean the same in every operation. */
  private static IOException common(Win32Exception failure, Path source, Path target) {
    int code = failure.code();
    switch (code) {
      case ERROR_FILE_EXISTS:
      case ERROR_ALREADY_EXISTS:
        return new FileAlreadyExistsException(
            target.toString(), source.toString(), failure.getReason());
      case ERROR_DISK_FULL:
        return new VolumeFullException(target, source, BACKEND, code);
      case ERROR_WRITE_PROTECT:
        return new ReadOnlyVolumeException(target, source, BACKEND, code);
      default:
        return new TwinfileException(source, target, failure.getReason(), BACKEND, code);
    }
  }

  private static Path parentOf(Path target) {
    Path parent = target.toAbsolutePath().getParent();
    return parent != null ? parent : target;
  }

  private static IOException caused(IOException mapped, Win32Exception failure) {
    if (mapped != failure && mapped.getCause() == null) {
      mapped.initCause(failure);
    }
    return mapped;
  }
}
