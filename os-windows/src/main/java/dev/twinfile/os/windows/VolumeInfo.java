package dev.twinfile.os.windows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What GetVolumeInformationByHandleW and GetVolumePathNameW tell about the volume holding a path.
 *
 * @param root the volume's mount point, such as {@code C:\} or {@code C:\mnt\data\}
 * @param fileSystemName the file system, such as {@code NTFS} or {@code ReFS}
 * @param serialNumber the 32-bit volume serial number, unsigned
 * @param flags the {@code FILE_*} volume flags
 * @param maxComponentLength the longest file name the volume takes, in characters
 * @param label the volume label, possibly empty
 */
public record VolumeInfo(
    String root,
    String fileSystemName,
    long serialNumber,
    int flags,
    int maxComponentLength,
    String label) {

  private static final int[] FLAG_VALUES = {
    0x00000001, 0x00000002, 0x00000004, 0x00000008, 0x00000010, 0x00000020,
    Win32.FILE_SUPPORTS_SPARSE_FILES, 0x00000080, 0x00000100, 0x00008000, 0x00010000, 0x00020000,
    0x00040000, Win32.FILE_READ_ONLY_VOLUME, 0x00100000, 0x00200000, Win32.FILE_SUPPORTS_HARD_LINKS,
    0x00800000, Win32.FILE_SUPPORTS_OPEN_BY_FILE_ID, 0x02000000,
    Win32.FILE_SUPPORTS_INTEGRITY_STREAMS, Win32.FILE_SUPPORTS_BLOCK_REFCOUNTING,
  };

  private static final String[] FLAG_NAMES = {
    "FILE_CASE_SENSITIVE_SEARCH", "FILE_CASE_PRESERVED_NAMES", "FILE_UNICODE_ON_DISK",
    "FILE_PERSISTENT_ACLS", "FILE_FILE_COMPRESSION", "FILE_VOLUME_QUOTAS",
    "FILE_SUPPORTS_SPARSE_FILES", "FILE_SUPPORTS_REPARSE_POINTS", "FILE_SUPPORTS_REMOTE_STORAGE",
    "FILE_VOLUME_IS_COMPRESSED", "FILE_SUPPORTS_OBJECT_IDS", "FILE_SUPPORTS_ENCRYPTION",
    "FILE_NAMED_STREAMS", "FILE_READ_ONLY_VOLUME", "FILE_SEQUENTIAL_WRITE_ONCE",
    "FILE_SUPPORTS_TRANSACTIONS", "FILE_SUPPORTS_HARD_LINKS", "FILE_SUPPORTS_EXTENDED_ATTRIBUTES",
    "FILE_SUPPORTS_OPEN_BY_FILE_ID", "FILE_SUPPORTS_USN_JOURNAL",
    "FILE_SUPPORTS_INTEGRITY_STREAMS", "FILE_SUPPORTS_BLOCK_REFCOUNTING",
  };

  /** Returns whether the file system is NTFS. */
  public boolean isNtfs() {
    return "NTFS".equalsIgnoreCase(fileSystemName);
  }

  /** Returns whether the file system is ReFS (a Dev Drive is ReFS too). */
  public boolean isReFs() {
    return "ReFS".equalsIgnoreCase(fileSystemName);
  }

  /** Returns whether the volume makes hard links ({@code FILE_SUPPORTS_HARD_LINKS}). */
  public boolean supportsHardLinks() {
    return (flags & Win32.FILE_SUPPORTS_HARD_LINKS) != 0;
  }

  /**
   * Returns whether the volume clones blocks, that is, takes {@code
   * FSCTL_DUPLICATE_EXTENTS_TO_FILE} ({@code FILE_SUPPORTS_BLOCK_REFCOUNTING}).
   */
  public boolean supportsBlockRefcounting() {
    return (flags & Win32.FILE_SUPPORTS_BLOCK_REFCOUNTING) != 0;
  }

  /** Returns whether the volume has sparse files ({@code FILE_SUPPORTS_SPARSE_FILES}). */
  public boolean supportsSparseFiles() {
    return (flags & Win32.FILE_SUPPORTS_SPARSE_FILES) != 0;
  }

  /** Returns whether the volume has integrity streams ({@code FILE_SUPPORTS_INTEGRITY_STREAMS}). */
  public boolean supportsIntegrityStreams() {
    return (flags & Win32.FILE_SUPPORTS_INTEGRITY_STREAMS) != 0;
  }

  /** Returns whether the volume is read-only ({@code FILE_READ_ONLY_VOLUME}). */
  public boolean isReadOnly() {
    return (flags & Win32.FILE_READ_ONLY_VOLUME) != 0;
  }

  /** Returns the names of the set flags this class knows, lowest bit first, then unknown bits. */
  public List<String> flagNames() {
    List<String> names = new ArrayList<>();
    int known = 0;
    for (int i = 0; i < FLAG_VALUES.length; i++) {
      known |= FLAG_VALUES[i];
      if ((flags & FLAG_VALUES[i]) != 0) {
        names.add(FLAG_NAMES[i]);
      }
    }
    int unknown = flags & ~known;
    if (unknown != 0) {
      names.add("0x" + Integer.toHexString(unknown).toUpperCase(Locale.ROOT));
    }
    return names;
  }

  /** Returns the serial number the way {@code vol} prints it, such as {@code 1A2B-3C4D}. */
  public String serialText() {
    String hex = String.format(Locale.ROOT, "%08X", serialNumber & 0xFFFF_FFFFL);
    return hex.substring(0, 4) + "-" + hex.substring(4);
  }
}
