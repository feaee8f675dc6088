package dev.twinfile.os.posix;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The errno values Twinfile reacts to, for the running platform: most are the same on Linux and
 * macOS, some differ (EOPNOTSUPP is 95 on Linux and 102 on macOS, where ENOTSUP is 45).
 */
public final class Errno {
  private static final boolean MAC =
      System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac");

  /** Operation not permitted (a hard link to a directory on Linux). */
  public static final int EPERM = 1;
  public static final int EINTR = 4;
  public static final int EIO = 5;
  /** No such file or directory. */
  public static final int ENOENT = 2;
  /** Permission denied. */
  public static final int EACCES = 13;
  /** File exists. */
  public static final int EEXIST = 17;
  /** Cross-device link: the paths are on different volumes. */
  public static final int EXDEV = 18;
  /** Not a directory. */
  public static final int ENOTDIR = 20;
  /** Is a directory. */
  public static final int EISDIR = 21;
  /** Invalid argument. */
  public static final int EINVAL = 22;
  /** Inappropriate ioctl for device. */
  public static final int ENOTTY = 25;
  /** No space left on device. */
  public static final int ENOSPC = 28;
  /** Read-only file system. */
  public static final int EROFS = 30;
  /** Too many links. */
  public static final int EMLINK = 31;
  /** Too many symbolic links: what open with O_NOFOLLOW answers for a symbolic link. */
  public static final int ELOOP = MAC ? 62 : 40;
  /** Result out of range; what ntfs-3g answers past 8,189 names. */
  public static final int ERANGE = 34;
  /** File name too long. */
  public static final int ENAMETOOLONG = MAC ? 63 : 36;
  /** The kernel or C library lacks the system call. */
  public static final int ENOSYS = MAC ? 78 : 38;
  /** Operation not supported. */
  public static final int EOPNOTSUPP = MAC ? 102 : 95;
  /** Not supported (an alias of EOPNOTSUPP on Linux). */
  public static final int ENOTSUP = MAC ? 45 : 95;
  /** Disk quota exceeded. */
  public static final int EDQUOT = MAC ? 69 : 122;
  /** No such attribute (ENODATA on Linux, ENOATTR on macOS). */
  public static final int ENOATTR = MAC ? 93 : 61;

  private record Meaning(String name, String text) {}

  private static final Map<Integer, Meaning> MEANINGS = new HashMap<>();

  static {
    define(EPERM, "EPERM", "operation not permitted");
    define(EINTR, "EINTR", "interrupted system call");
    define(EIO, "EIO", "input/output error");
    define(ENOENT, "ENOENT", "no such file or directory");
    define(EACCES, "EACCES", "permission denied");
    define(EEXIST, "EEXIST", "file exists");
    define(EXDEV, "EXDEV", "cross-device link");
    define(ENOTDIR, "ENOTDIR", "not a directory");
    define(EISDIR, "EISDIR", "is a directory");
    define(EINVAL, "EINVAL", "invalid argument");
    define(ENOTTY, "ENOTTY", "inappropriate ioctl for device");
    define(ENOSPC, "ENOSPC", "no space left on device");
    define(EROFS, "EROFS", "read-only file system");
    define(EMLINK, "EMLINK", "too many links");
    define(ERANGE, "ERANGE", "result out of range");
    define(ELOOP, "ELOOP", "a symbolic link where none was allowed");
    define(ENAMETOOLONG, "ENAMETOOLONG", "file name too long");
    define(ENOSYS, "ENOSYS", "no such system call");
    define(EOPNOTSUPP, "EOPNOTSUPP", "operation not supported");
    define(ENOTSUP, "ENOTSUP", "not supported");
    define(EDQUOT, "EDQUOT", "disk quota exceeded");
    define(ENOATTR, MAC ? "ENOATTR" : "ENODATA", "no such attribute");
  }

  private Errno() {}

  private static void define(int errno, String name, String text) {
    MEANINGS.putIfAbsent(errno, new Meaning(name, text));
  }

  /** Returns the symbolic name of {@code errno}, or {@code errno N} when it is not one of ours. */
  public static String name(int errno) {
    Meaning meaning = MEANINGS.get(errno);
    return meaning != null ? meaning.name() : "errno " + errno;
  }

  /** Returns what {@code errno} means, in words. */
  public static String describe(int errno) {
    Meaning meaning = MEANINGS.get(errno);
    return meaning != null ? meaning.text() : "error " + errno;
  }
}
