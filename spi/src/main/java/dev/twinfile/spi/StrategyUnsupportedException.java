package dev.twinfile.spi;

import java.nio.file.Path;

/** The volume cannot perform the strategy at all (no hard links, no block cloning …). */
public final class StrategyUnsupportedException extends RefusedException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the refusal.
   *
   * @param strategy the strategy the volume cannot do
   * @param source the source
   * @param target the target that was not created
   * @param why what the volume lacks, in words
   * @param backend the backend that refused
   * @param nativeCode the native code (EOPNOTSUPP, ERROR_INVALID_FUNCTION …), or null
   */
  public StrategyUnsupportedException(
      Strategy strategy, Path source, Path target, String why, String backend, Integer nativeCode) {
    super(strategy, source, target, strategy + " unsupported: " + why, backend, nativeCode);
  }

  @Override
  public Refusal refusal() {
    return Refusal.UNSUPPORTED;
  }
}
