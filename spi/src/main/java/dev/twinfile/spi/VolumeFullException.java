package dev.twinfile.spi;

import java.nio.file.Path;

/** The volume has no space (or no inodes) left for the target; nothing was left behind. */
public final class VolumeFullException extends TwinfileException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for {@code target}, placed from {@code source}. */
  public VolumeFullException(Path target, Path source, String backend, Integer nativeCode) {
    super(target, source, "no space left on the volume", backend, nativeCode);
  }
}
