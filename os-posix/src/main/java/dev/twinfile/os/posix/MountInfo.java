package dev.twinfile.os.posix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of Linux's {@code /proc/self/mountinfo}: where a filesystem is mounted, its type and
 * its source. Finer than {@link java.nio.file.FileStore#type()}, which says only {@code fuse} for
 * an ntfs-3g image.
 *
 * @param mountPoint where the filesystem is mounted
 * @param type the filesystem type, such as {@code ext4}, {@code fuse} or {@code fuseblk}
 * @param source the mounted device, image or name
 * @param superOptions the filesystem's own mount options
 */
public record MountInfo(String mountPoint, String type, String source, String superOptions) {
  private static final Path MOUNTINFO = Path.of("/proc/self/mountinfo");

  /**
   * Returns the mount that holds {@code path} (resolved to its real path), or null where there
   * is no mount table (not Linux).
   */
  public static MountInfo of(Path path) throws IOException {
    if (!Files.isReadable(MOUNTINFO)) {
      return null;
    }
    String real = path.toRealPath().toString();
    return holding(real, parse(Files.readAllLines(MOUNTINFO, StandardCharsets.UTF_8)));
  }

  /** Returns the mount among {@code mounts} with the longest mount point holding {@code path}. */
  static MountInfo holding(String path, List<MountInfo> mounts) {
    MountInfo best = null;
    for (MountInfo mount : mounts) {
      if (contains(mount.mountPoint, path)
          && (best == null || mount.mountPoint.length() >= best.mountPoint.length())) {
        best = mount;
      }
    }
    return best;
  }

  private static boolean contains(String mountPoint, String path) {
    return path.equals(mountPoint)
        || mountPoint.equals("/")
        || path.startsWith(mountPoint) && path.charAt(mountPoint.length()) == '/';
  }

  /**
   * Parses mountinfo lines: {@code id parent major:minor root mountPoint options [optional…] -
   * type source superOptions}, with octal escapes such as {@code \040} for a space.
   */
  static List<MountInfo> parse(List<String> lines) {
    List<MountInfo> mounts = new ArrayList<>(lines.size());
    for (String line : lines) {
      String[] fields = line.split(" ");
      int separator = -1;
      for (int i = 6; i < fields.length; i++) {
        if (fields[i].equals("-")) {
          separator = i;
          break;
        }
      }
      if (separator < 0 || separator + 2 >= fields.length) {
        continue;
      }
      mounts.add(
          new MountInfo(
              unescape(fields[4]),
              unescape(fields[separator + 1]),
              unescape(fields[separator + 2]),
              separator + 3 < fields.length ? unescape(fields[separator + 3]) : ""));
    }
    return mounts;
  }

  private static String unescape(String field) {
    if (field.indexOf('\\') < 0) {
      return field;
    }
    StringBuilder out = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '\\' && isOctal(field, i + 1)) {
        out.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
        i += 3;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isOctal(String text, int from) {
    if (from + 3 > text.length()) {
      return false;
    }
    for (int i = from; i < from + 3; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '7') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns whether this mount is NTFS: the kernel's ntfs3 or ntfs driver, or ntfs-3g, whose FUSE
   * mount type says only {@code fuse} or {@code fuseblk} but which alone answers for the {@code
   * system.ntfs_attrib} extended attribute.
   */
  public boolean isNtfs() {
    if (type.equals("ntfs") || type.equals("ntfs3") || type.equals("fuse.ntfs-3g")) {
      return true;
    }
    if (!isFuse()) {
      return false;
    }
    try {
      return Posix.hasExtendedAttribute(Path.of(mountPoint), "system.ntfs_attrib");
    } catch (ErrnoException e) {
      return false;
    }
  }

  /** Returns whether this is a FUSE mount ({@code fuse}, {@code fuseblk} or {@code fuse.*}). */
  public boolean isFuse() {
    return type.equals("fuse") || type.equals("fuseblk") || type.startsWith("fuse.");
  }
}
