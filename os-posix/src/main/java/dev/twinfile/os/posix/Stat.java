package dev.twinfile.os.posix;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * What statx(2) says about a path, not following a final symbolic link.
 *
 * @param device the device number, encoded as glibc's makedev (as {@code unix:dev} reports it)
 * @param inode the inode number
 * @param links the number of names
 * @param mode the file type and permission bits
 * @param size the size in bytes
 * @param modifiedSeconds the last-modified time, seconds since the epoch
 * @param modifiedNanos the nanoseconds of the last-modified time
 */
public record Stat(
    long device, long inode, long links, int mode, long size, long modifiedSeconds, int modifiedNanos) {

  /** S_IFMT: the bits of {@link #mode} that give the file type. */
  public static final int TYPE_MASK = 0170000;
  /** S_IFREG. */
  public static final int REGULAR = 0100000;
  /** S_IFDIR. */
  public static final int DIRECTORY = 0040000;
  /** S_IFLNK. */
  public static final int SYMBOLIC_LINK = 0120000;

  /** Returns the file type bits of {@link #mode}. */
  public int type() {
    return mode & TYPE_MASK;
  }

  /** Returns whether the path names a regular file. */
  public boolean isRegularFile() {
    return type() == REGULAR;
  }

  /** Decodes a {@code struct statx} buffer, whose layout is the same on every architecture. */
  static Stat decode(byte[] statx) {
    ByteBuffer buffer = ByteBuffer.wrap(statx).order(ByteOrder.nativeOrder());
    long major = buffer.getInt(136) & 0xFFFF_FFFFL;
    long minor = buffer.getInt(140) & 0xFFFF_FFFFL;
    long device =
        (major & 0xFFFF_F000L) << 32 | (major & 0xFFFL) << 8 | (minor & 0xFFFF_FF00L) << 12 | minor & 0xFFL;
    return new Stat(
        device,
        buffer.getLong(32),
        buffer.getInt(16) & 0xFFFF_FFFFL,
        buffer.getShort(28) & 0xFFFF,
        buffer.getLong(40),
        buffer.getLong(112),
        buffer.getInt(120));
  }
}
