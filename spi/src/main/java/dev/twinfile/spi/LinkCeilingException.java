package dev.twinfile.spi;

import java.nio.file.Path;

/** The source already has the most names its volume allows, or the plan's reserve is reached. */
public final class LinkCeilingException extends RefusedException {
  private static final long serialVersionUID = 1L;

  private final long maxNames;
  private final long linkCount;
  private final long reserve;

  /**
   * Creates the refusal.
   *
   * @param source the file that is full
   * @param target the name that was not created
   * @param maxNames the volume's ceiling, or -1 when unknown
   * @param linkCount the source's names when refused, or -1 when unknown
   * @param reserve the names kept free below the ceiling by the plan
   * @param backend the backend that refused
   * @param nativeCode the native code (EMLINK, ERROR_TOO_MANY_LINKS …), or null
   */
  public LinkCeilingException(
      Path source,
      Path target,
      long maxNames,
      long linkCount,
      long reserve,
      String backend,
      Integer nativeCode) {
    super(
        Strategy.LINK,
        source,
        target,
        describe(maxNames, linkCount, reserve),
        backend,
        nativeCode);
    this.maxNames = maxNames;
    this.linkCount = linkCount;
    this.reserve = reserve;
  }

  private static String describe(long maxNames, long linkCount, long reserve) {
    StringBuilder text = new StringBuilder("link ceiling reached");
    if (linkCount >= 0) {
      text.append(": file has ").append(linkCount).append(" names");
    }
    if (maxNames >= 0) {
      text.append(linkCount >= 0 ? ", " : ": ").append("volume allows ").append(maxNames);
      if (reserve > 0) {
        text.append(" with ").append(reserve).append(" kept in reserve");
      }
    }
    return text.toString();
  }

  /** Returns the volume's ceiling in names, or -1 when it is unknown. */
  public long maxNames() {
    return maxNames;
  }

  /** Returns how many names the source had when refused, or -1 when unknown. */
  public long linkCount() {
    return linkCount;
  }

  /** Returns the names the plan keeps free below the ceiling. */
  public long reserve() {
    return reserve;
  }

  @Override
  public Refusal refusal() {
    return Refusal.LINK_CEILING;
  }
}
