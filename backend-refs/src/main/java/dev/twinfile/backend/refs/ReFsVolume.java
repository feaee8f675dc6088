package dev.twinfile.backend.refs;

import dev.twinfile.os.windows.VolumeInfo;
import dev.twinfile.spi.Capabilities;
import dev.twinfile.spi.LinkCeiling;
import dev.twinfile.spi.Strategy;
import java.util.EnumSet;

/**
 * What a ReFS volume can do, decided from its flags and cluster size alone. Pure, so every
 * combination is tested on any OS.
 */
final class ReFsVolume {
  /** The figure in circulation; Microsoft publishes none. */
  static final long MAX_NAMES = 1_000_000;

  static final LinkCeiling CEILING =
      LinkCeiling.known(
          MAX_NAMES,
          "ReFS: no published figure; 1,000,000 is the one in circulation;"
              + " ERROR_TOO_MANY_LINKS always treated as a ceiling");

  static final LinkCeiling NO_LINKS =
      LinkCeiling.known(
          1,
          "ReFS without FILE_SUPPORTS_HARD_LINKS (before 3.5): a file keeps its one name");

  private ReFsVolume() {}

  /**
   * Returns the capabilities of a volume: COPY always, LINK with {@code FILE_SUPPORTS_HARD_LINKS}
   * (ReFS 3.5 and later), CLONE with {@code FILE_SUPPORTS_BLOCK_REFCOUNTING} and a known cluster
   * size, which becomes the clone granularity.
   */
  static Capabilities capabilities(VolumeInfo volume, long clusterSize) {
    EnumSet<Strategy> strategies = EnumSet.of(Strategy.COPY);
    if (volume.supportsHardLinks()) {
      strategies.add(Strategy.LINK);
    }
    boolean clones = volume.supportsBlockRefcounting() && ClonePlan.isValidCluster(clusterSize);
    if (clones) {
      strategies.add(Strategy.CLONE);
    }
    return new Capabilities(
        strategies,
        volume.supportsHardLinks() ? CEILING : NO_LINKS,
        clones ? clusterSize : 0,
        true,
        true);
  }

  /**
   * Returns the first usable cluster size among {@code candidates} (from {@code
   * FSCTL_GET_INTEGRITY_INFORMATION}, then {@code GetDiskFreeSpaceW}), or 0 when none is.
   */
  static long chooseClusterSize(long... candidates) {
    for (long candidate : candidates) {
      if (ClonePlan.isValidCluster(candidate)) {
        return candidate;
      }
    }
    return 0;
  }

  /** Returns one line about the volume, for {@link dev.twinfile.spi.Backend#description()}. */
  static String describe(VolumeInfo volume, long clusterSize) {
    return volume.fileSystemName()
        + " volume "
        + volume.root()
        + " (serial "
        + volume.serialText()
        + ", "
        + (clusterSize > 0 ? clusterSize / 1024 + " KiB clusters" : "cluster size unknown")
        + ", block cloning "
        + (volume.supportsBlockRefcounting() ? "yes" : "no")
        + ", hard links "
        + (volume.supportsHardLinks() ? "yes" : "no")
        + ") recognised by GetVolumeInformationByHandleW; kernel32 through JNA";
  }
}
