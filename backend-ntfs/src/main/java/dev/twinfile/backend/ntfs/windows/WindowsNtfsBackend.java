package dev.twinfile.backend.ntfs.windows;

import dev.twinfile.os.windows.VolumeInfo;
import dev.twinfile.os.windows.WindowsBackend;
import dev.twinfile.spi.Capabilities;
import dev.twinfile.spi.LinkCeiling;
import dev.twinfile.spi.Strategy;
import dev.twinfile.spi.StrategyUnsupportedException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;

/**
 * NTFS on Windows through kernel32: links with CreateHardLinkW, every file held to 1,024 names;
 * names listed by FindFirstFileNameW; copies written under a temporary name and published whole.
 * NTFS cannot clone.
 */
final class WindowsNtfsBackend extends WindowsBackend {
  static final String NAME = NtfsErrors.BACKEND;
  static final long MAX_NAMES = 1_024;
  static final LinkCeiling CEILING =
      LinkCeiling.known(
          MAX_NAMES,
          "NTFS: 1,024 names per file (MS-FSA 2.1.5.15.6; CreateHardLinkW allows 1,023 links)");

  private final Capabilities capabilities =
      new Capabilities(EnumSet.of(Strategy.LINK, Strategy.COPY), CEILING, 0, true, true);

  WindowsNtfsBackend(VolumeInfo volume) {
    super(NAME, volume, MAX_NAMES, MAX_NAMES, "the volume has no hard links");
  }

  @Override
  public String description() {
    return volume().fileSystemName()
        + " volume "
        + volume().root()
        + " (serial "
        + volume().serialText()
        + ") recognised by GetVolumeInformationByHandleW; kernel32 through JNA";
  }

  @Override
  public Capabilities capabilities() {
    return capabilities;
  }

  @Override
  public void clone(Path source, Path target) throws IOException {
    throw new StrategyUnsupportedException(
        Strategy.CLONE, source, target, "NTFS cannot clone blocks", NAME, null);
  }
}
