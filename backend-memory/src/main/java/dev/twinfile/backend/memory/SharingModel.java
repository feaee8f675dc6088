package dev.twinfile.backend.memory;

import dev.twinfile.spi.CeilingEnforcer;
import dev.twinfile.spi.CloneShareLimitException;
import dev.twinfile.spi.Extent;
import dev.twinfile.spi.FileIdentity;
import dev.twinfile.spi.FileStatus;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32C;

/**
 * Which clusters of which files share a physical region, as a cloning filesystem would keep them.
 * A clone makes the target refer to the source's regions; a cluster rewritten later (its content
 * changed) moves to a region of its own, as copy-on-write does. With a share limit (ReFS: 8,175)
 * a clone is refused when one of the source's regions already has that many sharers.
 *
 * <p>Files are tracked by identity and the last name seen; a file that has gone, or is found
 * under that name with another identity, stops counting as a sharer.
 */
final class SharingModel {

  private static final class Extents {
    Path name;
    long size;
    FileTime modified;
    long[] regions;
    long[] checksums;
  }

  private final long cluster;
  private final long shareLimit;
  private final CeilingEnforcer.StatusReader statusReader;
  private final Map<FileIdentity, Extents> files = new HashMap<>();
  private final Map<Long, Set<FileIdentity>> sharers = new HashMap<>();
  private long nextRegion;

  SharingModel(long cluster, long shareLimit, CeilingEnforcer.StatusReader statusReader) {
    this.cluster = cluster;
    this.shareLimit = shareLimit;
    this.statusReader = statusReader;
  }

  /** Refuses the clone when a region of the source already has the most sharers allowed. */
  synchronized void checkRoomForClone(Path source, FileStatus status, Path target, String backend)
      throws IOException {
    Extents extents = refresh(source, status);
    if (shareLimit == 0) {
      return;
    }
    for (long region : extents.regions) {
      if (sharersOf(region).size() >= shareLimit) {
        forgetStaleSharers(region);
        if (sharersOf(region).size() >= shareLimit) {
          throw new CloneShareLimitException(source, target, shareLimit, backend, null);
        }
      }
    }
  }

  /** Records that the file {@code target} now shares every region of {@code source}. */
  synchronized void recordClone(FileStatus source, Path target, FileStatus targetStatus) {
    Extents from = files.get(source.identity());
    Extents clone = new Extents();
    clone.name = target;
    clone.size = targetStatus.size();
    clone.modified = targetStatus.lastModified();
    clone.regions = from.regions.clone();
    clone.checksums = from.checksums.clone();
    files.put(targetStatus.identity(), clone);
    for (long region : clone.regions) {
      sharers.computeIfAbsent(region, r -> new HashSet<>()).add(targetStatus.identity());
    }
  }

  /** Returns the bytes of {@code file} held in regions shared with another live file. */
  synchronized long sharedBytes(Path file, FileStatus status) throws IOException {
    Extents extents = refresh(file, status);
    long shared = 0;
    for (int i = 0; i < extents.regions.length; i++) {
      forgetStaleSharers(extents.regions[i]);
      if (sharersOf(extents.regions[i]).size() > 1) {
        shared += Math.min(cluster, extents.size - i * cluster);
      }
    }
    return shared;
  }

  /**
   * Returns where the clusters of {@code file} lie, a region being one cluster of the imagined
   * volume: consecutive regions make one extent, each cluster counted whole.
   */
  synchronized List<Extent> extents(Path file, FileStatus status) throws IOException {
    long[] regions = refresh(file, status).regions;
    List<Extent> extents = new ArrayList<>();
    for (int i = 0; i < regions.length; i++) {
      Extent.append(extents, i * cluster, regions[i] * cluster, cluster);
    }
    return extents;
  }

  /** Brings the record of {@code file} up to date: new files get fresh regions, rewritten clusters too. */
  private Extents refresh(Path file, FileStatus status) throws IOException {
    Extents extents = files.get(status.identity());
    if (extents != null
        && extents.size == status.size()
        && extents.modified.equals(status.lastModified())) {
      extents.name = file;
      return extents;
    }
    long[] checksums = checksums(file);
    long[] regions = new long[checksums.length];
    for (int i = 0; i < checksums.length; i++) {
      boolean unchanged =
          extents != null && i < extents.checksums.length && extents.checksums[i] == checksums[i];
      regions[i] = unchanged ? extents.regions[i] : newRegion(status.identity());
    }
    if (extents == null) {
      extents = new Extents();
      files.put(status.identity(), extents);
    } else {
      for (int i = 0; i < extents.regions.length; i++) {
        if (i >= regions.length || regions[i] != extents.regions[i]) {
          release(extents.regions[i], status.identity());
        }
      }
    }
    extents.name = file;
    extents.size = status.size();
    extents.modified = status.lastModified();
    extents.regions = regions;
    extents.checksums = checksums;
    return extents;
  }

  private void forgetStaleSharers(long region) throws IOException {
    for (FileIdentity sharer : Set.copyOf(sharersOf(region))) {
      Extents extents = files.get(sharer);
      if (extents == null) {
        continue;
      }
      FileStatus now;
      try {
        now = statusReader.status(extents.name);
      } catch (IOException gone) {
        now = null;
      }
      if (now == null || !now.identity().equals(sharer) || !now.isRegularFile()) {
        forget(sharer, extents);
      } else {
        refresh(extents.name, now);
      }
    }
  }

  private Set<FileIdentity> sharersOf(long region) {
    return sharers.getOrDefault(region, Set.of());
  }

  private void forget(FileIdentity identity, Extents extents) {
    files.remove(identity);
    for (long region : extents.regions) {
      release(region, identity);
    }
  }

  private long newRegion(FileIdentity owner) {
    long region = nextRegion++;
    Set<FileIdentity> owners = new HashSet<>();
    owners.add(owner);
    sharers.put(region, owners);
    return region;
  }

  private void release(long region, FileIdentity identity) {
    Set<FileIdentity> owners = sharers.get(region);
    if (owners != null) {
      owners.remove(identity);
      if (owners.isEmpty()) {
        sharers.remove(region);
      }
    }
  }

  private long[] checksums(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int clusters = (int) ((bytes.length + cluster - 1) / cluster);
    long[] checksums = new long[clusters];
    CRC32C crc = new CRC32C();
    for (int i = 0; i < clusters; i++) {
      int from = (int) (i * cluster);
      int length = (int) Math.min(cluster, bytes.length - from);
      crc.reset();
      crc.update(ByteBuffer.wrap(bytes, from, length));
      checksums[i] = crc.getValue() << 32 | length;
    }
    return checksums;
  }
}
