package dev.twinfile.backend.posix;

import dev.twinfile.spi.LinkCeiling;
import java.util.Locale;

/**
 * What Twinfile declares for a filesystem type: its link ceiling (and whether the kernel enforces
 * exactly that figure), whether it has links at all, and whether it clones. Pure, so every row is
 * unit-tested; the figures come from the kernels' sources and measurements in the design notes.
 *
 * @param ceiling the most names one file may have
 * @param kernelEnforcesCeiling whether the kernel refuses the next link at exactly this figure, so
 *     no user-space check is needed
 * @param hasLinks whether the filesystem has hard links
 * @param clones whether the filesystem clones (FICLONE or clonefile)
 */
record FilesystemRules(
    LinkCeiling ceiling, boolean kernelEnforcesCeiling, boolean hasLinks, boolean clones) {

  /** Names glibc's pathconf reports for a filesystem it does not know (LINK_MAX). */
  static final long GLIBC_UNKNOWN_LINK_MAX = 127;

  /**
   * Returns the rules for {@code type}.
   *
   * @param type {@code FileStore.type()}, such as {@code ext4}
   * @param pathconfLinkMax pathconf(_PC_LINK_MAX) for the volume, or -1 when unknown
   * @param xfsReflink whether an xfs volume was made with reflink (ignored for other types)
   * @param mac whether this is macOS
   */
  static FilesystemRules of(String type, long pathconfLinkMax, boolean xfsReflink, boolean mac) {
    switch (type.toLowerCase(Locale.ROOT)) {
      case "ext2":
      case "ext3":
        // Since Linux 4.3 the ext4 driver serves ext3 (and ext2 where configured) and refuses only
        // at 65,000, so the on-disk format's figure is enforced in user space.
        return new FilesystemRules(
            LinkCeiling.known(32_000, type + ": EXT2_LINK_MAX / EXT3_LINK_MAX"), false, true, false);
      case "ext4":
        return kernel(65_000, "ext4: EXT4_LINK_MAX (measured: the next link gets EMLINK)", false);
      case "btrfs":
        return kernel(65_535, "btrfs: BTRFS_LINK_MAX (measured: the next link gets EMLINK)", true);
      case "xfs":
        return kernel(
            Integer.MAX_VALUE,
            "xfs: XFS_MAXLINK = 2^31 - 1" + (xfsReflink ? "" : "; made without reflink, so no clones"),
            xfsReflink);
      case "tmpfs":
        return new FilesystemRules(
            LinkCeiling.known(
                0xFFFF_FFFFL,
                "tmpfs sets no link limit; the kernel's 32-bit link count bounds it"),
            true,
            true,
            false);
      case "f2fs":
        return kernel(0xFFFF_FFFFL, "f2fs: F2FS_LINK_MAX", false);
      case "vfat":
      case "msdos":
      case "exfat":
      case "iso9660":
        return new FilesystemRules(
            LinkCeiling.known(1, type + " has no hard links"), true, false, false);
      case "apfs":
        return fromPathconf(pathconfLinkMax, "apfs", mac, mac);
      case "hfs":
        return pathconfLinkMax > 0
            ? fromPathconf(pathconfLinkMax, "hfs", false, mac)
            : kernel(32_767, "HFS+: HFS_LINK_MAX", false);
      default:
        return fromPathconf(pathconfLinkMax, type, false, false);
    }
  }

  /**
   * Returns whether Linux maps the extents of files on {@code type} with FS_IOC_FIEMAP: the
   * block filesystems whose drivers implement it. tmpfs, FUSE and network filesystems do not.
   */
  static boolean mapsExtents(String type, boolean linux) {
    return linux && switch (type.toLowerCase(Locale.ROOT)) {
      case "ext2", "ext3", "ext4", "xfs", "btrfs", "f2fs" -> true;
      default -> false;
    };
  }

  private static FilesystemRules kernel(long maxNames, String basis, boolean clones) {
    return new FilesystemRules(LinkCeiling.known(maxNames, basis), true, true, clones);
  }

  /**
   * pathconf's figure. On macOS the filesystem itself answers, so the kernel enforces it; on Linux
   * glibc answers from a table and says 127 for any filesystem it does not know, so the figure is
   * enforced in user space although the filesystem may allow more.
   */
  private static FilesystemRules fromPathconf(
      long linkMax, String type, boolean clones, boolean filesystemAnswers) {
    if (linkMax <= 0) {
      return new FilesystemRules(
          LinkCeiling.unknown(type + ": pathconf(_PC_LINK_MAX) states no limit"), false, true, clones);
    }
    String basis =
        linkMax == GLIBC_UNKNOWN_LINK_MAX
            ? type + ": pathconf(_PC_LINK_MAX) = 127, the C library's guess for a filesystem it"
                + " does not know; enforced, though the filesystem may allow more"
            : type + ": pathconf(_PC_LINK_MAX)";
    return new FilesystemRules(
        LinkCeiling.known(linkMax, basis), filesystemAnswers, linkMax > 1, clones);
  }
}
