package dev.twinfile.os.windows;

import dev.twinfile.spi.CopyMode;
import dev.twinfile.spi.Targets;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A whole copy on Windows, for the NTFS and ReFS backends alike: written under a temporary name
 * (CopyFileEx, or every byte read and written for a physical copy), given the source's times and
 * attributes, published without replacing anything, and only then made read-only — a read-only
 * temporary name could not be removed. On failure the temporary goes, read-only or not.
 */
public final class WindowsCopies {

  /** Turns a Win32 failure into the backend's own exception. */
  @FunctionalInterface
  public interface Failures {
    /** Returns the exception {@code failure} means for this copy. */
    IOException map(Win32Exception failure);
  }

  private WindowsCopies() {}

  /**
   * Refuses an existing target, and a missing directory by its own name rather than by the
   * temporary name a copy or clone would have failed on.
   */
  public static void requireNewTarget(Path target) throws IOException {
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(target.toString());
    }
    Path directory = target.toAbsolutePath().getParent();
    if (directory != null && !Files.isDirectory(directory)) {
      throw new NoSuchFileException(
          directory.toString(), target.toString(), "no such directory for the target");
    }
  }

  /** Copies {@code source} to the new name {@code target}; the caller checked the source. */
  public static void copy(Path source, Path target, CopyMode mode, Failures failures) throws IOException {
    if (target.getFileSystem() != FileSystems.getDefault()) {
      // Another file system (a memory volume, a zip): kernel32 cannot reach it, java.nio.file can.
      Targets.copy(source, target, mode);
      return;
    }
    requireNewTarget(target);
    Path temporary = Targets.temporarySibling(target);
    boolean readOnly;
    try {
      if (mode == CopyMode.PHYSICAL) {
        Targets.writePhysicalCopy(source, temporary);
      } else {
        // Since Windows 11 24H2 CopyFile itself may clone on ReFS; that is still a whole new file.
        Files.copy(source, temporary, LinkOption.NOFOLLOW_LINKS);
      }
      readOnly = WindowsFiles.copyTimesAndAttributes(source, temporary, false);
    } catch (Win32Exception e) {
      IOException mapped = failures.map(e);
      discard(temporary, mapped);
      throw mapped;
    } catch (IOException | RuntimeException e) {
      discard(temporary, e);
      throw e;
    }
    Targets.publish(temporary, target);
    makeReadOnly(target, readOnly, failures);
  }

  /**
   * Sets the read-only attribute on a just-published {@code target} when {@code readOnly}; if that
   * fails the target is removed again, so no copy without its attributes is left behind.
   */
  public static void makeReadOnly(Path target, boolean readOnly, Failures failures) throws IOException {
    if (!readOnly) {
      return;
    }
    try {
      WindowsFiles.setReadOnly(target);
    } catch (Win32Exception e) {
      IOException mapped = failures.map(e);
      discard(target, mapped);
      throw mapped;
    }
  }

  /** Deletes {@code path} even if read-only, recording a failure on {@code cause}. */
  public static void discard(Path path, Throwable cause) {
    try {
      WindowsFiles.deleteEvenIfReadOnly(path);
    } catch (IOException | RuntimeException e) {
      cause.addSuppressed(e);
    }
  }
}
