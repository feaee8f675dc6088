package dev.twinfile.os.windows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The byte layouts of the structures this module exchanges with kernel32, read and written by
 * offset from little-endian byte arrays. Pure, so every offset is tested on any OS; and no JNA
 * {@code Structure}, whose field mapping got {@code FILE_STANDARD_INFO} wrong.
 */
final class Layouts {
  /** {@code BY_HANDLE_FILE_INFORMATION}. */
  static final int BY_HANDLE_FILE_INFORMATION_SIZE = 52;

  /** {@code FILE_ID_INFO}: ULONGLONG VolumeSerialNumber; BYTE FileId[16]. */
  static final int FILE_ID_INFO_SIZE = 24;

  /** {@code FILE_BASIC_INFO}: four LARGE_INTEGER times, DWORD attributes, padded to 8. */
  static final int FILE_BASIC_INFO_SIZE = 40;

  /** {@code FILE_ATTRIBUTE_TAG_INFO}: DWORD FileAttributes; DWORD ReparseTag. */
  static final int FILE_ATTRIBUTE_TAG_INFO_SIZE = 8;

  /** {@code FILE_END_OF_FILE_INFO}: LARGE_INTEGER EndOfFile. */
  static final int FILE_END_OF_FILE_INFO_SIZE = 8;

  /** {@code FILE_DISPOSITION_INFO}: BOOLEAN DeleteFile (one byte). */
  static final int FILE_DISPOSITION_INFO_SIZE = 1;

  /** {@code FSCTL_GET_INTEGRITY_INFORMATION_BUFFER}. */
  static final int GET_INTEGRITY_SIZE = 16;

  /** {@code FSCTL_SET_INTEGRITY_INFORMATION_BUFFER}: WORD algorithm; WORD reserved; DWORD flags. */
  static final int SET_INTEGRITY_SIZE = 8;

  /**
   * {@code DUPLICATE_EXTENTS_DATA}: HANDLE FileHandle; LARGE_INTEGER SourceFileOffset,
   * TargetFileOffset, ByteCount. 32 bytes on 64-bit and on 32-bit Windows, where four bytes of
   * padding follow the handle.
   */
  static final int DUPLICATE_EXTENTS_DATA_SIZE = 32;

  private Layouts() {}

  private static ByteBuffer in(byte[] bytes, int size, String structure) {
    if (bytes.length < size) {
      throw new IllegalArgumentException(
          structure + " needs " + size + " bytes, got " + bytes.length);
    }
    return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
  }

  private static ByteBuffer out(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** Reads a FILETIME (low DWORD, then high DWORD) at {@code offset}. */
  private static long fileTime(ByteBuffer buffer, int offset) {
    return (buffer.getInt(offset) & 0xFFFF_FFFFL) | ((long) buffer.getInt(offset + 4) << 32);
  }

  /**
   * Combines {@code BY_HANDLE_FILE_INFORMATION}, {@code FILE_ID_INFO} and the reparse tag into a
   * {@link FileInfo}. Offsets in the first: dwFileAttributes 0, ftCreationTime 4, ftLastAccessTime
   * 12, ftLastWriteTime 20, dwVolumeSerialNumber 28, nFileSizeHigh 32, nFileSizeLow 36,
   * nNumberOfLinks 40, nFileIndexHigh 44, nFileIndexLow 48. In the second: the 64-bit volume
   * serial at 0, the 128-bit id at 8, least significant byte first.
   */
  static FileInfo fileInfo(byte[] byHandle, byte[] fileIdInfo, int reparseTag) {
    ByteBuffer handle = in(byHandle, BY_HANDLE_FILE_INFORMATION_SIZE, "BY_HANDLE_FILE_INFORMATION");
    ByteBuffer id = in(fileIdInfo, FILE_ID_INFO_SIZE, "FILE_ID_INFO");
    long size = ((handle.getInt(32) & 0xFFFF_FFFFL) << 32) | (handle.getInt(36) & 0xFFFF_FFFFL);
    return new FileInfo(
        id.getLong(0),
        id.getLong(16),
        id.getLong(8),
        handle.getInt(0),
        reparseTag,
        handle.getInt(40) & 0xFFFF_FFFFL,
        size,
        fileTime(handle, 20));
  }

  /** Reads the ReparseTag (offset 4) of {@code FILE_ATTRIBUTE_TAG_INFO}. */
  static int reparseTag(byte[] attributeTagInfo) {
    return in(attributeTagInfo, FILE_ATTRIBUTE_TAG_INFO_SIZE, "FILE_ATTRIBUTE_TAG_INFO").getInt(4);
  }

  /** Reads {@code FILE_BASIC_INFO}: times at 0, 8, 16, 24; attributes at 32. */
  static BasicInfo basicInfo(byte[] bytes) {
    ByteBuffer buffer = in(bytes, FILE_BASIC_INFO_SIZE, "FILE_BASIC_INFO");
    return new BasicInfo(
        buffer.getLong(0),
        buffer.getLong(8),
        buffer.getLong(16),
        buffer.getLong(24),
        buffer.getInt(32));
  }

  /** Writes {@code FILE_BASIC_INFO}, its padding zeroed. */
  static byte[] basicInfo(BasicInfo info) {
    return out(FILE_BASIC_INFO_SIZE)
        .putLong(0, info.creationTicks())
        .putLong(8, info.lastAccessTicks())
        .putLong(16, info.lastWriteTicks())
        .putLong(24, info.changeTicks())
        .putInt(32, info.attributes())
        .array();
  }

  /** Writes {@code FILE_END_OF_FILE_INFO}. */
  static byte[] endOfFile(long size) {
    if (size < 0) {
      throw new IllegalArgumentException("negative end of file: " + size);
    }
    return out(FILE_END_OF_FILE_INFO_SIZE).putLong(0, size).array();
  }

  /** Writes {@code FILE_DISPOSITION_INFO}. */
  static byte[] disposition(boolean deleteFile) {
    return new byte[] {(byte) (deleteFile ? 1 : 0)};
  }

  /**
   * Reads {@code FSCTL_GET_INTEGRITY_INFORMATION_BUFFER}: WORD ChecksumAlgorithm 0, WORD Reserved
   * 2, DWORD Flags 4, DWORD ChecksumChunkSizeInBytes 8, DWORD ClusterSizeInBytes 12.
   */
  static IntegrityInfo integrity(byte[] bytes) {
    ByteBuffer buffer = in(bytes, GET_INTEGRITY_SIZE, "FSCTL_GET_INTEGRITY_INFORMATION_BUFFER");
    return new IntegrityInfo(
        buffer.getShort(0) & 0xFFFF,
        buffer.getInt(4),
        buffer.getInt(8) & 0xFFFF_FFFFL,
        buffer.getInt(12) & 0xFFFF_FFFFL);
  }

  /** Writes {@code FSCTL_SET_INTEGRITY_INFORMATION_BUFFER} with {@code info}'s setting. */
  static byte[] setIntegrity(IntegrityInfo info) {
    return out(SET_INTEGRITY_SIZE)
        .putShort(0, (short) info.checksumAlgorithm())
        .putShort(2, (short) 0)
        .putInt(4, info.flags())
        .array();
  }

  /**
   * Writes {@code DUPLICATE_EXTENTS_DATA}. The handle goes in as a zero-extended 64-bit value,
   * which on 32-bit Windows is the 4-byte handle followed by the zeroed padding the call demands.
   *
   * @param sourceHandle the raw value of the source file's handle
   * @param pointerSize the native pointer size, 4 or 8
   */
  static byte[] duplicateExtents(
      long sourceHandle, int pointerSize, long sourceOffset, long targetOffset, long byteCount) {
    if (pointerSize != 4 && pointerSize != 8) {
      throw new IllegalArgumentException("pointer size " + pointerSize);
    }
    if (sourceOffset < 0 || targetOffset < 0 || byteCount < 0) {
      throw new IllegalArgumentException(
          "negative region: " + sourceOffset + ", " + targetOffset + ", " + byteCount);
    }
    long handle = pointerSize == 4 ? sourceHandle & 0xFFFF_FFFFL : sourceHandle;
    return out(DUPLICATE_EXTENTS_DATA_SIZE)
        .putLong(0, handle)
        .putLong(8, sourceOffset)
        .putLong(16, targetOffset)
        .putLong(24, byteCount)
        .array();
  }
}
