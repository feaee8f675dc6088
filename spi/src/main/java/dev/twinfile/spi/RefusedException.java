package dev.twinfile.spi;

import java.nio.file.Path;

/**
 * A backend refused to place a file with one strategy, and left nothing behind: no target, no
 * temporary file, the source untouched. A plan may go on to its next strategy; the kind says why
 * the attempt was refused.
 */
public abstract sealed class RefusedException extends TwinfileException
    permits LinkCeilingException,
        CloneShareLimitException,
        OtherVolumeException,
        StrategyUnsupportedException,
        NotRegularFileException {
  private static final long serialVersionUID = 1L;

  private final Strategy strategy;

  RefusedException(
      Strategy strategy,
      Path source,
      Path target,
      String reason,
      String backend,
      Integer nativeCode) {
    super(source, target, reason, backend, nativeCode);
    this.strategy = strategy;
  }

  /** Returns the strategy that was refused, or null when every strategy would be. */
  public Strategy strategy() {
    return strategy;
  }

  /** Returns why the attempt was refused. */
  public abstract Refusal refusal();
}
