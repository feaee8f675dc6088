package dev.twinfile.backend.ntfs.windows;

import dev.twinfile.os.windows.FileInfo;
import dev.twinfile.os.windows.VolumeInfo;
import dev.twinfile.os.windows.Win32Exception;
import dev.twinfile.os.windows.WindowsCopies;
import dev.twinfile.os.windows.WindowsFiles;
import dev.twinfile.spi.Backend;
import dev.twinfile.spi.Capabilities;
import dev.twinfile.spi.CopyMode;
import dev.twinfile.spi.FileIdentity;
import dev.twinfile.spi.FileStatus;
import dev.twinfile.spi.CeilingEnforcer;
import dev.twinfile.spi.LinkCeiling;
import dev.twinfile.spi.LinkCeilingException;
import dev.twinfile.spi.NotRegularFileException;
import dev.twinfile.spi.Strategy;
import dev.twinfile.spi.StrategyUnsupportedException;
import dev.twinfile.spi.Targets;
import dev.twinfile.spi.TwinfileException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

/**
 * NTFS on Windows through kernel32. Links with CreateHardLinkW and holds every file to 1,024
 * names with a {@link CeilingEnforcer}. NTFS cannot clone. Copies are
 * written under a temporary name and published whole.
 */
final class WindowsNtfsBackend implements Backend {
  static final String NAME = NtfsErrors.BACKEND;
  static final long MAX_NAMES = 1_024;
  static final LinkCeiling CEILING =
      LinkCeiling.known(
          MAX_NAMES,
          "NTFS: 1,024 names per file (MS-FSA 2.1.5.15.6; CreateHardLinkW allows 1,023 links)");

  private final VolumeInfo volume;
  private final Capabilities capabilities =
      new Capabilities(EnumSet.of(Strategy.LINK, Strategy.COPY), CEILING, 0, true);
  private final CeilingEnforcer enforcer = new CeilingEnforcer(MAX_NAMES, NAME);

  WindowsNtfsBackend(VolumeInfo volume) {
    this.volume = volume;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String fileStoreType() {
    return volume.fileSystemName();
  }

  @Override
  public String description() {
    return volume.fileSystemName()
        + " volume "
        + volume.root()
        + " (serial "
        + volume.serialText()
        + ") recognised by GetVolumeInformationByHandleW; kernel32 through JNA";
  }

  @Override
  public Capabilities capabilities() {
    return capabilities;
  }

  @Override
  public FileStatus status(Path path) throws IOException {
    try {
      return WindowsFiles.status(path).toStatus();
    } catch (Win32Exception e) {
      throw NtfsErrors.status(e, path);
    }
  }

  @Override
  public void link(Path source, Path target) throws IOException {
    enforcer.link(source, target, this::status, this::createHardLink, name -> WindowsFiles.deleteName(name, source));
  }

  private void createHardLink(Path source, Path target) throws IOException {
    try {
      WindowsFiles.createHardLink(target, source);
    } catch (Win32Exception e) {
      FileStatus status = statusOrNull(source);
      throw NtfsErrors.link(
          e,
          source,
          target,
          status == null ? null : status.kind(),
          status == null ? -1 : status.linkCount(),
          MAX_NAMES,
          status == null);
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
  public void clone(Path source, Path target) throws IOException {
    throw new StrategyUnsupportedException(
        Strategy.CLONE, source, target, "NTFS cannot clone blocks", NAME, null);
  }

  @Override
  public void copy(Path source, Path target, CopyMode mode) throws IOException {
    regularSource(source, target);
    WindowsCopies.copy(source, target, mode, failure -> NtfsErrors.copy(failure, source, target));
  }

  @Override
  public List<Path> names(Path file) throws IOException {
    try {
      return WindowsFiles.names(file);
    } catch (Win32Exception e) {
      throw NtfsErrors.status(e, file);
    }
  }

  private FileStatus regularSource(Path source, Path target) throws IOException {
    FileStatus status = status(source);
    if (!status.isRegularFile()) {
      throw new NotRegularFileException(source, target, status.kind(), NAME, null);
    }
    return status;
  }
}
