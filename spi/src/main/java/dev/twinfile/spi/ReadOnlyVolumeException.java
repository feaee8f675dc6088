package dev.twinfile.spi;

import java.nio.file.Path;

/** The target's volume is mounted read-only. */
public final class ReadOnlyVolumeException extends TwinfileException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for {@code target}, placed from {@code source}. */
  public ReadOnlyVolumeException(Path target, Path source, String backend, Integer nativeCode) {
    super(target, source, "the volume is read-only", backend, nativeCode);
  }
}
