package dev.twinfile.os.posix;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Paths as the NUL-terminated bytes libc takes, in the JDK's own file-name encoding. */
final class NativePaths {
  private static final Charset ENCODING =
      Charset.forName(System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name()));

  private NativePaths() {}

  static byte[] bytes(Path path) {
    String text = path.toString();
    if (text.indexOf('\uFFFD') >= 0) {
      // A name that is not valid in the file-name encoding (a Latin-1 name on a UTF-8 system):
      // its string lost the original bytes, but the URI keeps them, percent-encoded.
      return rawBytes(path);
    }
    return bytes(text);
  }

  /** Returns the exact bytes of an absolute-made path, decoded from its {@code file:} URI. */
  static byte[] rawBytes(Path path) {
    String raw = path.toAbsolutePath().toUri().getRawPath();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length() + 1);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < raw.length()) {
        bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
      }
    }
    // The URI of a directory ends with a slash; the path does not.
    byte[] decoded = bytes.toByteArray();
    int length = decoded.length > 1 && decoded[decoded.length - 1] == (byte) '/' ? decoded.length - 1 : decoded.length;
    byte[] terminated = new byte[length + 1];
    System.arraycopy(decoded, 0, terminated, 0, length);
    return terminated;
  }

  static byte[] bytes(String text) {
    byte[] encoded = text.getBytes(ENCODING);
    byte[] terminated = new byte[encoded.length + 1];
    System.arraycopy(encoded, 0, terminated, 0, encoded.length);
    return terminated;
  }
}
