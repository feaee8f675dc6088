package dev.twinfile.backend.refs;

import dev.twinfile.os.windows.VolumeInfo;
import dev.twinfile.os.windows.Win32Exception;
import dev.twinfile.os.windows.WinFile;
import dev.twinfile.os.windows.WindowsFiles;
import dev.twinfile.spi.Backend;
import dev.twinfile.spi.BackendProvider;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens the ReFS backend for ReFS volumes (Dev Drives included) on Windows; claims nothing
 * elsewhere.
 */
public final class ReFsBackendProvider implements BackendProvider {

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public ReFsBackendProvider() {}

  @Override
  public String name() {
    return ReFsErrors.BACKEND;
  }

  /**
   * Returns the backend for the volume holding {@code path} when running on Windows and
   * GetVolumeInformationByHandleW names ReFS; empty otherwise, without loading native code off
   * Windows.
   */
  @Override
  public Optional<Backend> open(Path path) throws IOException {
    if (!WindowsFiles.isWindows() || path.getFileSystem() != FileSystems.getDefault()) {
      return Optional.empty();
    }
    VolumeInfo volume;
    try {
      volume = WindowsFiles.volume(path);
      if (volume.isReFs() && WindowsFiles.isRemote(path)) {
        // A share reports its server's file system, but cloning and file ids need a local volume.
        return Optional.empty();
      }
    } catch (Win32Exception e) {
      throw ReFsErrors.status(e, path);
    }
    if (!volume.isReFs()) {
      return Optional.empty();
    }
    return Optional.of(new ReFsBackend(volume, clusterSize(path, volume)));
  }

  /**
   * Returns the volume's cluster size: what ReFS reports with the integrity information, else
   * sectors per cluster times bytes per sector, else 0 (then the backend does not declare CLONE).
   */
  private static long clusterSize(Path path, VolumeInfo volume) {
    long fromIntegrity = 0;
    try (WinFile file = WinFile.openMetadataFollowingLinks(path)) {
      fromIntegrity = file.integrity().clusterSize();
    } catch (Win32Exception e) {
      // Not fatal: GetDiskFreeSpaceW below knows the cluster size too.
    }
    if (ReFsVolume.chooseClusterSize(fromIntegrity) > 0) {
      return fromIntegrity;
    }
    long fromDisk = 0;
    try {
      fromDisk = WindowsFiles.clusterSize(volume.root());
    } catch (Win32Exception e) {
      // Neither call answered: the backend will say "cluster size unknown" and not clone.
    }
    return ReFsVolume.chooseClusterSize(fromIntegrity, fromDisk);
  }
}
