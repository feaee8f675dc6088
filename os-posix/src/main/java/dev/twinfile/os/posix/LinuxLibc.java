package dev.twinfile.os.posix;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.NativeLong;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/** glibc functions present on every Linux libc we support, bound by JNA direct mapping. */
final class LinuxLibc {
  static final int O_RDONLY = 0;
  static final int O_WRONLY = 1;
  static final int O_CREAT = 0100;
  static final int O_EXCL = 0200;
  static final int O_CLOEXEC = 02000000;
  private static final String ARCH = System.getProperty("os.arch", "");
  /** Not generic: 0100000 on arm, aarch64 and powerpc, 0400000 on x86 and the others. */
  static final int O_NOFOLLOW =
      ARCH.startsWith("aarch64") || ARCH.startsWith("arm") || ARCH.startsWith("ppc") ? 0100000 : 0400000;
  /** O_DIRECTORY | __O_TMPFILE: an unnamed file in the directory opened (x86, arm, aarch64, ppc). */
  static final int O_TMPFILE =
      (ARCH.startsWith("aarch64") || ARCH.startsWith("arm") || ARCH.startsWith("ppc") ? 040000 : 0200000)
          | 020000000;
  /** Whether O_TMPFILE above is right for this architecture (mips, sparc, alpha and parisc differ). */
  static final boolean O_TMPFILE_KNOWN =
      ARCH.equals("amd64") || ARCH.equals("x86_64") || ARCH.equals("x86") || ARCH.equals("i386")
          || ARCH.startsWith("aarch64") || ARCH.startsWith("arm") || ARCH.startsWith("ppc")
          || ARCH.startsWith("riscv") || ARCH.startsWith("s390") || ARCH.startsWith("loongarch");
  static final int AT_FDCWD = -100;
  static final int AT_SYMLINK_FOLLOW = 0x400;
  /** 04000 but on mips (0x80) and sparc (0x4000). */
  static final int O_NONBLOCK = ARCH.startsWith("mips") ? 0x80 : ARCH.startsWith("sparc") ? 0x4000 : 04000;
  private static final IoctlRequest IOCTL = IoctlRequest.forArch(ARCH);
  /** _IOW(0x94, 9, int): make the target file share all of the source's extents. */
  static final NativeLong FICLONE = new NativeLong(IOCTL.write(0x94, 9, 4));
  static final int PC_LINK_MAX = 0;
  /** _IOR('X', 124, struct xfs_fsop_geom_v4): the geometry of an xfs filesystem, 112 bytes. */
  static final NativeLong XFS_IOC_FSGEOMETRY_V4 = new NativeLong(IOCTL.read('X', 124, 112));
  /** _IOWR('f', 11, struct fiemap): map a file's extents; the header is 32 bytes. */
  static final NativeLong FS_IOC_FIEMAP = new NativeLong(IOCTL.readWrite('f', 11, Fiemap.HEADER_BYTES));

  static {
    Native.register(LinuxLibc.class, NativeLibrary.getInstance(Platform.C_LIBRARY_NAME));
  }

  private LinuxLibc() {}

  static native int link(byte[] existing, byte[] created) throws LastErrorException;

  static native int unlink(byte[] path) throws LastErrorException;

  static native int linkat(int fromDirectory, byte[] from, int toDirectory, byte[] to, int flags)
      throws LastErrorException;

  static native int open(byte[] path, int flags, int mode) throws LastErrorException;

  static native int close(int fd) throws LastErrorException;

  static native int ioctl(int fd, NativeLong request, int argument) throws LastErrorException;

  static native int ioctl(int fd, NativeLong request, byte[] argument) throws LastErrorException;

  static native int fchmod(int fd, int mode) throws LastErrorException;

  /** Copies up to {@code count} bytes from {@code in}'s file offset to {@code out}, in the kernel. */
  static native NativeLong sendfile(int out, int in, Pointer offset, NativeLong count)
      throws LastErrorException;

  /** Sets times from {@code struct timespec[2]}, passed as {atime s, ns, mtime s, ns} (LP64). */
  static native int futimens(int fd, long[] times) throws LastErrorException;

  /** A tv_nsec that leaves that time as it is. */
  static final long UTIME_OMIT = (1L << 30) - 2;

  static native NativeLong getxattr(byte[] path, byte[] name, byte[] value, NativeLong size)
      throws LastErrorException;

  static native NativeLong pathconf(byte[] path, int name) throws LastErrorException;
}
