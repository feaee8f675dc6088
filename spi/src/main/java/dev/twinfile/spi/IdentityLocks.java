package dev.twinfile.spi;

/**
 * Striped locks keyed by file identity, for backends that must check a file and act on it as one
 * step: check a link count and link, serialise the clones of one source. {@link #SHARED} is the
 * one every backend and engine instance in the JVM uses, so two instances serving the same volume
 * still exclude each other. Allocation-free: a fixed set of monitors shared by all identities that
 * hash alike.
 */
public final class IdentityLocks {
  /** The locks every backend of this JVM shares. */
  public static final IdentityLocks SHARED = new IdentityLocks(256);

  private final Object[] stripes;

  /** Creates locks with {@code stripes} monitors (rounded up to a power of two). */
  public IdentityLocks(int stripes) {
    int size = Integer.highestOneBit(Math.max(1, stripes - 1)) << 1;
    this.stripes = new Object[size];
    for (int i = 0; i < size; i++) {
      this.stripes[i] = new Object();
    }
  }

  /** Returns the monitor that guards {@code identity}. */
  public Object lockFor(FileIdentity identity) {
    long mixed = identity.volume() * 0x9E3779B97F4A7C15L ^ identity.idLow() ^ identity.idHigh();
    mixed ^= mixed >>> 29;
    return stripes[(int) mixed & (stripes.length - 1)];
  }
}
