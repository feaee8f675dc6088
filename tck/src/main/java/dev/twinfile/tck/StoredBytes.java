package dev.twinfile.tck;

import com.sun.nio.file.ExtendedOpenOption;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads a file as the volume stores it, with O_DIRECT, so no page cache (of this name or another
 * name of the file) stands between. Falls back to an ordinary read where the file system has no
 * direct I/O (Jimfs, tmpfs before Linux 6.6).
 */
final class StoredBytes {
  /** Covers the logical block size every Linux block device and FUSE accepts for O_DIRECT. */
  private static final int ALIGNMENT = 4096;

  private StoredBytes() {}

  static byte[] read(Path path) throws IOException {
    FileChannel channel;
    try {
      channel = FileChannel.open(path, StandardOpenOption.READ, ExtendedOpenOption.DIRECT);
    } catch (UnsupportedOperationException | IOException noDirectIo) {
      return Files.readAllBytes(path);
    }
    try (channel) {
      long size = channel.size();
      int capacity = (int) ((size / ALIGNMENT + 1) * ALIGNMENT);
      ByteBuffer buffer = ByteBuffer.allocateDirect(capacity + ALIGNMENT).alignedSlice(ALIGNMENT);
      buffer.limit(capacity);
      int total = 0;
      while (true) {
        int read;
        try {
          read = channel.read(buffer, total);
        } catch (IOException directReadRefused) {
          return Files.readAllBytes(path);
        }
        if (read <= 0) {
          break;
        }
        total += read;
        if (total % ALIGNMENT != 0 || !buffer.hasRemaining()) {
          break;
        }
      }
      byte[] bytes = new byte[total];
      buffer.flip();
      buffer.get(bytes);
      return bytes;
    }
  }
}
