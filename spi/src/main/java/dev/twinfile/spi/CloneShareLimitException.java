package dev.twinfile.spi;

import java.nio.file.Path;

/**
 * Too many files already share the source's blocks for one more clone (ReFS allows 8,175 regions
 * per physical region, {@code ERROR_BLOCK_TOO_MANY_REFERENCES}). Plans treat it like a ceiling.
 */
public final class CloneShareLimitException extends RefusedException {
  private static final long serialVersionUID = 1L;

  private final long shareLimit;

  /**
   * Creates the refusal.
   *
   * @param source the file whose blocks are shared too often
   * @param target the clone that was not created
   * @param shareLimit how many regions may share one block, or -1 when unknown
   * @param backend the backend that refused
   * @param nativeCode the native code, or null
   */
  public CloneShareLimitException(
      Path source, Path target, long shareLimit, String backend, Integer nativeCode) {
    super(
        Strategy.CLONE,
        source,
        target,
        shareLimit >= 0
            ? "clone share limit reached: at most " + shareLimit + " regions may share a block"
            : "clone share limit reached",
        backend,
        nativeCode);
    this.shareLimit = shareLimit;
  }

  /** Returns how many regions may share one physical block, or -1 when unknown. */
  public long shareLimit() {
    return shareLimit;
  }

  @Override
  public Refusal refusal() {
    return Refusal.CLONE_SHARE_LIMIT;
  }
}
