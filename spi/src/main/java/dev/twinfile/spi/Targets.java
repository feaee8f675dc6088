package dev.twinfile.spi;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How a backend makes a new target appear only when it is whole: write it under a temporary name
 * in the target's directory, then publish it under the target name without ever replacing an
 * existing file. Backends with a native no-replace rename use that; this class is the portable
 * way and the place where temporary names are defined.
 */
public final class Targets {
  /** A glob matching every temporary name, for clean-up after a crash. */
  public static final String TEMPORARY_PATTERN = ".twinfile-*.tmp";

  private static final System.Logger LOGGER = System.getLogger(Targets.class.getName());
  private static final int COPY_BUFFER = 1 << 20;
  private static final ThreadLocal<ByteBuffer> BUFFERS =
      ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(COPY_BUFFER));

  private Targets() {}

  /**
   * Returns a fresh temporary name in {@code target}'s directory. Short and independent of the
   * target's own name, so a target name of the maximum length still has a temporary sibling.
   */
  public static Path temporarySibling(Path target) {
    long random = ThreadLocalRandom.current().nextLong() >>> 1;
    return target.resolveSibling(".twinfile-" + Long.toHexString(random) + ".tmp");
  }

  /** Returns whether {@code fileName} has the form of a temporary name. */
  public static boolean isTemporary(String fileName) {
    return fileName.startsWith(".twinfile-") && fileName.endsWith(".tmp");
  }

  /**
   * Gives the whole file {@code temporary} the name {@code target}, never replacing an existing
   * file. Links the target name to the temporary file and removes the temporary name: atomic, and
   * refused when the target exists. Where the volume has no links it moves instead, which checks
   * for an existing target first. On failure the temporary file is deleted.
   */
  public static void publish(Path temporary, Path target) throws IOException {
    try {
      if (!linkInto(temporary, target)) {
        Files.move(temporary, target);
        return;
      }
    } catch (IOException | RuntimeException e) {
      deleteQuietly(temporary, e);
      throw e;
    }
    try {
      Files.delete(temporary);
    } catch (IOException e) {
      // The target is whole and published; only a second name of it is left over.
      LOGGER.log(System.Logger.Level.WARNING, "could not remove temporary name " + temporary, e);
    }
  }

  /** Links {@code target} to {@code temporary}; returns false when the volume cannot link. */
  private static boolean linkInto(Path temporary, Path target) throws IOException {
    try {
      Files.createLink(target, temporary);
      return true;
    } catch (UnsupportedOperationException e) {
      return false;
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (FileSystemException e) {
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new FileAlreadyExistsException(target.toString());
      }
      return false;
    }
  }

  /**
   * Writes a physical copy of {@code source} to the new file {@code temporary} by reading and
   * writing every byte, so no block is shared, then copies permissions and last-modified time.
   * The caller publishes or deletes {@code temporary}.
   */
  public static void writePhysicalCopy(Path source, Path temporary) throws IOException {
    try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        FileChannel out =
            FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = BUFFERS.get();
      while (true) {
        buffer.clear();
        if (in.read(buffer) < 0) {
          break;
        }
        buffer.flip();
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
      }
    }
    copyMetadata(source, temporary);
  }

  /** Copies POSIX permissions (where the volume has them) and the last-modified time. */
  public static void copyMetadata(Path source, Path target) throws IOException {
    PosixFileAttributeView targetView =
        Files.getFileAttributeView(target, PosixFileAttributeView.class);
    if (targetView != null
        && Files.getFileAttributeView(source, PosixFileAttributeView.class) != null) {
      PosixFileAttributes attributes =
          Files.readAttributes(source, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      targetView.setPermissions(attributes.permissions());
      targetView.setTimes(attributes.lastModifiedTime(), null, null);
    } else {
      Files.setLastModifiedTime(
          target, Files.getLastModifiedTime(source, LinkOption.NOFOLLOW_LINKS));
    }
  }

  /** Deletes {@code path} if it exists, recording a failure to do so on {@code cause}. */
  public static void deleteQuietly(Path path, Throwable cause) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException | RuntimeException e) {
      cause.addSuppressed(e);
    }
  }
}
