package dev.twinfile.os.posix;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.NativeLong;
import com.sun.jna.Platform;

/** libSystem functions on macOS, bound by JNA direct mapping. */
final class MacLibc {
  /** renamex_np flag: fail with EEXIST instead of replacing the target. */
  static final int RENAME_EXCL = 0x4;
  /** clonefile flag: do not follow a symbolic link source. */
  static final int CLONE_NOFOLLOW = 0x1;
  /** clonefile flag: the clone belongs to the caller, not the source's owner. */
  static final int CLONE_NOOWNERCOPY = 0x2;
  static final int PC_LINK_MAX = 1;

  static {
    Native.register(MacLibc.class, NativeLibrary.getInstance(Platform.C_LIBRARY_NAME));
  }

  private MacLibc() {}

  static native int link(byte[] existing, byte[] created) throws LastErrorException;

  static native int unlink(byte[] path) throws LastErrorException;

  static native int renamex_np(byte[] from, byte[] to, int flags) throws LastErrorException;

  static native int clonefile(byte[] source, byte[] target, int flags) throws LastErrorException;

  static native NativeLong pathconf(byte[] path, int name) throws LastErrorException;
}
