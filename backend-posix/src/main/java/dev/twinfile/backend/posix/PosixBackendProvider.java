package dev.twinfile.backend.posix;

import dev.twinfile.os.posix.ErrnoException;
import dev.twinfile.os.posix.MountInfo;
import dev.twinfile.os.posix.Posix;
import dev.twinfile.spi.Backend;
import dev.twinfile.spi.BackendProvider;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Serves the default file system's volumes on Linux and macOS, except NTFS volumes (ntfs-3g FUSE
 * mounts and the kernel's ntfs3 driver), which belong to the NTFS backend.
 */
public final class PosixBackendProvider implements BackendProvider {
  private static final System.Logger LOGGER = System.getLogger(PosixBackendProvider.class.getName());

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public PosixBackendProvider() {}

  @Override
  public String name() {
    return PosixBackend.NAME;
  }

  @Override
  public Optional<Backend> open(Path path) throws IOException {
    if (!Posix.isSupported() || path.getFileSystem() != FileSystems.getDefault()) {
      return Optional.empty();
    }
    MountInfo mount = Posix.isLinux() ? MountInfo.of(path) : null;
    if (mount != null && mount.isNtfs()) {
      return Optional.empty();
    }
    return Optional.of(backend(path, mount));
  }

  @Override
  public Backend force(Path path) throws IOException {
    if (!Posix.isSupported() || path.getFileSystem() != FileSystems.getDefault()) {
      return BackendProvider.super.force(path);
    }
    return backend(path, Posix.isLinux() ? MountInfo.of(path) : null);
  }

  private static Backend backend(Path path, MountInfo mount) throws IOException {
    FileStore store = Files.getFileStore(path);
    String type = store.type();
    long linkMax = -1;
    try {
      linkMax = Posix.linkMax(path);
    } catch (ErrnoException e) {
      LOGGER.log(System.Logger.Level.DEBUG, "pathconf failed on " + path, e);
    }
    boolean xfsReflink = false;
    if (type.toLowerCase(Locale.ROOT).equals("xfs")) {
      try {
        xfsReflink = Posix.xfsHasReflink(Files.isDirectory(path) ? path : path.toAbsolutePath().getParent());
      } catch (ErrnoException e) {
        LOGGER.log(System.Logger.Level.DEBUG, "XFS_IOC_FSGEOMETRY failed on " + path, e);
      }
    }
    FilesystemRules rules = FilesystemRules.of(type, linkMax, xfsReflink, Posix.isMac());
    String where =
        mount != null
            ? type + " at " + mount.mountPoint() + " (" + mount.source() + ")"
            : type + " volume " + store.name();
    String how = type.equals("xfs") ? ", reflink " + (xfsReflink ? "on" : "off") + " (XFS_IOC_FSGEOMETRY)" : "";
    return new PosixBackend(type, where + how, rules, store.getBlockSize());
  }
}
