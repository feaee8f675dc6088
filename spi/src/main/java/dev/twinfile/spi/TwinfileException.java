package dev.twinfile.spi;

import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * A file-system operation of Twinfile failed. Carries the paths, the backend that answered and,
 * where the operating system gave one, its native code (an errno or a Win32 error).
 */
public class TwinfileException extends FileSystemException {
  private static final long serialVersionUID = 1L;

  private final String backend;
  private final int nativeCode;
  private final boolean hasNativeCode;

  /**
   * Creates the exception.
   *
   * @param file the path the operation was about, or null
   * @param other the second path, or null
   * @param reason what went wrong, in words
   * @param backend the backend that answered, or null
   * @param nativeCode the errno or Win32 error, or null when there is none
   */
  public TwinfileException(
      Path file, Path other, String reason, String backend, Integer nativeCode) {
    super(string(file), string(other), reason);
    this.backend = backend;
    this.hasNativeCode = nativeCode != null;
    this.nativeCode = nativeCode == null ? 0 : nativeCode;
  }

  /** Returns the name of the backend that answered, or null when none did. */
  public String backend() {
    return backend;
  }

  /** Returns the native error code (errno or Win32 error), if the operating system gave one. */
  public OptionalInt nativeCode() {
    return hasNativeCode ? OptionalInt.of(nativeCode) : OptionalInt.empty();
  }

  @Override
  public String getMessage() {
    StringBuilder message = new StringBuilder(super.getMessage());
    if (backend != null || hasNativeCode) {
      message.append(" [");
      if (backend != null) {
        message.append("backend ").append(backend);
      }
      if (hasNativeCode) {
        message.append(backend != null ? ", " : "").append("native code ").append(nativeCode);
      }
      message.append(']');
    }
    return message.toString();
  }

  static String string(Path path) {
    return path == null ? null : path.toString();
  }
}
