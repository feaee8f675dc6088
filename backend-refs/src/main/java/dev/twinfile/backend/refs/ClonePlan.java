package dev.twinfile.backend.refs;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * How one file is cloned on ReFS: the exact size to give the target before cloning, and the
 * regions to pass to {@code FSCTL_DUPLICATE_EXTENTS_TO_FILE}, each at the same offset in source and
 * target. Pure, so the arithmetic is tested on any OS.
 *
 * <p>ReFS clones whole clusters: every region starts and ends on a cluster boundary, and together
 * they cover the size rounded up to a cluster, so the last partial cluster is cloned too. The
 * target's end of file stays the exact source size. One call must stay under 4 GiB, so regions
 * are at most 4 GiB minus one cluster, which keeps them aligned.
 *
 * @param endOfFile the size to set on the target: exactly the source's size
 * @param clusterSize the cluster size the regions are aligned to
 */
record ClonePlan(long endOfFile, long clusterSize) {

  /** Each {@code FSCTL_DUPLICATE_EXTENTS_TO_FILE} must clone less than this many bytes. */
  static final long CALL_LIMIT = 1L << 32;

  /** The smallest cluster a volume has: one 512-byte sector. */
  static final long MIN_CLUSTER = 512;

  /** The largest cluster any Windows file system formats (NTFS, 2 MiB); ReFS uses 4 or 64 KiB. */
  static final long MAX_CLUSTER = 2L << 20;

  /**
   * One call's worth of cloning.
   *
   * @param offset where the region starts, in the source and in the target
   * @param length how many bytes it covers
   */
  record Region(long offset, long length) {}

  /** Checks the size and the cluster size. */
  ClonePlan {
    if (endOfFile < 0) {
      throw new IllegalArgumentException("negative size: " + endOfFile);
    }
    if (!isValidCluster(clusterSize)) {
      throw new IllegalArgumentException("not a cluster size: " + clusterSize);
    }
    if (endOfFile > Long.MAX_VALUE - clusterSize + 1
        || regionCount(endOfFile, clusterSize) > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("size too large to plan a clone of: " + endOfFile);
    }
  }

  private static long regionCount(long size, long clusterSize) {
    long covered = (size + clusterSize - 1) & -clusterSize;
    long chunk = CALL_LIMIT - clusterSize;
    return covered / chunk + (covered % chunk == 0 ? 0 : 1);
  }

  /**
   * Plans the clone of a file of {@code size} bytes on a volume with {@code clusterSize}-byte
   * clusters.
   *
   * @throws IllegalArgumentException for a negative size, or a cluster size that is not a power
   *     of two from 512 bytes to 2 MiB
   */
  static ClonePlan of(long size, long clusterSize) {
    return new ClonePlan(size, clusterSize);
  }

  /** Returns whether {@code clusterSize} is a power of two from 512 bytes to 2 MiB. */
  static boolean isValidCluster(long clusterSize) {
    return clusterSize >= MIN_CLUSTER
        && clusterSize <= MAX_CLUSTER
        && Long.bitCount(clusterSize) == 1;
  }

  /** Returns the bytes the regions cover: the size rounded up to a whole cluster. */
  long coveredBytes() {
    return (endOfFile + clusterSize - 1) & -clusterSize;
  }

  /** Returns the length of every region but the last: 4 GiB minus one cluster. */
  long chunkSize() {
    return CALL_LIMIT - clusterSize;
  }

  /**
   * Returns the regions in ascending order, contiguous from offset 0; computed on access, so a
   * huge file costs no memory.
   */
  List<Region> regions() {
    // The constructor made sure the count fits an int.
    return new Regions((int) regionCount(endOfFile, clusterSize), chunkSize(), coveredBytes());
  }

  private static final class Regions extends AbstractList<Region> implements RandomAccess {
    private final int size;
    private final long chunk;
    private final long covered;

    Regions(int size, long chunk, long covered) {
      this.size = size;
      this.chunk = chunk;
      this.covered = covered;
    }

    @Override
    public Region get(int index) {
      if (index < 0 || index >= size) {
        throw new IndexOutOfBoundsException("region " + index + " of " + size);
      }
      long offset = index * chunk;
      return new Region(offset, Math.min(chunk, covered - offset));
    }

    @Override
    public int size() {
      return size;
    }
  }
}
