package dev.twinfile.spi;

import java.nio.file.Path;

/** A link or clone was asked across volumes; both names must be on one volume. */
public final class OtherVolumeException extends RefusedException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the refusal.
   *
   * @param strategy the strategy refused (LINK or CLONE)
   * @param source the source
   * @param target the target on another volume
   * @param backend the backend that refused
   * @param nativeCode the native code (EXDEV, ERROR_NOT_SAME_DEVICE …), or null
   */
  public OtherVolumeException(
      Strategy strategy, Path source, Path target, String backend, Integer nativeCode) {
    super(
        strategy,
        source,
        target,
        "source and target are on different volumes",
        backend,
        nativeCode);
  }

  @Override
  public Refusal refusal() {
    return Refusal.OTHER_VOLUME;
  }
}
