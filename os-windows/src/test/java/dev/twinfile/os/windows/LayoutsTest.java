package dev.twinfile.os.windows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class LayoutsTest {

  private static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** A BY_HANDLE_FILE_INFORMATION whose every field holds a different value. */
  private static byte[] byHandle(int attributes, long writeTicks, long size, int links) {
    return le(52)
        .putInt(0, attributes)
        .putLong(4, 0x1111_1111_1111_1111L) // creation
        .putLong(12, 0x2222_2222_2222_2222L) // last access
        .putInt(20, (int) writeTicks)
        .putInt(24, (int) (writeTicks >>> 32))
        .putInt(28, 0xCAFE_F00D) // 32-bit volume serial: not the one used
        .putInt(32, (int) (size >>> 32))
        .putInt(36, (int) size)
        .putInt(40, links)
        .putInt(44, 0x7777_7777)
        .putInt(48, 0x8888_8888)
        .array();
  }

  private static byte[] fileIdInfo(long volume, long idLow, long idHigh) {
    return le(24).putLong(0, volume).putLong(8, idLow).putLong(16, idHigh).array();
  }

  @Test
  void readsEachFieldAtItsOffset() {
    FileInfo info =
        Layouts.fileInfo(
            byHandle(0x20, 0x01D9_ABCD_1234_5678L, 0x0000_0001_8000_0002L, 1_024),
            fileIdInfo(0x0123_4567_89AB_CDEFL, 0x0000_0000_0001_F00DL, 0x00AB_0000_0000_0001L),
            0);
    assertEquals(0x20, info.attributes());
    assertEquals(0x01D9_ABCD_1234_5678L, info.lastWriteTicks());
    // nFileSizeHigh at 32 above nFileSizeLow at 36, the low half unsigned.
    assertEquals(0x0000_0001_8000_0002L, info.size());
    assertEquals(1_024, info.linkCount());
    // The 64-bit serial of FILE_ID_INFO, not the 32-bit one at offset 28.
    assertEquals(0x0123_4567_89AB_CDEFL, info.volumeSerial());
    assertEquals(0x0000_0000_0001_F00DL, info.fileIdLow());
    assertEquals(0x00AB_0000_0000_0001L, info.fileIdHigh());
    assertEquals(0, info.reparseTag());
  }

  @Test
  void readsTheLinkCountUnsigned() {
    FileInfo info = Layouts.fileInfo(byHandle(0x20, 0, 0, 0xFFFF_FFFF), fileIdInfo(1, 2, 0), 0);
    assertEquals(0xFFFF_FFFFL, info.linkCount());
  }

  @Test
  void readsTheFileIdLeastSignificantByteFirst() {
    byte[] id = new byte[24];
    for (int i = 0; i < 16; i++) {
      id[8 + i] = (byte) (i + 1);
    }
    FileInfo info = Layouts.fileInfo(byHandle(0, 0, 0, 1), id, 0);
    assertEquals(0x0807_0605_0403_0201L, info.fileIdLow());
    assertEquals(0x100F_0E0D_0C0B_0A09L, info.fileIdHigh());
  }

  @Test
  void refusesShortBuffers() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Layouts.fileInfo(new byte[51], new byte[24], 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> Layouts.fileInfo(new byte[52], new byte[23], 0));
    assertThrows(IllegalArgumentException.class, () -> Layouts.integrity(new byte[15]));
    assertThrows(IllegalArgumentException.class, () -> Layouts.basicInfo(new byte[39]));
  }

  @Test
  void readsTheReparseTag() {
    byte[] tagInfo = le(8).putInt(0, 0x400).putInt(4, 0xA000_000C).array();
    assertEquals(Win32.IO_REPARSE_TAG_SYMLINK, Layouts.reparseTag(tagInfo));
  }

  @Test
  void writesAndReadsBasicInfo() {
    BasicInfo info = new BasicInfo(11L, 22L, 0x0102_0304_0506_0708L, 44L, 0x21);
    byte[] bytes = Layouts.basicInfo(info);
    assertEquals(40, bytes.length);
    ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    assertEquals(11L, buffer.getLong(0));
    assertEquals(22L, buffer.getLong(8));
    assertEquals(0x0102_0304_0506_0708L, buffer.getLong(16));
    assertEquals(44L, buffer.getLong(24));
    assertEquals(0x21, buffer.getInt(32));
    assertEquals(0, buffer.getInt(36), "padding");
    assertEquals(info, Layouts.basicInfo(bytes));
  }

  @Test
  void writesEndOfFileAndDisposition() {
    assertArrayEquals(new byte[] {1, 0, 0, 0, 1, 0, 0, 0}, Layouts.endOfFile(0x1_0000_0001L));
    assertThrows(IllegalArgumentException.class, () -> Layouts.endOfFile(-1));
    assertArrayEquals(new byte[] {1}, Layouts.disposition(true));
    assertArrayEquals(new byte[] {0}, Layouts.disposition(false));
  }

  @Test
  void readsIntegrityInformation() {
    byte[] bytes =
        le(16)
            .putShort(0, (short) 2) // CHECKSUM_TYPE_CRC64
            .putShort(2, (short) 0x7777) // reserved: ignored
            .putInt(4, 1) // enforcement off
            .putInt(8, 0x1_0000)
            .putInt(12, 0x1_0000) // 64 KiB clusters
            .array();
    IntegrityInfo info = Layouts.integrity(bytes);
    assertEquals(new IntegrityInfo(2, 1, 65_536, 65_536), info);
  }

  @Test
  void readsIntegrityWordsUnsigned() {
    byte[] bytes = le(16).putShort(0, (short) 0xFFFF).putInt(12, 0x8000_0000).array();
    IntegrityInfo info = Layouts.integrity(bytes);
    assertEquals(0xFFFF, info.checksumAlgorithm());
    assertEquals(0x8000_0000L, info.clusterSize());
  }

  @Test
  void writesTheIntegritySettingOnly() {
    byte[] bytes = Layouts.setIntegrity(new IntegrityInfo(2, 1, 4096, 4096));
    assertArrayEquals(new byte[] {2, 0, 0, 0, 1, 0, 0, 0}, bytes);
  }

  @Test
  void writesDuplicateExtentsDataOn64Bit() {
    byte[] bytes =
        Layouts.duplicateExtents(0x0000_7FF0_0000_01A4L, 8, 0x1000, 0x2000, 0xFFFF_F000L);
    assertEquals(32, bytes.length);
    ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    assertEquals(0x0000_7FF0_0000_01A4L, buffer.getLong(0));
    assertEquals(0x1000, buffer.getLong(8));
    assertEquals(0x2000, buffer.getLong(16));
    assertEquals(0xFFFF_F000L, buffer.getLong(24));
  }

  @Test
  void zeroesThePaddingAfterA32BitHandle() {
    // A sign-extended 32-bit handle must not leave garbage in the four padding bytes.
    byte[] bytes = Layouts.duplicateExtents(0xFFFF_FFFF_8000_0010L, 4, 0, 0, 4096);
    ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    assertEquals(0x8000_0010, buffer.getInt(0));
    assertEquals(0, buffer.getInt(4));
    assertEquals(0, buffer.getLong(8));
    assertEquals(4096, buffer.getLong(24));
  }

  @Test
  void refusesNegativeRegions() {
    assertThrows(IllegalArgumentException.class, () -> Layouts.duplicateExtents(1, 8, -1, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> Layouts.duplicateExtents(1, 8, 0, -1, 1));
    assertThrows(IllegalArgumentException.class, () -> Layouts.duplicateExtents(1, 8, 0, 0, -1));
    assertThrows(IllegalArgumentException.class, () -> Layouts.duplicateExtents(1, 2, 0, 0, 1));
  }
}
