package dev.twinfile.spi;

import java.nio.file.Path;

/**
 * The source is not a regular file: a directory, a symbolic link (never followed) or a special
 * file. No strategy can place it.
 */
public final class NotRegularFileException extends RefusedException {
  private static final long serialVersionUID = 1L;

  private final FileStatus.Kind kind;

  /**
   * Creates the refusal.
   *
   * @param source the path that is not a regular file
   * @param target the target that was not created, or null
   * @param kind what the source is
   * @param backend the backend that refused
   * @param nativeCode the native code (EPERM for a directory link …), or null
   */
  public NotRegularFileException(
      Path source, Path target, FileStatus.Kind kind, String backend, Integer nativeCode) {
    super(null, source, target, describe(kind), backend, nativeCode);
    this.kind = kind;
  }

  private static String describe(FileStatus.Kind kind) {
    switch (kind) {
      case DIRECTORY:
        return "is a directory; a regular file is needed";
      case SYMBOLIC_LINK:
        return "is a symbolic link; a regular file is needed (links are not followed)";
      default:
        return "is not a regular file";
    }
  }

  /** Returns what the source is. */
  public FileStatus.Kind kind() {
    return kind;
  }

  @Override
  public Refusal refusal() {
    return Refusal.NOT_REGULAR_FILE;
  }
}
