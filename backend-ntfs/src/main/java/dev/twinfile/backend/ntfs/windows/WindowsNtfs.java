package dev.twinfile.backend.ntfs.windows;

import dev.twinfile.os.windows.VolumeInfo;
import dev.twinfile.os.windows.Win32Exception;
import dev.twinfile.os.windows.WindowsFiles;
import dev.twinfile.spi.Backend;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Windows half of the NTFS backend, for the module's provider to call: recognises an NTFS
 * volume through kernel32 and opens a backend for it.
 */
public final class WindowsNtfs {
  private WindowsNtfs() {}

  /**
   * Opens the NTFS backend for the volume holding {@code path} (an existing file or directory),
   * or returns empty when not running on Windows, when {@code path} is not of the default file
   * system, when GetVolumeInformationByHandleW names another file system than NTFS, or when the volume is
   * a network share.
   */
  public static Optional<Backend> open(Path path) throws IOException {
    if (!WindowsFiles.isWindows() || path.getFileSystem() != FileSystems.getDefault()) {
      return Optional.empty();
    }
    VolumeInfo volume;
    try {
      volume = WindowsFiles.volume(path);
      if (volume.isNtfs() && WindowsFiles.isRemote(path)) {
        // A share reports its server's file system ("NTFS") but may lack file ids and name lists.
        return Optional.empty();
      }
    } catch (Win32Exception e) {
      throw NtfsErrors.status(e, path);
    }
    return volume.isNtfs() ? Optional.of(new WindowsNtfsBackend(volume)) : Optional.empty();
  }
}
