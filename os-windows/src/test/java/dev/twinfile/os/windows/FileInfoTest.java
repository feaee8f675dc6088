package dev.twinfile.os.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileInfoTest {
  private static final int MOUNT_POINT = 0xA000_0003;
  private static final int DEDUP = 0x8000_0013;

  private static FileInfo info(int attributes, int tag) {
    return new FileInfo(7, 0, 42, attributes, tag, 1, 0, FileTimes.EPOCH_OFFSET_TICKS);
  }

  private static String kind(FileInfo info) {
    int kinds =
        (info.isRegularFile() ? 1 : 0)
            + (info.isDirectory() ? 1 : 0)
            + (info.isSymbolicLink() ? 1 : 0)
            + (info.isOther() ? 1 : 0);
    assertEquals(1, kinds, "exactly one kind for attributes " + info.attributes());
    return info.isRegularFile()
        ? "file"
        : info.isDirectory() ? "directory" : info.isSymbolicLink() ? "symlink" : "other";
  }

  @Test
  void decodesKinds() {
    assertEquals("file", kind(info(Win32.FILE_ATTRIBUTE_ARCHIVE, 0)));
    assertEquals("file", kind(info(Win32.FILE_ATTRIBUTE_NORMAL, 0)));
    assertEquals("file", kind(info(Win32.FILE_ATTRIBUTE_READONLY | Win32.FILE_ATTRIBUTE_SPARSE_FILE, 0)));
    assertEquals("directory", kind(info(Win32.FILE_ATTRIBUTE_DIRECTORY, 0)));
    assertEquals(
        "symlink",
        kind(info(Win32.FILE_ATTRIBUTE_REPARSE_POINT, Win32.IO_REPARSE_TAG_SYMLINK)));
    // A directory symbolic link is a link first.
    assertEquals(
        "symlink",
        kind(
            info(
                Win32.FILE_ATTRIBUTE_DIRECTORY | Win32.FILE_ATTRIBUTE_REPARSE_POINT,
                Win32.IO_REPARSE_TAG_SYMLINK)));
    // A junction is a directory; a file behind any other reparse point is not a regular file.
    assertEquals(
        "directory",
        kind(info(Win32.FILE_ATTRIBUTE_DIRECTORY | Win32.FILE_ATTRIBUTE_REPARSE_POINT, MOUNT_POINT)));
    assertEquals("other", kind(info(Win32.FILE_ATTRIBUTE_REPARSE_POINT, DEDUP)));
    assertEquals("other", kind(info(Win32.FILE_ATTRIBUTE_DEVICE, 0)));
  }

  @Test
  void theSymlinkTagCountsOnlyOnAReparsePoint() {
    assertEquals("file", kind(info(Win32.FILE_ATTRIBUTE_ARCHIVE, Win32.IO_REPARSE_TAG_SYMLINK)));
  }

  @Test
  void decodesFlags() {
    FileInfo plain = info(Win32.FILE_ATTRIBUTE_ARCHIVE, 0);
    assertFalse(plain.isReadOnly());
    assertFalse(plain.isSparse());
    assertFalse(plain.hasIntegrityStream());
    FileInfo all =
        info(
            Win32.FILE_ATTRIBUTE_READONLY
                | Win32.FILE_ATTRIBUTE_SPARSE_FILE
                | Win32.FILE_ATTRIBUTE_INTEGRITY_STREAM,
            0);
    assertTrue(all.isReadOnly());
    assertTrue(all.isSparse());
    assertTrue(all.hasIntegrityStream());
  }

  @Test
  void sameFileNeedsVolumeAndAll128Bits() {
    FileInfo a = new FileInfo(7, 1, 42, 0, 0, 2, 10, 0);
    assertTrue(a.isSameFile(new FileInfo(7, 1, 42, 0x20, 0, 3, 99, 5)));
    assertFalse(a.isSameFile(new FileInfo(8, 1, 42, 0, 0, 2, 10, 0)));
    // ReFS ids that agree in the low 64 bits are still different files.
    assertFalse(a.isSameFile(new FileInfo(7, 2, 42, 0, 0, 2, 10, 0)));
    assertFalse(a.isSameFile(new FileInfo(7, 1, 43, 0, 0, 2, 10, 0)));
  }

  @Test
  void convertsTheLastWriteTime() {
    assertEquals(0, info(0, 0).lastModified().toMillis());
  }
}
