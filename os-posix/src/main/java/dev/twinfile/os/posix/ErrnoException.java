package dev.twinfile.os.posix;

import java.io.IOException;
import java.nio.file.Path;

/** A libc call failed; carries the call, the path it was about, the errno and its name. */
public final class ErrnoException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String call;
  private final transient Path path;
  private final int errno;

  /** Creates the exception for {@code call} on {@code path} failing with {@code errno}. */
  public ErrnoException(String call, Path path, int errno) {
    super(call + "(" + path + "): " + Errno.name(errno) + " (" + Errno.describe(errno) + ")");
    this.call = call;
    this.path = path;
    this.errno = errno;
  }

  /** Returns the name of the libc call that failed, such as {@code link}. */
  public String call() {
    return call;
  }

  /** Returns the path the failed call was about. */
  public Path path() {
    return path;
  }

  /** Returns the errno. */
  public int errno() {
    return errno;
  }

  /** Returns the errno's symbolic name, such as {@code EMLINK}. */
  public String errnoName() {
    return Errno.name(errno);
  }
}
