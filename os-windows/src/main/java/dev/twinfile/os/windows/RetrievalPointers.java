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
    // Never more runs than the buffer holds, whatever the count says.
    int count = (int) Math.min(answer.getInt(0) & 0xFFFF_FFFFL, (output.length - HEADER_BYTES) / PAIR_BYTES);
    long vcn = answer.getLong(8);
    for (int i = 0; i < count; i++) {
      long nextVcn = answer.getLong(HEADER_BYTES + i * PAIR_BYTES);
      long lcn = answer.getLong(HEADER_BYTES + i * PAIR_BYTES + 8);
      if (lcn >= 0 && nextVcn > vcn) {
        Extent.append(into, vcn * clusterBytes, lcn * clusterBytes, (nextVcn - vcn) * clusterBytes);
      }
      vcn = nextVcn;
    }
    return vcn;
  }
}
