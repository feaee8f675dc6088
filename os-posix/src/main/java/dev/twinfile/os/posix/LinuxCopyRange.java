package dev.twinfile.os.posix;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.NativeLong;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/**
 * copy_file_range(2), bound apart from {@link LinuxLibc} because C libraries before glibc 2.27
 * lack it: then only this class fails to load and copies fall back to sendfile.
 */
final class LinuxCopyRange {
  static {
    Native.register(LinuxCopyRange.class, NativeLibrary.getInstance(Platform.C_LIBRARY_NAME));
  }

  private LinuxCopyRange() {}

  /** Copies up to {@code length} bytes between the descriptors' file offsets, which it advances. */
  static native NativeLong copy_file_range(
      int in, Pointer inOffset, int out, Pointer outOffset, NativeLong length, int flags)
      throws LastErrorException;
}
