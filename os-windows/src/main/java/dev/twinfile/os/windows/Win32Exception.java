package dev.twinfile.os.windows;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * A kernel32 call failed. Carries the function, the Win32 error code with its symbolic name, and
 * the paths the call was about, so a backend can map it to the exception its contract names.
 */
public final class Win32Exception extends FileSystemException {
  private static final long serialVersionUID = 1L;

  private final String function;
  private final int code;
  private final String description;

  /**
   * Creates the exception with the description from the built-in table of codes.
   *
   * @param function the kernel32 function that failed, such as {@code CreateHardLinkW}
   * @param code the value of {@code GetLastError()} after the call
   * @param file the path the call was about, or null
   * @param other the second path, or null
   */
  public Win32Exception(String function, int code, String file, String other) {
    this(function, code, file, other, Win32Errors.description(code));
  }

  Win32Exception(String function, int code, String file, String other, String description) {
    super(file, other, reason(function, code, description));
    this.function = function;
    this.code = code;
    this.description = description;
  }

  private static String reason(String function, int code, String description) {
    String head = function + ": " + Win32Errors.symbol(code) + " (" + code + ")";
    return description == null ? head : head + " " + description;
  }

  /** Returns the kernel32 function that failed. */
  public String function() {
    return function;
  }

  /** Returns the Win32 error code. */
  public int code() {
    return code;
  }

  /** Returns the symbolic name of the code, such as {@code ERROR_TOO_MANY_LINKS}. */
  public String symbol() {
    return Win32Errors.symbol(code);
  }

  /** Returns the text of the code, or null when neither the table nor the system knew it. */
  public String description() {
    return description;
  }

  /**
   * Returns the {@code java.nio.file} exception the JDK gives for this code (missing file, access
   * denied, existing file), with this exception as its cause, or this exception itself.
   */
  public FileSystemException toFileSystemException() {
    FileSystemException translated;
    switch (code) {
      case Win32.ERROR_FILE_NOT_FOUND:
      case Win32.ERROR_PATH_NOT_FOUND:
        translated = new NoSuchFileException(getFile(), getOtherFile(), getReason());
        break;
      case Win32.ERROR_ACCESS_DENIED:
      case Win32.ERROR_PRIVILEGE_NOT_HELD:
        translated = new AccessDeniedException(getFile(), getOtherFile(), getReason());
        break;
      case Win32.ERROR_FILE_EXISTS:
      case Win32.ERROR_ALREADY_EXISTS:
        translated = new FileAlreadyExistsException(getFile(), getOtherFile(), getReason());
        break;
      default:
        return this;
    }
    translated.initCause(this);
    return translated;
  }
}
