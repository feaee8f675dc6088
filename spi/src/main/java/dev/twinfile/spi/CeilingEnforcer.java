package dev.twinfile.spi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Holds a volume's files to a link ceiling the driver does not enforce (ntfs-3g lets 8,189 names
 * through where Windows stops at 1,024; Jimfs has no limit at all), or to a plan's reserve below
 * it. The count is checked and the link made as one step per identity within this JVM (under
 * {@link IdentityLocks#SHARED}); afterwards the new name is checked again, and taken back if
 * another process added a name meanwhile or the source was replaced, so the ceiling holds across
 * processes too. Cheap to create: it holds no locks of its own.
 */
public final class CeilingEnforcer {

  /** Reads a path's status without following a final symbolic link. */
  @FunctionalInterface
  public interface StatusReader {
    /** Returns the status of {@code path}. */
    FileStatus status(Path path) throws IOException;
  }

  /** Makes a hard link, failing with the backend's own exceptions. */
  @FunctionalInterface
  public interface Linker {
    /** Makes {@code target} another name of {@code source}. */
    void link(Path source, Path target) throws IOException;
  }

  /** Removes a name this enforcer must take back. */
  @FunctionalInterface
  public interface Unlinker {
    /** Removes the name {@code target}. */
    void unlink(Path target) throws IOException;
  }

  private final long maxNames;
  private final long reserve;
  private final String backend;

  /** Creates an enforcer of {@code maxNames} names per file for the backend named {@code backend}. */
  public CeilingEnforcer(long maxNames, String backend) {
    this(maxNames, 0, backend);
  }

  /**
   * Creates an enforcer that keeps {@code reserve} names free below a ceiling of {@code maxNames}:
   * a file may reach {@code maxNames - reserve} names, and refusals report both figures.
   */
  public CeilingEnforcer(long maxNames, long reserve, String backend) {
    if (maxNames < 1 || reserve < 0) {
      throw new IllegalArgumentException("impossible ceiling " + maxNames + " with reserve " + reserve);
    }
    this.maxNames = maxNames;
    this.reserve = reserve;
    this.backend = backend;
  }

  /** Returns the ceiling enforced, before the reserve. */
  public long maxNames() {
    return maxNames;
  }

  /** Links as {@link #link(Path, Path, StatusReader, Linker, Unlinker)}, taking names back with {@link Files#delete}. */
  public void link(Path source, Path target, StatusReader status, Linker linker) throws IOException {
    link(source, target, status, linker, Files::delete);
  }

  /**
   * Makes {@code target} another name of {@code source} unless the source already has {@code
   * maxNames} names.
   *
   * @throws NotRegularFileException when the source is not a regular file
   * @throws LinkCeilingException when the source is full, before or (with the name taken back)
   *     after linking
   * @throws TwinfileException when the source was replaced during the link (the name is taken back)
   */
  public void link(Path source, Path target, StatusReader status, Linker linker, Unlinker unlinker)
      throws IOException {
    long allowed = maxNames - reserve;
    FileStatus before = regular(source, target, status);
    synchronized (IdentityLocks.SHARED.lockFor(before.identity())) {
      before = regular(source, target, status);
      if (before.linkCount() >= allowed) {
        throw ceiling(source, target, before.linkCount());
      }
      linker.link(source, target);
      FileStatus linked;
      try {
        linked = status.status(target);
      } catch (IOException e) {
        // Without the check the new name may exceed the ceiling: take it back.
        takeBack(target, unlinker, e);
        throw e;
      }
      if (!linked.identity().equals(before.identity())) {
        TwinfileException replaced =
            new TwinfileException(
                source,
                target,
                "the source was replaced while it was being linked; the new name was removed",
                backend,
                null);
        takeBack(target, unlinker, replaced);
        throw replaced;
      }
      if (linked.linkCount() > allowed) {
        // A name was added without this backend: take ours back rather than exceed the ceiling.
        LinkCeilingException full = ceiling(source, target, linked.linkCount() - 1);
        takeBack(target, unlinker, full);
        throw full;
      }
    }
  }

  private FileStatus regular(Path source, Path target, StatusReader status) throws IOException {
    FileStatus read = status.status(source);
    if (!read.isRegularFile()) {
      throw new NotRegularFileException(source, target, read.kind(), backend, null);
    }
    return read;
  }

  private LinkCeilingException ceiling(Path source, Path target, long names) {
    return new LinkCeilingException(source, target, maxNames, names, reserve, backend, null);
  }

  private static void takeBack(Path target, Unlinker unlinker, Throwable cause) {
    try {
      unlinker.unlink(target);
    } catch (IOException | RuntimeException e) {
      cause.addSuppressed(e);
    }
  }
}
