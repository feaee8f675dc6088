package dev.twinfile.backend.refs;

import dev.twinfile.os.windows.Win32Exception;
import dev.twinfile.os.windows.WindowsErrors;
import dev.twinfile.spi.CloneShareLimitException;
import dev.twinfile.spi.FileStatus;
import dev.twinfile.spi.OtherVolumeException;
import dev.twinfile.spi.Strategy;
import dev.twinfile.spi.StrategyUnsupportedException;
import dev.twinfile.spi.TwinfileException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The Win32 errors of the ReFS backend as the exceptions of the contract. A pure table: each
 * method takes the failure and what the backend knew, and returns the exception to throw, the
 * Win32 failure attached as its cause.
 */
final class ReFsErrors {
  static final String BACKEND = "refs";

  /** How many file regions may share one physical region (Microsoft's block-cloning page). */
  static final long SHARE_LIMIT = 8_175;

  static final int ERROR_INVALID_FUNCTION = WindowsErrors.ERROR_INVALID_FUNCTION;
  static final int ERROR_FILE_NOT_FOUND = WindowsErrors.ERROR_FILE_NOT_FOUND;
  static final int ERROR_PATH_NOT_FOUND = WindowsErrors.ERROR_PATH_NOT_FOUND;
  static final int ERROR_ACCESS_DENIED = WindowsErrors.ERROR_ACCESS_DENIED;
  static final int ERROR_NOT_SAME_DEVICE = WindowsErrors.ERROR_NOT_SAME_DEVICE;
  static final int ERROR_WRITE_PROTECT = WindowsErrors.ERROR_WRITE_PROTECT;
  static final int ERROR_NOT_SUPPORTED = WindowsErrors.ERROR_NOT_SUPPORTED;
  static final int ERROR_FILE_EXISTS = WindowsErrors.ERROR_FILE_EXISTS;
  static final int ERROR_INVALID_PARAMETER = 87;
  static final int ERROR_DISK_FULL = WindowsErrors.ERROR_DISK_FULL;
  static final int ERROR_ALREADY_EXISTS = WindowsErrors.ERROR_ALREADY_EXISTS;
  static final int ERROR_BLOCK_TOO_MANY_REFERENCES = 347;
  static final int ERROR_TOO_MANY_LINKS = WindowsErrors.ERROR_TOO_MANY_LINKS;
  static final int ERROR_PRIVILEGE_NOT_HELD = WindowsErrors.ERROR_PRIVILEGE_NOT_HELD;

  private ReFsErrors() {}

  /**
   * Maps a failure during a clone of {@code source} to {@code target}.
   *
   * @param sameVolume whether source and target were found on one volume (by volume serial);
   *     ReFS answers {@code ERROR_INVALID_PARAMETER} both for another volume and for a bad request
   */
  static IOException clone(Win32Exception failure, Path source, Path target, boolean sameVolume) {
    int code = failure.code();
    IOException mapped;
    switch (code) {
      case ERROR_BLOCK_TOO_MANY_REFERENCES:
        mapped = new CloneShareLimitException(source, target, SHARE_LIMIT, BACKEND, code);
        break;
      case ERROR_INVALID_FUNCTION:
        mapped =
            new StrategyUnsupportedException(
                Strategy.CLONE,
                source,
                target,
                "the volume cannot clone blocks (" + failure.symbol() + ")",
                BACKEND,
                code);
        break;
      case ERROR_INVALID_PARAMETER:
        mapped =
            sameVolume
                ? new TwinfileException(
                    source,
                    target,
                    failure.getReason()
                        + " (source and target are on one volume, so ReFS refused the request"
                        + " itself)",
                    BACKEND,
                    code)
                : new OtherVolumeException(Strategy.CLONE, source, target, BACKEND, code);
        break;
      case ERROR_NOT_SAME_DEVICE:
        mapped = new OtherVolumeException(Strategy.CLONE, source, target, BACKEND, code);
        break;
      case ERROR_NOT_SUPPORTED:
        mapped =
            new TwinfileException(
                source,
                target,
                failure.getReason()
                    + " (ReFS refuses a clone of overlapping regions, of a sparse source into a"
                    + " non-sparse target, or of a range beyond the source's allocation)",
                BACKEND,
                code);
        break;
      case ERROR_FILE_NOT_FOUND:
      case ERROR_PATH_NOT_FOUND:
        mapped = new NoSuchFileException(source.toString(), target.toString(), failure.getReason());
        break;
      case ERROR_ACCESS_DENIED:
      case ERROR_PRIVILEGE_NOT_HELD:
        mapped =
            new AccessDeniedException(source.toString(), target.toString(), failure.getReason());
        break;
      default:
        mapped = common(failure, source, target);
    }
    return caused(mapped, failure);
  }

  /** Maps a failure on the target's side of a clone; see {@link WindowsErrors#targetSide}. */
  static IOException targetSide(Win32Exception failure, Path source, Path target) {
    return WindowsErrors.targetSide(failure, source, target, BACKEND);
  }

  /** Maps a failed CreateHardLinkW; see {@link WindowsErrors#link}. */
  static IOException link(
      Win32Exception failure,
      Path source,
      Path target,
      FileStatus.Kind sourceKind,
      long linkCount,
      long maxNames,
      boolean sourceGone) {
    return WindowsErrors.link(
        failure,
        source,
        target,
        sourceKind,
        linkCount,
        maxNames,
        sourceGone,
        BACKEND,
        "the volume has no hard links (ReFS has them from version 3.5)");
  }

  /**
   * Returns whether {@code failure} says the volume has no {@code FILE_ID_INFO} at all (answers
   * the request as unknown), rather than that the file is missing or locked.
   */
  static boolean lacksFileIds(Win32Exception failure) {
    int code = failure.code();
    return code == ERROR_INVALID_FUNCTION
        || code == ERROR_NOT_SUPPORTED
        || code == ERROR_INVALID_PARAMETER;
  }

  /** Maps a failure to read the status, the names or the volume of {@code path}. */
  static IOException status(Win32Exception failure, Path path) {
    return WindowsErrors.status(failure, path, BACKEND);
  }

  /** Maps a failure while a copy of {@code source} was made or published as {@code target}. */
  static IOException copy(Win32Exception failure, Path source, Path target) {
    return WindowsErrors.copy(failure, source, target, BACKEND);
  }

  private static IOException common(Win32Exception failure, Path source, Path target) {
    return WindowsErrors.common(failure, source, target, BACKEND);
  }

  private static IOException caused(IOException mapped, Win32Exception failure) {
    return WindowsErrors.caused(mapped, failure);
  }
}
