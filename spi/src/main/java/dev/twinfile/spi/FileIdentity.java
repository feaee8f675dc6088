package dev.twinfile.spi;

/**
 * What makes a file the same file under all its names: a volume number and an id of up to 128
 * bits within that volume.
 *
 * <p>POSIX backends use {@code (st_dev, 0, st_ino)}; Windows backends use the 64-bit volume
 * serial and the 128-bit id of {@code FILE_ID_INFO}, because the 64-bit index is not unique on
 * ReFS.
 *
 * @param volume the volume number (device id, volume serial, or a per-volume counter)
 * @param idHigh the upper 64 bits of the file id, zero where ids have 64 bits
 * @param idLow the lower 64 bits of the file id
 */
public record FileIdentity(long volume, long idHigh, long idLow) {

  /** Returns an identity with a 64-bit id. */
  public static FileIdentity of(long volume, long id) {
    return new FileIdentity(volume, 0, id);
  }

  @Override
  public String toString() {
    return idHigh == 0
        ? Long.toHexString(volume) + ":" + Long.toUnsignedString(idLow)
        : Long.toHexString(volume) + ":" + Long.toHexString(idHigh) + String.format("%016x", idLow);
  }
}
