package dev.twinfile.os.posix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's umask, read once from {@code /proc/self/status} (Linux 4.7+), so a new file
 * created with the source's mode needs an fchmod only when the umask would strip some of it.
 * Unknown where the line is missing: then every new file is fchmod-ed.
 */
final class Umask {
  private static final int UNKNOWN = -1;
  private static final int MASK = read();

  private Umask() {}

  /** Returns whether creating a file with {@code permissions} would lose bits to the umask. */
  static boolean strips(int permissions) {
    return MASK == UNKNOWN || (permissions & MASK) != 0;
  }

  private static int read() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.US_ASCII)) {
        if (line.startsWith("Umask:")) {
          return Integer.parseInt(line.substring("Umask:".length()).trim(), 8);
        }
      }
    } catch (IOException | RuntimeException e) {
      return UNKNOWN;
    }
    return UNKNOWN;
  }
}
