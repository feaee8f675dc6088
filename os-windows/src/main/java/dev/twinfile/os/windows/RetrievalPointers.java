package dev.twinfile.os.windows;

import dev.twinfile.spi.Extent;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * {@code FSCTL_GET_RETRIEVAL_POINTERS}: the input ({@code STARTING_VCN_INPUT_BUFFER}) and the
 * decoding of {@code RETRIEVAL_POINTERS_BUFFER} (a count, a starting VCN, then pairs of next VCN
 * and LCN) into extents in bytes. Pure, so the layout is tested off Windows.
 */
final class RetrievalPointers {
  static final int HEADER_BYTES = 16;
  static final int PAIR_BYTES = 16;
  /** Runs asked for per call; ERROR_MORE_DATA asks for the rest. */
  static final int PAIRS_PER_CALL = 128;
  static final int OUTPUT_BYTES = HEADER_BYTES + PAIRS_PER_CALL * PAIR_BYTES;

  private RetrievalPointers() {}

  /** Returns the input that asks for the runs from virtual cluster {@code startingVcn} on. */
  static byte[] input(long startingVcn) {
    return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(0, startingVcn).array();
  }

  /**
   * Adds the runs of {@code output} to {@code into} in bytes, leaving out runs with no clusters of
   * their own (LCN -1: a sparse hole or the unallocated part of a compression unit) and merging a
   * run that continues the previous one in the file and on the volume.
   *
   * @return the virtual cluster after the last run, where a further call starts
   */
  static long decode(byte[] output, long clusterBytes, List<Extent> into) {
    ByteBuffer answer = ByteBuffer.wrap(output).order(ByteOrder.LITTLE_ENDIAN);
    int count = answer.getInt(0);
    if (count < 0 || HEADER_BYTES + (long) count * PAIR_BYTES > output.length) {
      throw new IllegalArgumentException("RETRIEVAL_POINTERS_BUFFER claims " + count + " runs in " + output.length + " bytes");
    }
    long vcn = answer.getLong(8);
    for (int i = 0; i < count; i++) {
      long nextVcn = answer.getLong(HEADER_BYTES + i * PAIR_BYTES);
      long lcn = answer.getLong(HEADER_BYTES + i * PAIR_BYTES + 8);
      if (lcn >= 0 && nextVcn > vcn) {
        long logical = vcn * clusterBytes;
        long physical = lcn * clusterBytes;
        long length = (nextVcn - vcn) * clusterBytes;
        Extent previous = into.isEmpty() ? null : into.get(into.size() - 1);
        if (previous != null
            && previous.logicalEnd() == logical
            && previous.physical() + previous.length() == physical) {
          into.set(into.size() - 1, new Extent(previous.logical(), previous.physical(), previous.length() + length));
        } else {
          into.add(new Extent(logical, physical, length));
        }
      }
      vcn = nextVcn;
    }
    return vcn;
  }
}
