package dev.twinfile.os.windows;

/**
 * What {@code FSCTL_GET_INTEGRITY_INFORMATION} tells about a file on ReFS: its integrity-stream
 * setting and the volume's cluster size.
 *
 * @param checksumAlgorithm {@code CHECKSUM_TYPE_NONE} (0) or {@code CHECKSUM_TYPE_CRC64} (2) …
 * @param flags {@code FSCTL_INTEGRITY_FLAG_CHECKSUM_ENFORCEMENT_OFF} (1) or 0
 * @param checksumChunkSize the checksum chunk size in bytes
 * @param clusterSize the volume's cluster size in bytes (4 KiB or 64 KiB on ReFS)
 */
public record IntegrityInfo(
    int checksumAlgorithm, int flags, long checksumChunkSize, long clusterSize) {

  /** The checksum algorithm of a file without an integrity stream. */
  public static final int CHECKSUM_TYPE_NONE = 0;

  /** Returns whether a file with this setting has an integrity stream. */
  public boolean hasIntegrityStream() {
    return checksumAlgorithm != CHECKSUM_TYPE_NONE;
  }

  /**
   * Returns whether {@code other} has the same integrity setting (algorithm and flags), which is
   * what block cloning requires of a source and its target.
   */
  public boolean sameSettingAs(IntegrityInfo other) {
    return checksumAlgorithm == other.checksumAlgorithm && flags == other.flags;
  }
}
