package dev.twinfile.backend.ntfs.windows;

import dev.twinfile.os.windows.Win32Exception;
import dev.twinfile.os.windows.WindowsErrors;
import dev.twinfile.spi.FileStatus;
import java.io.IOException;
import java.nio.file.Path;

/** The NTFS backend's name on the shared Win32 error table, {@link WindowsErrors}. */
final class NtfsErrors {
  static final String BACKEND = "ntfs";

  private NtfsErrors() {}

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
        failure, source, target, sourceKind, linkCount, maxNames, sourceGone, BACKEND, "the volume has no hard links");
  }

  /** Maps a failure to read the status or the names of {@code path}. */
  static IOException status(Win32Exception failure, Path path) {
    return WindowsErrors.status(failure, path, BACKEND);
  }

  /** Maps a failure while a copy of {@code source} was made or published as {@code target}. */
  static IOException copy(Win32Exception failure, Path source, Path target) {
    return WindowsErrors.copy(failure, source, target, BACKEND);
  }
}
