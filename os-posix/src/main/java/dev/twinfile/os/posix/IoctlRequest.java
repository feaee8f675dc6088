package dev.twinfile.os.posix;

/**
 * Linux ioctl request numbers, encoded as the kernel's {@code _IOC} macro does for the running
 * architecture: the direction bits differ between the generic layout (x86, arm, aarch64, riscv,
 * s390) and the one of powerpc, mips and sparc, so a request number cannot be a single constant.
 */
final class IoctlRequest {
  /** Whether the architecture uses the powerpc/mips/sparc layout: 3 direction bits, 13 size bits. */
  private final boolean threeDirectionBits;

  private IoctlRequest(boolean threeDirectionBits) {
    this.threeDirectionBits = threeDirectionBits;
  }

  /** Returns the encoder for {@code os.arch} {@code arch}. */
  static IoctlRequest forArch(String arch) {
    return new IoctlRequest(arch.startsWith("ppc") || arch.startsWith("mips") || arch.startsWith("sparc"));
  }

  /** {@code _IOW(type, nr, size)}: the caller passes data in. */
  long write(int type, int nr, int size) {
    return encode(threeDirectionBits ? 4 : 1, type, nr, size);
  }

  /** {@code _IOR(type, nr, size)}: the kernel passes data out. */
  long read(int type, int nr, int size) {
    return encode(2, type, nr, size);
  }

  /** {@code _IOWR(type, nr, size)}: data goes both ways. */
  long readWrite(int type, int nr, int size) {
    return encode(threeDirectionBits ? 6 : 3, type, nr, size);
  }

  private long encode(int direction, int type, int nr, int size) {
    int sizeBits = threeDirectionBits ? 13 : 14;
    if (size < 0 || size >= 1 << sizeBits || type < 0 || type > 0xff || nr < 0 || nr > 0xff) {
      throw new IllegalArgumentException("not an ioctl request: " + type + ", " + nr + ", " + size);
    }
    int directionShift = 16 + sizeBits;
    return ((long) direction << directionShift | (long) size << 16 | type << 8 | nr) & 0xFFFF_FFFFL;
  }
}
