package dev.twinfile.os.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BasicInfoTest {

  @Test
  void copiesTimesButNotTheChangeTime() {
    BasicInfo copy = new BasicInfo(1, 2, 3, 4, Win32.FILE_ATTRIBUTE_ARCHIVE).forCopy(true);
    assertEquals(1, copy.creationTicks());
    assertEquals(2, copy.lastAccessTicks());
    assertEquals(3, copy.lastWriteTicks());
    assertEquals(0, copy.changeTicks(), "0 leaves the copy's own change time");
  }

  @Test
  void keepsOnlySettableAttributes() {
    int source =
        Win32.FILE_ATTRIBUTE_HIDDEN
            | Win32.FILE_ATTRIBUTE_SYSTEM
            | Win32.FILE_ATTRIBUTE_SPARSE_FILE
            | Win32.FILE_ATTRIBUTE_REPARSE_POINT
            | Win32.FILE_ATTRIBUTE_INTEGRITY_STREAM
            | 0x800; // compressed
    assertEquals(
        Win32.FILE_ATTRIBUTE_HIDDEN | Win32.FILE_ATTRIBUTE_SYSTEM,
        new BasicInfo(1, 1, 1, 1, source).forCopy(true).attributes());
  }

  @Test
  void leavesReadOnlyOutWhenAsked() {
    BasicInfo readOnly =
        new BasicInfo(1, 1, 1, 1, Win32.FILE_ATTRIBUTE_READONLY | Win32.FILE_ATTRIBUTE_HIDDEN);
    assertTrue(readOnly.isReadOnly());
    assertEquals(
        Win32.FILE_ATTRIBUTE_READONLY | Win32.FILE_ATTRIBUTE_HIDDEN,
        readOnly.forCopy(true).attributes());
    assertEquals(Win32.FILE_ATTRIBUTE_HIDDEN, readOnly.forCopy(false).attributes());
    assertFalse(readOnly.forCopy(false).isReadOnly());
  }

  @Test
  void noAttributesMeansNormalNotUnchanged() {
    // 0 would tell SetFileInformationByHandle to keep the copy's own (archive) attribute.
    assertEquals(
        Win32.FILE_ATTRIBUTE_NORMAL,
        new BasicInfo(1, 1, 1, 1, Win32.FILE_ATTRIBUTE_READONLY).forCopy(false).attributes());
    assertEquals(
        Win32.FILE_ATTRIBUTE_NORMAL,
        new BasicInfo(1, 1, 1, 1, Win32.FILE_ATTRIBUTE_NORMAL).forCopy(true).attributes());
  }
}
