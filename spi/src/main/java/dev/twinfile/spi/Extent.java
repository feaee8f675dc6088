package dev.twinfile.spi;

import java.util.List;

/**
 * A run of a file's bytes and where the volume keeps them. Two files whose extents have the same
 * physical offset share those blocks (a clone, or deduplicated data); a physical copy shares none.
 *
 * <p>Linux reads them with {@code FS_IOC_FIEMAP}; the memory backend reports the regions of its
 * sharing model. Offsets are comparable only within one volume.
 *
 * @param logical the offset in the file where the run starts
 * @param physical the offset on the volume where the run's bytes lie
 * @param length the run's length in bytes, rounded up to the volume's block where it ends a file
 */
public record Extent(long logical, long physical, long length) {

  /** Checks that the offsets are not negative and the run is not empty. */
  public Extent {
    if (logical < 0 || physical < 0 || length <= 0) {
      throw new IllegalArgumentException(
          "an extent needs offsets >= 0 and a positive length: " + logical + ", " + physical + ", " + length);
    }
  }

  /**
   * Adds the run {@code (logical, physical, length)} to {@code extents}, joining it to the last
   * run when it continues that run both in the file and on the volume, as maps read in parts
   * (FIEMAP, retrieval pointers) need.
   */
  public static void append(List<Extent> extents, long logical, long physical, long length) {
    int last = extents.size() - 1;
    if (last >= 0) {
      Extent previous = extents.get(last);
      if (previous.logicalEnd() == logical && previous.physical + previous.length == physical) {
        extents.set(last, new Extent(previous.logical, previous.physical, previous.length + length));
        return;
      }
    }
    extents.add(new Extent(logical, physical, length));
  }

  /** Returns the file offset just past this run. */
  public long logicalEnd() {
    return logical + length;
  }

  /** Returns the volume offset holding the byte at file offset {@code offset}, or -1 outside this run. */
  public long physicalAt(long offset) {
    return offset >= logical && offset < logicalEnd() ? physical + (offset - logical) : -1;
  }

  /** Returns whether this run and {@code other} hold any byte in the same place on the volume. */
  public boolean overlapsPhysically(Extent other) {
    return physical < other.physical + other.length && other.physical < physical + length;
  }
}
