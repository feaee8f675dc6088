package dev.twinfile.os.posix;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import dev.twinfile.spi.Extent;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The libc calls the POSIX-side backends need, for Linux and macOS. Each call either succeeds or
 * throws {@link ErrnoException} naming the call, the path and the errno, having undone its own
 * partial work (a clone that fails removes the file it created).
 */
public final class Posix {
  private static final String OS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
  private static final boolean LINUX = OS.startsWith("linux");
  private static final boolean MAC = OS.startsWith("mac");

  private Posix() {}

  /** Returns whether this is Linux. */
  public static boolean isLinux() {
    return LINUX;
  }

  /** Returns whether this is macOS. */
  public static boolean isMac() {
    return MAC;
  }

  /**
   * Returns whether clones can be made here: macOS, or Linux with 64-bit C longs (the clone sets
   * the mtime through a 64-bit timespec, and opens files without O_LARGEFILE).
   */
  public static boolean clonesSupported() {
    return MAC || LINUX && LP64;
  }

  /** Returns whether this system is one these calls support. */
  public static boolean isSupported() {
    return LINUX || MAC;
  }

  private static final ThreadLocal<byte[]> STATX_BUFFERS =
      ThreadLocal.withInitial(() -> new byte[LinuxStatx.SIZE]);
  private static volatile boolean statxMissing;

  /**
   * Returns what statx(2) says about {@code path}, not following a final symbolic link, or null
   * where statx is not available (macOS, or a C library without it); callers then ask
   * java.nio.file.
   */
  public static Stat stat(Path path) throws ErrnoException {
    if (!LINUX || statxMissing) {
      return null;
    }
    byte[] buffer = STATX_BUFFERS.get();
    try {
      LinuxStatx.statx(
          LinuxStatx.AT_FDCWD,
          NativePaths.bytes(path),
          LinuxStatx.AT_SYMLINK_NOFOLLOW,
          LinuxStatx.STATX_BASIC_STATS,
          buffer);
      return Stat.decode(buffer);
    } catch (UnsatisfiedLinkError | NoClassDefFoundError missing) {
      statxMissing = true;
      return null;
    } catch (LastErrorException e) {
      if (e.getErrorCode() == Errno.ENOSYS) {
        statxMissing = true;
        return null;
      }
      throw new ErrnoException("statx", path, e.getErrorCode());
    }
  }

  /**
   * Makes {@code created} another name of {@code existing}: link(2), which on Linux links a
   * symbolic link itself rather than following it (callers check the source first). The JDK's own
   * call comes first, as it is a microsecond cheaper per link than one through JNA and passes the
   * paths' exact bytes; it keeps no errno, so a failure it does not name exactly (EEXIST, ENOENT,
   * EACCES) is tried again through libc, which normally fails the same way and says why (or, if
   * the cause has passed meanwhile, succeeds).
   */
  public static void link(Path existing, Path created) throws ErrnoException {
    try {
      Files.createLink(created, existing);
      return;
    } catch (FileAlreadyExistsException e) {
      throw new ErrnoException("link", created, Errno.EEXIST);
    } catch (NoSuchFileException e) {
      throw new ErrnoException("link", created, Errno.ENOENT);
    } catch (AccessDeniedException e) {
      throw new ErrnoException("link", created, Errno.EACCES);
    } catch (IOException | UnsupportedOperationException withoutErrno) {
      // Linked through libc below.
    }
    linkThroughLibc(existing, created);
  }

  private static void linkThroughLibc(Path existing, Path created) throws ErrnoException {
    byte[] from = NativePaths.bytes(existing);
    byte[] to = NativePaths.bytes(created);
    try {
      if (MAC) {
        MacLibc.link(from, to);
      } else {
        LinuxLibc.link(from, to);
      }
    } catch (LastErrorException e) {
      throw new ErrnoException("link", created, e.getErrorCode());
    }
  }

  /** Removes the name {@code path}: unlink(2). */
  public static void unlink(Path path) throws ErrnoException {
    try {
      if (MAC) {
        MacLibc.unlink(NativePaths.bytes(path));
      } else {
        LinuxLibc.unlink(NativePaths.bytes(path));
      }
    } catch (LastErrorException e) {
      throw new ErrnoException("unlink", path, e.getErrorCode());
    }
  }

  /**
   * Renames {@code from} to {@code to} only if {@code to} does not exist, atomically
   * (renameat2 with RENAME_NOREPLACE on Linux, renamex_np with RENAME_EXCL on macOS).
   *
   * @return false when this kernel, C library or filesystem has no such rename; nothing was done
   *     and the caller must publish another way
   * @throws ErrnoException EEXIST when {@code to} exists, or any other failure
   */
  public static boolean renameNoReplace(Path from, Path to) throws ErrnoException {
    byte[] source = NativePaths.bytes(from);
    byte[] target = NativePaths.bytes(to);
    try {
      if (MAC) {
        MacLibc.renamex_np(source, target, MacLibc.RENAME_EXCL);
      } else {
        LinuxRename.renameat2(
            LinuxRename.AT_FDCWD, source, LinuxRename.AT_FDCWD, target, LinuxRename.RENAME_NOREPLACE);
      }
      return true;
    } catch (UnsatisfiedLinkError | NoClassDefFoundError missingWrapper) {
      return false;
    } catch (LastErrorException e) {
      int errno = e.getErrorCode();
      if (errno == Errno.EINVAL || errno == Errno.ENOSYS || errno == Errno.ENOTSUP) {
        return false;
      }
      throw new ErrnoException(MAC ? "renamex_np" : "renameat2", to, errno);
    }
  }

  /**
   * Creates {@code target}, which must not exist, as a clone of {@code source} sharing all its
   * blocks, on Linux: the source is opened without following a symbolic link (ELOOP from the call
   * {@code open source}) or blocking on a FIFO, and its type, permission bits and mtime are read
   * from that descriptor, so what is cloned is what was checked. Only a regular file is cloned: for
   * anything else the status is returned and nothing is created. The target gets the permission
   * bits without setuid and setgid (the clone belongs to the caller) and the source's mtime, both
   * through its descriptor. On failure nothing is left at {@code target}.
   *
   * @return the source's status, read from the open descriptor
   * @throws ErrnoException from {@code open source}, {@code statx}, {@code open target}, {@code
   *     ioctl(FICLONE)}, {@code fchmod} or {@code futimens}; the call name says which
   */
  public static Stat cloneToNewFile(Path source, Path target) throws ErrnoException {
    int in = openSource(source);
    try {
      Stat stat = statOpen(in, source);
      if (!stat.isRegularFile()) {
        return stat;
      }
      int permissions = stat.mode() & 0777;
      int out =
          open(
              target,
              LinuxLibc.O_WRONLY | LinuxLibc.O_CREAT | LinuxLibc.O_EXCL | LinuxLibc.O_CLOEXEC,
              permissions,
              "open target");
      boolean done = false;
      try {
        call(() -> LinuxLibc.ioctl(out, LinuxLibc.FICLONE, in), "ioctl(FICLONE)", target);
        keepModeAndTime(out, stat, permissions, target);
        done = true;
      } finally {
        closeQuietly(out);
        if (!done) {
          try {
            LinuxLibc.unlink(NativePaths.bytes(target));
          } catch (LastErrorException ignored) {
            // Nothing more can be done; the original error is the one to report.
          }
        }
      }
      return stat;
    } finally {
      closeQuietly(in);
    }
  }

  /**
   * Clones like {@link #cloneToNewFile} into an unnamed file (O_TMPFILE) in the target's
   * directory and gives it the name {@code target} only when it is whole (linkat, which refuses
   * an existing name). Until then no name exists, so neither a failure nor a crash leaves a
   * partial file or a temporary name behind.
   *
   * @return the source's status as {@link #cloneToNewFile} does, or null when the target's
   *     filesystem (or this system) has no O_TMPFILE, having created nothing
   * @throws ErrnoException as {@link #cloneToNewFile} does, or from {@code linkat} (EEXIST when
   *     the target exists)
   */
  public static Stat cloneToUnnamedFile(Path source, Path target) throws ErrnoException {
    return toUnnamedFile(
        source,
        target,
        (in, out) -> call(() -> LinuxLibc.ioctl(out, LinuxLibc.FICLONE, in), "ioctl(FICLONE)", target));
  }

  /**
   * Copies {@code source} into an unnamed file (O_TMPFILE) in the target's directory and names it
   * {@code target} only when whole, as {@link #cloneToUnnamedFile} does. The bytes move inside the
   * kernel: with {@code physical}, by sendfile, which writes every byte so no block is shared;
   * otherwise by copy_file_range, which the filesystem may serve by sharing blocks (xfs, btrfs)
   * or a server-side copy (NFS), and sendfile where it cannot. The copy gets the source's
   * permission bits without setuid and setgid, and its mtime.
   *
   * @return the source's status, or null when there is no O_TMPFILE here, having created nothing
   * @throws ErrnoException from {@code open source}, {@code statx}, {@code open target}, {@code
   *     copy_file_range}, {@code sendfile}, {@code fchmod}, {@code futimens} or {@code linkat}
   */
  public static Stat copyToUnnamedFile(Path source, Path target, boolean physical) throws ErrnoException {
    return toUnnamedFile(source, target, (in, out) -> copyBytes(in, out, physical, target));
  }

  /** Fills a new file from the open source. */
  private interface Filler {
    void fill(int in, int out) throws ErrnoException;
  }

  private static Stat toUnnamedFile(Path source, Path target, Filler filler) throws ErrnoException {
    if (!LINUX || !LinuxLibc.O_TMPFILE_KNOWN || !LP64 || !PROC_FD) {
      return null;
    }
    Path directory = target.toAbsolutePath().getParent();
    int in = openSource(source);
    try {
      Stat stat = statOpen(in, source);
      if (!stat.isRegularFile()) {
        return stat;
      }
      int permissions = stat.mode() & 0777;
      int out;
      try {
        out = LinuxLibc.open(NativePaths.bytes(directory), LinuxLibc.O_TMPFILE | LinuxLibc.O_WRONLY | LinuxLibc.O_CLOEXEC, permissions);
      } catch (LastErrorException e) {
        int errno = e.getErrorCode();
        if (errno == Errno.EOPNOTSUPP || errno == Errno.EISDIR) {
          return null;
        }
        throw new ErrnoException("open target", target, errno);
      }
      try {
        filler.fill(in, out);
        keepModeAndTime(out, stat, permissions, target);
        byte[] unnamed = NativePaths.bytes("/proc/self/fd/" + out);
        byte[] name = NativePaths.bytes(target);
        call(
            () -> LinuxLibc.linkat(LinuxLibc.AT_FDCWD, unnamed, LinuxLibc.AT_FDCWD, name, LinuxLibc.AT_SYMLINK_FOLLOW),
            "linkat",
            target);
        return stat;
      } finally {
        // An unnamed file that was never linked is freed with its last descriptor.
        closeQuietly(out);
      }
    } finally {
      closeQuietly(in);
    }
  }

  /** Bytes asked for per copy_file_range or sendfile call; both stop short of 2 GiB anyway. */
  private static final NativeLong COPY_CHUNK = new NativeLong(1L << 30);

  private static volatile boolean copyRangeMissing;

  /**
   * Copies from {@code in}'s offset to its end into {@code out}, advancing both offsets: by
   * copy_file_range unless {@code physical}, and by sendfile where copy_file_range cannot serve
   * these two files (from where it stopped), as when it answers 0 at once (Linux 5.3 to 5.18
   * across filesystems).
   */
  private static void copyBytes(int in, int out, boolean physical, Path target) throws ErrnoException {
    if (!physical && !copyRangeMissing && copiedInRange(in, out, target)) {
      return;
    }
    long copied;
    do {
      try {
        copied = LinuxLibc.sendfile(out, in, null, COPY_CHUNK).longValue();
      } catch (LastErrorException e) {
        if (e.getErrorCode() == Errno.EINTR) {
          copied = 1;
          continue;
        }
        throw new ErrnoException("sendfile", target, e.getErrorCode());
      }
    } while (copied > 0);
  }

  /** Copies by copy_file_range; returns false, the offsets where it stopped, when sendfile must go on. */
  private static boolean copiedInRange(int in, int out, Path target) throws ErrnoException {
    boolean first = true;
    while (true) {
      long copied;
      try {
        copied = LinuxCopyRange.copy_file_range(in, null, out, null, COPY_CHUNK, 0).longValue();
      } catch (UnsatisfiedLinkError | NoClassDefFoundError missing) {
        copyRangeMissing = true;
        return false;
      } catch (LastErrorException e) {
        int errno = e.getErrorCode();
        if (errno == Errno.EINTR) {
          continue;
        }
        // As Go and the JDK do: these say "not between these files" (EPERM: some seccomp
        // filters; EIO: some CIFS servers), so sendfile takes over.
        if (errno == Errno.EXDEV || errno == Errno.ENOSYS || errno == Errno.EOPNOTSUPP
            || errno == Errno.EINVAL || errno == Errno.EPERM || errno == Errno.EIO) {
          return false;
        }
        throw new ErrnoException("copy_file_range", target, errno);
      }
      if (copied == 0) {
        // 0 at once may also mean "cannot" (and /proc or /sys files report size 0 with content):
        // sendfile then tries, at the cost of one call for a file that is really empty.
        return !first;
      }
      first = false;
    }
  }

  /** Whether C longs are 64 bits: futimens' timespec and large-file offsets are laid out for that. */
  private static final boolean LP64 = Native.LONG_SIZE == 8;

  /** Whether /proc/self/fd exists, through which linkat names an O_TMPFILE file without privilege. */
  private static final boolean PROC_FD = LINUX && Files.isDirectory(Path.of("/proc/self/fd"));

  private static int openSource(Path source) throws ErrnoException {
    return open(
        source,
        LinuxLibc.O_RDONLY | LinuxLibc.O_NOFOLLOW | LinuxLibc.O_NONBLOCK | LinuxLibc.O_CLOEXEC,
        0,
        "open source");
  }

  /**
   * Gives {@code out} the permission bits and mtime of {@code stat}, through its descriptor. The
   * mode given at creation is not enough: the umask, or a default ACL of the directory in its
   * place, may have cleared bits.
   */
  private static void keepModeAndTime(int out, Stat stat, int permissions, Path target) throws ErrnoException {
    call(() -> LinuxLibc.fchmod(out, permissions), "fchmod", target);
    long[] times = {0, LinuxLibc.UTIME_OMIT, stat.modifiedSeconds(), stat.modifiedNanos()};
    call(() -> LinuxLibc.futimens(out, times), "futimens", target);
  }

  /** Returns what statx says about the open descriptor {@code fd}; the path is for messages. */
  private static Stat statOpen(int fd, Path path) throws ErrnoException {
    byte[] buffer = STATX_BUFFERS.get();
    try {
      LinuxStatx.statx(fd, new byte[] {0}, LinuxStatx.AT_EMPTY_PATH, LinuxStatx.STATX_BASIC_STATS, buffer);
      return Stat.decode(buffer);
    } catch (LastErrorException e) {
      throw new ErrnoException("statx", path, e.getErrorCode());
    }
  }

  /**
   * Creates {@code target} as a clone of {@code source} with clonefile(2) on macOS, which keeps
   * the source's mode; the caller has checked that the source is a regular file.
   */
  public static void cloneFile(Path source, Path target) throws ErrnoException {
    try {
      MacLibc.clonefile(
          NativePaths.bytes(source),
          NativePaths.bytes(target),
          MacLibc.CLONE_NOFOLLOW | MacLibc.CLONE_NOOWNERCOPY);
    } catch (LastErrorException e) {
      throw new ErrnoException("clonefile", target, e.getErrorCode());
    }
  }

  /** Returns pathconf(path, _PC_LINK_MAX), or -1 when the system states no limit. */
  public static long linkMax(Path path) throws ErrnoException {
    try {
      NativeLong value =
          MAC
              ? MacLibc.pathconf(NativePaths.bytes(path), MacLibc.PC_LINK_MAX)
              : LinuxLibc.pathconf(NativePaths.bytes(path), LinuxLibc.PC_LINK_MAX);
      return value.longValue();
    } catch (LastErrorException e) {
      throw new ErrnoException("pathconf", path, e.getErrorCode());
    }
  }

  /**
   * Returns whether {@code path} has the extended attribute {@code name} (Linux getxattr(2));
   * false when it has not or the filesystem has no such attributes.
   */
  public static boolean hasExtendedAttribute(Path path, String name) throws ErrnoException {
    if (!LINUX) {
      return false;
    }
    try {
      long size =
          LinuxLibc.getxattr(
                  NativePaths.bytes(path), NativePaths.bytes(name), null, new NativeLong(0))
              .longValue();
      return size >= 0;
    } catch (LastErrorException e) {
      int errno = e.getErrorCode();
      if (errno == Errno.ENOATTR || errno == Errno.ENOTSUP || errno == Errno.EOPNOTSUPP) {
        return false;
      }
      throw new ErrnoException("getxattr", path, errno);
    }
  }

  /**
   * Returns whether the xfs filesystem holding the directory {@code directory} was made with
   * reflink (mkfs.xfs -m reflink=1): the REFLINK flag of XFS_IOC_FSGEOMETRY, read without
   * writing anything.
   */
  public static boolean xfsHasReflink(Path directory) throws ErrnoException {
    if (!LINUX) {
      return false;
    }
    int fd = open(directory, LinuxLibc.O_RDONLY | LinuxLibc.O_CLOEXEC, 0, "open");
    try {
      byte[] geometry = new byte[112];
      call(() -> LinuxLibc.ioctl(fd, LinuxLibc.XFS_IOC_FSGEOMETRY_V4, geometry), "ioctl(XFS_IOC_FSGEOMETRY)", directory);
      return XfsGeometry.hasReflink(geometry);
    } finally {
      closeQuietly(fd);
    }
  }

  /**
   * Returns where the bytes of the regular file {@code file} lie (Linux FS_IOC_FIEMAP, with
   * FIEMAP_FLAG_SYNC so delayed allocations are placed first). Extents without a place of their
   * own (inline, tail-packed, unknown, compressed) are left out. The file is opened without
   * following a symbolic link and without blocking on a FIFO.
   *
   * @return the extents in file order, or null when what was opened is not a regular file
   * @throws ErrnoException from {@code open source}, {@code statx} or {@code
   *     ioctl(FS_IOC_FIEMAP)}; ENOTTY or EOPNOTSUPP when the filesystem cannot map extents
   */
  public static List<Extent> extents(Path file) throws ErrnoException {
    if (!LINUX) {
      throw new ErrnoException("ioctl(FS_IOC_FIEMAP)", file, Errno.ENOTTY);
    }
    int fd = openSource(file);
    try {
      if (!statOpen(fd, file).isRegularFile()) {
        return null;
      }
      List<Extent> extents = new ArrayList<>();
      long start = 0;
      int flags = Fiemap.FLAG_SYNC;
      while (start >= 0) {
        byte[] buffer = Fiemap.request(start, flags);
        call(() -> LinuxLibc.ioctl(fd, LinuxLibc.FS_IOC_FIEMAP, buffer), "ioctl(FS_IOC_FIEMAP)", file);
        long next = Fiemap.decode(buffer, extents);
        // A map that does not move forward would loop for ever; it ends there instead.
        start = next > start ? next : -1;
        flags = 0;
      }
      return extents;
    } finally {
      closeQuietly(fd);
    }
  }

  private interface Call {
    int run() throws LastErrorException;
  }

  private static void call(Call call, String name, Path path) throws ErrnoException {
    try {
      call.run();
    } catch (LastErrorException e) {
      throw new ErrnoException(name, path, e.getErrorCode());
    }
  }

  private static int open(Path path, int flags, int mode, String name) throws ErrnoException {
    try {
      return LinuxLibc.open(NativePaths.bytes(path), flags, mode);
    } catch (LastErrorException e) {
      throw new ErrnoException(name, path, e.getErrorCode());
    }
  }

  private static void closeQuietly(int fd) {
    try {
      LinuxLibc.close(fd);
    } catch (LastErrorException ignored) {
      // close(2) errors on a descriptor we only read or cloned into change nothing we report.
    }
  }
}
