package dev.twinfile.os.posix;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Reads {@code struct xfs_fsop_geom_v4} as XFS_IOC_FSGEOMETRY fills it. */
final class XfsGeometry {
  /** Offset of the {@code flags} word: 8 words, 4 longs, a 16-byte uuid, then 3 words. */
  static final int FLAGS_OFFSET = 92;
  /** XFS_FSOP_GEOM_FLAGS_REFLINK. */
  static final int REFLINK = 0x100000;

  private XfsGeometry() {}

  static boolean hasReflink(byte[] geometry) {
    int flags = ByteBuffer.wrap(geometry).order(ByteOrder.nativeOrder()).getInt(FLAGS_OFFSET);
    return (flags & REFLINK) != 0;
  }
}
