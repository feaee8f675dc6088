package dev.twinfile.os.windows;

/**
 * Character buffers for the calls that return a name of unknown length (FindFirstFileNameW,
 * FindNextFileNameW): how to grow one after {@code ERROR_MORE_DATA}, and how to read the name out.
 * Pure, so the policy is tested on any OS.
 */
final class NameBuffers {
  /** Fits the names of almost every file, so one call usually suffices. */
  static final int INITIAL = Win32.MAX_PATH;

  private NameBuffers() {}

  /**
   * Returns the capacity to retry with after a call reported {@code ERROR_MORE_DATA}: the length
   * the call asked for, or double the current capacity when it asked for no more than it had; or
   * -1 when even the longest Win32 path would not fit, so retrying cannot help.
   *
   * @param current the capacity that was too small, in characters
   * @param reported the length the call wrote back, in characters
   */
  static int grow(int current, int reported) {
    if (current >= Win32.MAX_LONG_PATH) {
      return -1;
    }
    long wanted = reported > current ? reported : 2L * Math.max(current, 1);
    return (int) Math.min(wanted, Win32.MAX_LONG_PATH);
  }

  /**
   * Returns the name in {@code buffer}: up to the first NUL, and no further than {@code reported}
   * characters when that is a plausible length (the calls report it with or without the NUL).
   */
  static String read(char[] buffer, int reported) {
    int limit = reported > 0 && reported <= buffer.length ? reported : buffer.length;
    int end = 0;
    while (end < limit && buffer[end] != '\0') {
      end++;
    }
    return new String(buffer, 0, end);
  }
}
