package dev.twinfile.os.windows;

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
 * Win32 errors as the exceptions of the contract, for the Windows backends alike. A pure table:
 * each method takes the failure, what the backend knew and the backend's name, and returns the
 * exception to throw, the Win32 failure attached as its cause.
 */
public final class WindowsErrors {
  /** Win32 ERROR_INVALID_FUNCTION. */
  public static final int ERROR_INVALID_FUNCTION = 1;
  /** Win32 ERROR_FILE_NOT_FOUND. */
  public static final int ERROR_FILE_NOT_FOUND = 2;
  /** Win32 ERROR_PATH_NOT_FOUND. */
  public static final int ERROR_PATH_NOT_FOUND = 3;
  /** Win32 ERROR_ACCESS_DENIED. */
  public static final int ERROR_ACCESS_DENIED = 5;
  /** Win32 ERROR_NOT_SAME_DEVICE. */
  public static final int ERROR_NOT_SAME_DEVICE = 17;
  /** Win32 ERROR_WRITE_PROTECT. */
  public static final int ERROR_WRITE_PROTECT = 19;
  /** Win32 ERROR_NOT_SUPPORTED. */
  public static final int ERROR_NOT_SUPPORTED = 50;
  /** Win32 ERROR_FILE_EXISTS. */
  public static final int ERROR_FILE_EXISTS = 80;
  /** Win32 ERROR_DISK_FULL. */
  public static final int ERROR_DISK_FULL = 112;
  /** Win32 ERROR_ALREADY_EXISTS. */
  public static final int ERROR_ALREADY_EXISTS = 183;
  /** Win32 ERROR_PRIVILEGE_NOT_HELD. */
  public static final int ERROR_PRIVILEGE_NOT_HELD = 1314;
  /** Win32 ERROR_TOO_MANY_LINKS. */
  public static final int ERROR_TOO_MANY_LINKS = 1142;

  private WindowsErrors() {}

  /**
   * Maps a failed CreateHardLinkW.
   *
   * @param sourceKind what the source was when last looked at, or null
   * @param linkCount the source's names when last looked at, or -1
   * @param maxNames the volume's ceiling, or -1 where no figure is published
   * @param sourceGone whether the source no longer exists (so a missing path is the source, not
   *     the target's directory)
   * @param noLinks why the volume has no links, for ERROR_NOT_SUPPORTED and ERROR_INVALID_FUNCTION
   */
  public static IOException link(
      Win32Exception failure,
      Path source,
      Path target,
      FileStatus.Kind sourceKind,
      long linkCount,
      long maxNames,
      boolean sourceGone,
      String backend,
      String noLinks) {
    int code = failure.code();
    IOException mapped;
    switch (code) {
      case ERROR_TOO_MANY_LINKS:
        mapped = new LinkCeilingException(source, target, maxNames, linkCount, 0, backend, code);
        break;
      case ERROR_NOT_SAME_DEVICE:
        mapped = new OtherVolumeException(Strategy.LINK, source, target, backend, code);
        break;
      case ERROR_ACCESS_DENIED:
        mapped =
            sourceKind == FileStatus.Kind.DIRECTORY
                ? new NotRegularFileException(source, target, sourceKind, backend, code)
                : new AccessDeniedException(source.toString(), target.toString(), failure.getReason());
        break;
      case ERROR_NOT_SUPPORTED:
      case ERROR_INVALID_FUNCTION:
        mapped =
            new StrategyUnsupportedException(
                Strategy.LINK,
                source,
                target,
                noLinks + " (" + failure.symbol() + ")",
                backend,
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
        mapped = common(failure, source, target, backend);
    }
    return caused(mapped, failure);
  }

  /** Maps a failure to read the status, the names or the volume of {@code path}. */
  public static IOException status(Win32Exception failure, Path path, String backend) {
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
        mapped = new TwinfileException(path, null, failure.getReason(), backend, code);
    }
    return caused(mapped, failure);
  }

  /** Maps a failure while a copy of {@code source} was made or published as {@code target}. */
  public static IOException copy(Win32Exception failure, Path source, Path target, String backend) {
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
        mapped = common(failure, source, target, backend);
    }
    return caused(mapped, failure);
  }

  /**
   * Maps a failure on the target's side (creating a temporary file, setting the published
   * target's attributes): a missing or forbidden directory is the target's, not the source's.
   */
  public static IOException targetSide(Win32Exception failure, Path source, Path target, String backend) {
    IOException mapped;
    switch (failure.code()) {
      case ERROR_FILE_NOT_FOUND:
      case ERROR_PATH_NOT_FOUND:
        mapped =
            new NoSuchFileException(
                parentOf(target).toString(), target.toString(), "no such directory for the target");
        break;
      case ERROR_ACCESS_DENIED:
      case ERROR_PRIVILEGE_NOT_HELD:
        mapped = new AccessDeniedException(target.toString(), source.toString(), failure.getReason());
        break;
      default:
        mapped = common(failure, source, target, backend);
    }
    return caused(mapped, failure);
  }

  /** Maps the codes that mean the same in every operation; anything else keeps its code. */
  public static IOException common(Win32Exception failure, Path source, Path target, String backend) {
    int code = failure.code();
    switch (code) {
      case ERROR_FILE_EXISTS:
      case ERROR_ALREADY_EXISTS:
        return new FileAlreadyExistsException(
            target.toString(), source.toString(), failure.getReason());
      case ERROR_DISK_FULL:
        return new VolumeFullException(target, source, backend, code);
      case ERROR_WRITE_PROTECT:
        return new ReadOnlyVolumeException(target, source, backend, code);
      default:
        return new TwinfileException(source, target, failure.getReason(), backend, code);
    }
  }

  private static Path parentOf(Path target) {
    Path parent = target.toAbsolutePath().getParent();
    return parent != null ? parent : target;
  }

  /** Attaches {@code failure} as the cause of {@code mapped}, and returns {@code mapped}. */
  public static IOException caused(IOException mapped, Win32Exception failure) {
    if (mapped != failure && mapped.getCause() == null) {
      mapped.initCause(failure);
    }
    return mapped;
  }
}
