package dev.twinfile.os.posix;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;

/**
 * renameat2(2), bound apart from {@link LinuxLibc} because older C libraries lack the wrapper:
 * then only this class fails to load and callers fall back to link and unlink.
 */
final class LinuxRename {
  static final int AT_FDCWD = -100;
  static final int RENAME_NOREPLACE = 1;

  static {
    Native.register(LinuxRename.class, NativeLibrary.getInstance(Platform.C_LIBRARY_NAME));
  }

  private LinuxRename() {}

  static native int renameat2(int fromDirectory, byte[] from, int toDirectory, byte[] to, int flags)
      throws LastErrorException;
}
