package dev.twinfile.os.posix;

import dev.twinfile.spi.FileStatus;
import dev.twinfile.spi.NotRegularFileException;
import dev.twinfile.spi.OtherVolumeException;
import dev.twinfile.spi.ReadOnlyVolumeException;
import dev.twinfile.spi.Strategy;
import dev.twinfile.spi.StrategyUnsupportedException;
import dev.twinfile.spi.TwinfileException;
import dev.twinfile.spi.VolumeFullException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Turns a failed libc call into the exception the SPI documents, keeping the errno. Pure apart
 * from the facts passed in, so the whole table is unit-tested. EMLINK and ERANGE (link ceilings)
 * are left to the backend, which knows the ceiling and the link count.
 */
public final class PosixErrors {
  private PosixErrors() {}

  /**
   * Maps {@code error} from placing {@code source} at {@code target} by {@code strategy}, for
   * the backend named {@code backend}.
   *
   * @param sourceKind what the source is, read after the failure, or null when it is missing
   */
  public static IOException map(
      Strategy strategy,
      ErrnoException error,
      Path source,
      Path target,
      FileStatus.Kind sourceKind,
      String backend) {
    int errno = error.errno();
    IOException mapped;
    if (errno == Errno.EEXIST) {
      mapped = new FileAlreadyExistsException(target.toString(), null, "the target exists");
    } else if (errno == Errno.ENOENT) {
      mapped =
          sourceKind == null || error.call().equals("open source")
              ? new NoSuchFileException(source.toString(), null, "the source does not exist")
              : new NoSuchFileException(target.toString(), null, "the target's directory does not exist");
    } else if (errno == Errno.ELOOP && error.call().equals("open source")) {
      mapped = new NotRegularFileException(source, target, FileStatus.Kind.SYMBOLIC_LINK, backend, errno);
    } else if (sourceKind != null && sourceKind != FileStatus.Kind.REGULAR_FILE) {
      mapped = new NotRegularFileException(source, target, sourceKind, backend, errno);
    } else if (errno == Errno.EXDEV) {
      mapped = new OtherVolumeException(strategy, source, target, backend, errno);
    } else if (strategy == Strategy.CLONE
        && (errno == Errno.EOPNOTSUPP
            || errno == Errno.ENOTSUP
            || errno == Errno.ENOTTY
            || errno == Errno.EINVAL
            || errno == Errno.ENOSYS)) {
      mapped =
          new StrategyUnsupportedException(
              strategy, source, target, "the filesystem refused to clone: " + error.getMessage(),
              backend, errno);
    } else if (errno == Errno.ENOSPC || errno == Errno.EDQUOT) {
      mapped = new VolumeFullException(target, source, backend, errno);
    } else if (errno == Errno.EROFS) {
      mapped = new ReadOnlyVolumeException(target, source, backend, errno);
    } else if (errno == Errno.EACCES) {
      mapped =
          error.call().equals("open source")
              ? new AccessDeniedException(source.toString(), target.toString(), error.getMessage())
              : new AccessDeniedException(target.toString(), source.toString(), error.getMessage());
    } else if (errno == Errno.EPERM && strategy == Strategy.LINK) {
      mapped =
          new AccessDeniedException(
              source.toString(),
              target.toString(),
              "EPERM: the kernel refused the link (fs.protected_hardlinks, an immutable file, or a"
                  + " filesystem without links)");
    } else if (errno == Errno.ENAMETOOLONG) {
      mapped = new FileSystemException(target.toString(), null, "file name too long (ENAMETOOLONG)");
    } else {
      mapped = new TwinfileException(source, target, error.getMessage(), backend, errno);
    }
    mapped.initCause(error);
    return mapped;
  }
}
