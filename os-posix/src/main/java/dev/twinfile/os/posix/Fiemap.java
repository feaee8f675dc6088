package dev.twinfile.os.posix;

import dev.twinfile.spi.Extent;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * {@code struct fiemap} of Linux's FS_IOC_FIEMAP, encoded and decoded in a byte array so the
 * layout is unit-tested without a kernel: a 32-byte header, then 56-byte extents.
 */
final class Fiemap {
  static final int HEADER_BYTES = 32;
  static final int EXTENT_BYTES = 56;
  /** Extents asked for per call; a file with more is mapped in several calls. */
  static final int EXTENTS_PER_CALL = 128;

  static final int FLAG_SYNC = 0x1;
  static final int EXTENT_LAST = 0x1;
  static final int EXTENT_UNKNOWN = 0x2;
  static final int EXTENT_DELALLOC = 0x4;
  /** Stored transformed (compressed): the physical offset is where the encoded data starts. */
  static final int EXTENT_ENCODED = 0x8;
  static final int EXTENT_DATA_INLINE = 0x200;
  static final int EXTENT_DATA_TAIL = 0x400;
  /**
   * Extents whose bytes do not lie one for one at a place of their own on the volume: unknown,
   * not yet allocated, kept with the metadata, or encoded (a compressed btrfs extent reports where
   * its compressed data starts, for every file offset it covers).
   */
  private static final int NO_PLACE =
      EXTENT_UNKNOWN | EXTENT_DELALLOC | EXTENT_ENCODED | EXTENT_DATA_INLINE | EXTENT_DATA_TAIL;

  private Fiemap() {}

  /** Returns a request buffer mapping from file offset {@code start} to the end of the file. */
  static byte[] request(long start, int flags) {
    byte[] buffer = new byte[HEADER_BYTES + EXTENTS_PER_CALL * EXTENT_BYTES];
    ByteBuffer header = ByteBuffer.wrap(buffer).order(ByteOrder.nativeOrder());
    header.putLong(0, start);
    header.putLong(8, -1L); // FIEMAP_MAX_OFFSET - start is clamped by the kernel
    header.putInt(16, flags);
    header.putInt(24, EXTENTS_PER_CALL);
    return buffer;
  }

  /**
   * Adds the placed extents of an answered {@code buffer} to {@code into}, merging a run that
   * continues the previous one on both sides.
   *
   * @return the file offset to map from next, or -1 when the last extent was seen
   */
  static long decode(byte[] buffer, List<Extent> into) {
    ByteBuffer answer = ByteBuffer.wrap(buffer).order(ByteOrder.nativeOrder());
    // The kernel fills no more than asked; a larger count would read past the extents.
    int mapped = Math.min(answer.getInt(20), (buffer.length - HEADER_BYTES) / EXTENT_BYTES);
    if (mapped <= 0) {
      return -1;
    }
    long next = -1;
    boolean last = false;
    for (int i = 0; i < mapped; i++) {
      int at = HEADER_BYTES + i * EXTENT_BYTES;
      long logical = answer.getLong(at);
      long physical = answer.getLong(at + 8);
      long length = answer.getLong(at + 16);
      int flags = answer.getInt(at + 40);
      next = Math.max(next, logical + length);
      last |= (flags & EXTENT_LAST) != 0;
      if ((flags & NO_PLACE) != 0 || length <= 0) {
        continue;
      }
      Extent.append(into, logical, physical, length);
    }
    return last ? -1 : next;
  }
}
