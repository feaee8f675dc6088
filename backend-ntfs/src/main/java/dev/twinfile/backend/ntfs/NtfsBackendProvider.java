package dev.twinfile.backend.ntfs;

import dev.twinfile.backend.ntfs.windows.WindowsNtfs;
import dev.twinfile.os.posix.MountInfo;
import dev.twinfile.os.posix.Posix;
import dev.twinfile.spi.Backend;
import dev.twinfile.spi.BackendProvider;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Serves NTFS volumes: through kernel32 on Windows, and on Linux the mounts of ntfs-3g (recognised
 * by its {@code system.ntfs_attrib} attribute, since its FUSE type says only {@code fuse} or
 * {@code fuseblk}) and of the kernel's ntfs3 driver.
 */
public final class NtfsBackendProvider implements BackendProvider {

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public NtfsBackendProvider() {}

  @Override
  public String name() {
    return LinuxNtfsBackend.NAME;
  }

  @Override
  public Optional<Backend> open(Path path) throws IOException {
    if (path.getFileSystem() != FileSystems.getDefault()) {
      return Optional.empty();
    }
    if (!Posix.isLinux()) {
      return WindowsNtfs.open(path);
    }
    MountInfo mount = MountInfo.of(path);
    if (mount == null || !mount.isNtfs()) {
      return Optional.empty();
    }
    return Optional.of(linux(path, mount, true));
  }

  /** On Linux, serves any volume with NTFS's rules, for testing code against them. */
  @Override
  public Backend force(Path path) throws IOException {
    if (!Posix.isLinux() || path.getFileSystem() != FileSystems.getDefault()) {
      return BackendProvider.super.force(path);
    }
    MountInfo mount = MountInfo.of(path);
    return linux(path, mount, mount != null && mount.isNtfs());
  }

  private static Backend linux(Path path, MountInfo mount, boolean ntfs) throws IOException {
    String type = Files.getFileStore(path).type();
    String where = mount == null ? "" : " at " + mount.mountPoint() + " (" + mount.source() + ")";
    if (!ntfs) {
      return new LinuxNtfsBackend(type, "NTFS rules forced on a " + type + " volume" + where);
    }
    String driver = mount.isFuse() ? "ntfs-3g (FUSE " + mount.type() + ")" : "the kernel's " + mount.type() + " driver";
    return new LinuxNtfsBackend(type, "NTFS via " + driver + where);
  }
}
