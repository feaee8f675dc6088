package dev.twinfile.spi;

/** Why a backend refused a strategy; each kind has its own {@link RefusedException}. */
public enum Refusal {
  /** The source already has as many names as its volume allows (or the plan's reserve). */
  LINK_CEILING,
  /** Too many clones already share the source's blocks (ReFS: 8,175 regions). */
  CLONE_SHARE_LIMIT,
  /** Source and target are on different volumes. */
  OTHER_VOLUME,
  /** The volume cannot do this strategy. */
  UNSUPPORTED,
  /** The source is a directory, a symbolic link or a special file. */
  NOT_REGULAR_FILE;

  /** Returns the lower-case, hyphenated form used in JSON and on the command line. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
