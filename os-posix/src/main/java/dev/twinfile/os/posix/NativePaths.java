package dev.twinfile.os.posix;

import java.nio.charset.Charset;
import java.nio.file.Path;

/** Paths as the NUL-terminated bytes libc takes, in the JDK's own file-name encoding. */
final class NativePaths {
  private static final Charset ENCODING =
      Charset.forName(System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name()));

  private NativePaths() {}

  static byte[] bytes(Path path) {
    return bytes(path.toString());
  }

  static byte[] bytes(String text) {
    byte[] encoded = text.getBytes(ENCODING);
    byte[] terminated = new byte[encoded.length + 1];
    System.arraycopy(encoded, 0, terminated, 0, encoded.length);
    return terminated;
  }
}
