package dev.twinfile.os.windows;

import dev.twinfile.spi.FileIdentity;
import dev.twinfile.spi.FileStatus;
import java.nio.file.attribute.FileTime;

/**
 * What one open handle tells about a file: the 128-bit identity of {@code FILE_ID_INFO} and the
 * attributes, link count, size and last-write time of {@code BY_HANDLE_FILE_INFORMATION}.
 *
 * @param volumeSerial the 64-bit serial number of the volume ({@code FILE_ID_INFO})
 * @param fileIdHigh the upper 64 bits of the 128-bit file id (zero on NTFS)
 * @param fileIdLow the lower 64 bits of the 128-bit file id
 * @param attributes the {@code FILE_ATTRIBUTE_*} bits
 * @param reparseTag the reparse tag when the file is a reparse point, else 0
 * @param linkCount how many names the file has ({@code nNumberOfLinks})
 * @param size the size in bytes
 * @param lastWriteTicks the last-write time as a FILETIME (100 ns ticks since 1601)
 */
public record FileInfo(
    long volumeSerial,
    long fileIdHigh,
    long fileIdLow,
    int attributes,
    int reparseTag,
    long linkCount,
    long size,
    long lastWriteTicks) {

  /** Returns whether this is a symbolic link (reparse tag {@code IO_REPARSE_TAG_SYMLINK}). */
  public boolean isSymbolicLink() {
    return (attributes & Win32.FILE_ATTRIBUTE_REPARSE_POINT) != 0
        && reparseTag == Win32.IO_REPARSE_TAG_SYMLINK;
  }

  /** Returns whether this is a directory (a junction counts; a directory symlink does not). */
  public boolean isDirectory() {
    return !isSymbolicLink() && (attributes & Win32.FILE_ATTRIBUTE_DIRECTORY) != 0;
  }

  /**
   * Returns whether this is neither a regular file, a directory nor a symbolic link: a device or
   * a file behind another reparse point. Same rule as the JDK's {@code isOther()}.
   */
  public boolean isOther() {
    return !isSymbolicLink()
        && !isDirectory()
        && (attributes & (Win32.FILE_ATTRIBUTE_DEVICE | Win32.FILE_ATTRIBUTE_REPARSE_POINT)) != 0;
  }

  /** Returns whether this is a regular file: no directory, device or reparse point. */
  public boolean isRegularFile() {
    return !isSymbolicLink() && !isDirectory() && !isOther();
  }

  /** Returns whether the read-only attribute is set. */
  public boolean isReadOnly() {
    return (attributes & Win32.FILE_ATTRIBUTE_READONLY) != 0;
  }

  /** Returns whether the file is sparse ({@code FILE_ATTRIBUTE_SPARSE_FILE}). */
  public boolean isSparse() {
    return (attributes & Win32.FILE_ATTRIBUTE_SPARSE_FILE) != 0;
  }

  /** Returns whether the file has an integrity stream ({@code FILE_ATTRIBUTE_INTEGRITY_STREAM}). */
  public boolean hasIntegrityStream() {
    return (attributes & Win32.FILE_ATTRIBUTE_INTEGRITY_STREAM) != 0;
  }

  /** Returns the last-write time. */
  public FileTime lastModified() {
    return FileTimes.toFileTime(lastWriteTicks);
  }

  /** Returns whether {@code other} is the same file: same volume serial and 128-bit id. */
  public boolean isSameFile(FileInfo other) {
    return volumeSerial == other.volumeSerial
        && fileIdHigh == other.fileIdHigh
        && fileIdLow == other.fileIdLow;
  }

  /** Returns the contract's view of this: the 128-bit identity, kind, names, size and mtime. */
  public FileStatus toStatus() {
    FileStatus.Kind kind;
    if (isSymbolicLink()) {
      kind = FileStatus.Kind.SYMBOLIC_LINK;
    } else if (isDirectory()) {
      kind = FileStatus.Kind.DIRECTORY;
    } else if (isOther()) {
      kind = FileStatus.Kind.OTHER;
    } else {
      kind = FileStatus.Kind.REGULAR_FILE;
    }
    return new FileStatus(
        new FileIdentity(volumeSerial(), fileIdHigh(), fileIdLow()), kind, linkCount(), size(), lastModified());
  }
}
