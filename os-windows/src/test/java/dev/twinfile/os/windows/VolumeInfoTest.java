package dev.twinfile.os.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VolumeInfoTest {
  /** Flags an NTFS volume of Windows 10 or 11 reports. */
  private static final int NTFS_FLAGS = 0x03E7_06FF;

  /** Flags of a ReFS 3.5+ volume: the usual name and stream bits, hard links, cloning. */
  private static final int REFS_FLAGS =
      0x0000_00CF // case, Unicode, ACLs, sparse, reparse points
          | 0x0004_0000 // named streams
          | Win32.FILE_SUPPORTS_HARD_LINKS
          | Win32.FILE_SUPPORTS_OPEN_BY_FILE_ID
          | Win32.FILE_SUPPORTS_INTEGRITY_STREAMS
          | Win32.FILE_SUPPORTS_BLOCK_REFCOUNTING;

  private static VolumeInfo volume(String fileSystem, int flags) {
    return new VolumeInfo("C:\\", fileSystem, 0x1A2B_3C4DL, flags, 255, "");
  }

  @Test
  void decodesNtfs() {
    VolumeInfo ntfs = volume("NTFS", NTFS_FLAGS);
    assertTrue(ntfs.isNtfs());
    assertFalse(ntfs.isReFs());
    assertTrue(ntfs.supportsHardLinks());
    assertTrue(ntfs.supportsSparseFiles());
    assertFalse(ntfs.supportsBlockRefcounting());
    assertFalse(ntfs.supportsIntegrityStreams());
    assertFalse(ntfs.isReadOnly());
  }

  @Test
  void decodesReFs() {
    VolumeInfo refs = volume("ReFS", REFS_FLAGS);
    assertTrue(refs.isReFs());
    assertTrue(refs.supportsBlockRefcounting());
    assertTrue(refs.supportsIntegrityStreams());
    assertTrue(refs.supportsHardLinks());
    VolumeInfo old = volume("ReFS", REFS_FLAGS & ~Win32.FILE_SUPPORTS_HARD_LINKS);
    assertFalse(old.supportsHardLinks());
  }

  @Test
  void namesAreCaseInsensitive() {
    assertTrue(volume("ntfs", 0).isNtfs());
    assertTrue(volume("REFS", 0).isReFs());
    assertFalse(volume("FAT32", 0).isNtfs());
    assertFalse(volume("exFAT", 0).isReFs());
  }

  @Test
  void namesSetFlagsAndUnknownBits() {
    VolumeInfo info =
        volume(
            "ReFS",
            Win32.FILE_SUPPORTS_BLOCK_REFCOUNTING
                | Win32.FILE_SUPPORTS_HARD_LINKS
                | Win32.FILE_READ_ONLY_VOLUME
                | 0x8000_0000);
    assertEquals(
        List.of(
            "FILE_READ_ONLY_VOLUME",
            "FILE_SUPPORTS_HARD_LINKS",
            "FILE_SUPPORTS_BLOCK_REFCOUNTING",
            "0x80000000"),
        info.flagNames());
    assertTrue(info.isReadOnly());
    assertEquals(List.of(), volume("NTFS", 0).flagNames());
  }

  @Test
  void printsTheSerialLikeVol() {
    assertEquals("1A2B-3C4D", volume("NTFS", 0).serialText());
    assertEquals(
        "0000-00FF", new VolumeInfo("D:\\", "NTFS", 0xFF, 0, 255, "").serialText());
  }
}
