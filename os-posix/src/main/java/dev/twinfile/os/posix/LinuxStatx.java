package dev.twinfile.os.posix;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;

/**
 * statx(2), bound apart because C libraries before glibc 2.28 lack the wrapper; its buffer has
 * the same layout on every architecture, unlike {@code struct stat}.
 */
final class LinuxStatx {
  static final int AT_FDCWD = -100;
  static final int AT_SYMLINK_NOFOLLOW = 0x100;
  static final int AT_EMPTY_PATH = 0x1000;
  static final int STATX_BASIC_STATS = 0x7ff;
  static final int SIZE = 256;

  static {
    Native.register(LinuxStatx.class, NativeLibrary.getInstance(Platform.C_LIBRARY_NAME));
  }

  private LinuxStatx() {}

  static native int statx(int directory, byte[] path, int flags, int mask, byte[] buffer)
      throws LastErrorException;
}
