package dev.twinfile.os.windows;

import dev.twinfile.spi.Backend;
import dev.twinfile.spi.CeilingEnforcer;
import dev.twinfile.spi.CopyMode;
import dev.twinfile.spi.Extent;
import dev.twinfile.spi.FileStatus;
import dev.twinfile.spi.NotRegularFileException;
import dev.twinfile.spi.OtherVolumeException;
import dev.twinfile.spi.Strategy;
import dev.twinfile.spi.StrategyUnsupportedException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import java.util.List;

/**
 * What the Windows backends (NTFS and ReFS) do alike: statuses with 128-bit identities from a
 * handle, CreateHardLinkW held to a ceiling by a {@link CeilingEnforcer}, names from
 * FindFirstFileNameW, extents from FSCTL_GET_RETRIEVAL_POINTERS and whole copies through {@link
 * WindowsCopies}, every failure mapped by {@link
 * WindowsErrors} under the backend's name. A subclass says what its volume is and how it clones.
 */
public abstract class WindowsBackend implements Backend {
  private final String name;
  private final VolumeInfo volume;
  private final CeilingEnforcer enforcer;
  private final long refusedAt;
  private final String noLinks;
  /** The volume's cluster size once read; 0 before. */
  private volatile long clusterBytes;

  /**
   * Creates the backend.
   *
   * @param name the backend's name
   * @param volume the volume served
   * @param maxNames the ceiling enforced
   * @param refusedAt the ceiling an ERROR_TOO_MANY_LINKS refusal reports, or -1 where no figure
   *     is published and the refusal itself is the file's ceiling
   * @param noLinks why a volume of this kind may have no links, for its refusals
   */
  protected WindowsBackend(String name, VolumeInfo volume, long maxNames, long refusedAt, String noLinks) {
    this.name = name;
    this.volume = volume;
    this.enforcer = new CeilingEnforcer(maxNames, name);
    this.refusedAt = refusedAt;
    this.noLinks = noLinks;
  }

  /** Returns the volume this backend serves. */
  protected final VolumeInfo volume() {
    return volume;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public String fileStoreType() {
    return volume.fileSystemName();
  }

  @Override
  public FileStatus status(Path path) throws IOException {
    try {
      return WindowsFiles.status(path).toStatus();
    } catch (Win32Exception e) {
      throw WindowsErrors.status(e, path, name);
    }
  }

  @Override
  public void link(Path source, Path target) throws IOException {
    if (!capabilities().supports(Strategy.LINK)) {
      throw new StrategyUnsupportedException(Strategy.LINK, source, target, noLinks, name, null);
    }
    requireDefaultFileSystem(Strategy.LINK, source, target);
    enforcer.link(
        source,
        target,
        this::status,
        this::createHardLink,
        created -> WindowsFiles.deleteName(created, source));
  }

  private void createHardLink(Path source, Path target) throws IOException {
    try {
      WindowsFiles.createHardLink(target, source);
    } catch (Win32Exception e) {
      FileStatus status = statusOrNull(source);
      throw WindowsErrors.link(
          e,
          source,
          target,
          status == null ? null : status.kind(),
          status == null ? -1 : status.linkCount(),
          refusedAt,
          status == null,
          name,
          noLinks);
    }
  }

  private FileStatus statusOrNull(Path path) {
    try {
      return status(path);
    } catch (IOException e) {
      return null;
    }
  }

  @Override
  public void copy(Path source, Path target, CopyMode mode) throws IOException {
    regularSource(source, target);
    WindowsCopies.copy(source, target, mode, failure -> WindowsErrors.copy(failure, source, target, name));
  }

  @Override
  public List<Path> names(Path file) throws IOException {
    try {
      return WindowsFiles.names(file);
    } catch (Win32Exception e) {
      throw WindowsErrors.status(e, file, name);
    }
  }

  @Override
  public List<Extent> extents(Path file) throws IOException {
    if (!capabilities().mapsExtents()) {
      return Backend.super.extents(file);
    }
    if (file.getFileSystem() != FileSystems.getDefault()) {
      throw new ProviderMismatchException("not a path of the default file system: " + file);
    }
    try (WinFile handle = WinFile.openMetadata(file)) {
      FileStatus status = handle.info().toStatus();
      if (!status.isRegularFile()) {
        throw new NotRegularFileException(file, null, status.kind(), name, null);
      }
      return handle.extents(clusterBytes());
    } catch (Win32Exception e) {
      throw WindowsErrors.status(e, file, name);
    }
  }

  /** Returns the volume's cluster size, read once (GetDiskFreeSpaceW). */
  private long clusterBytes() throws Win32Exception {
    long known = clusterBytes;
    if (known == 0) {
      known = WindowsFiles.clusterSize(volume.root());
      clusterBytes = known;
    }
    return known;
  }

  /**
   * Refuses a link or clone whose source or target is on another file system than the default
   * one (a memory volume, a zip): kernel32 would take its path for a real one.
   */
  protected final void requireDefaultFileSystem(Strategy strategy, Path source, Path target)
      throws OtherVolumeException {
    if (source.getFileSystem() != FileSystems.getDefault() || target.getFileSystem() != FileSystems.getDefault()) {
      throw new OtherVolumeException(strategy, source, target, name, null);
    }
  }

  /** Returns the status of {@code source}, refusing anything but a regular file. */
  protected final FileStatus regularSource(Path source, Path target) throws IOException {
    FileStatus status = status(source);
    if (!status.isRegularFile()) {
      throw new NotRegularFileException(source, target, status.kind(), name, null);
    }
    return status;
  }
}
