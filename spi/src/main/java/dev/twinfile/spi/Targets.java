package dev.twinfile.spi;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
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
  private static final int COPY_BUFFER = 256 << 10;
  /** A temporary file is private while written; it gets the source's permissions once whole. */
  private static final Set<PosixFilePermission> PRIVATE =
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
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
   * Copies {@code source} to {@code target} through {@code java.nio.file} only, so it works
   * between any two file systems: under a temporary name (the platform copy keeping attributes, or
   * every byte read and written for {@link CopyMode#PHYSICAL}), then published without replacing
   * anything. The caller has checked that the source is a regular file.
   */
  public static void copy(Path source, Path target, CopyMode mode) throws IOException {
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(target.toString(), null, "the target exists");
    }
    Path temporary = temporarySibling(target);
    try {
      if (mode == CopyMode.PHYSICAL) {
        writePhysicalCopy(source, temporary);
      } else {
        Files.copy(source, temporary, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
      }
    } catch (IOException | RuntimeException e) {
      deleteQuietly(temporary, e);
      throw e;
    }
    publish(temporary, target);
  }

  /**
   * Writes a physical copy of {@code source} to the new file {@code temporary} by reading and
   * writing every byte, so no block is shared, then copies permissions and last-modified time.
   * Where the volume has POSIX permissions the file is private to its owner until then, so a
   * secret is never readable by others half-way. The caller publishes or deletes {@code temporary}.
   */
  public static void writePhysicalCopy(Path source, Path temporary) throws IOException {
    FileAttribute<?>[] privately =
        Files.getFileAttributeView(temporary.toAbsolutePath().getParent(), PosixFileAttributeView.class) != null
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PRIVATE)}
            : new FileAttribute<?>[0];
    try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        FileChannel out =
            FileChannel.open(
                temporary,
                EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                privately)) {
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
