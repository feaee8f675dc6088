package dev.twinfile.tck;

import dev.twinfile.core.Twinfile;
import dev.twinfile.spi.Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** Makes fresh scratch directories on one volume under test. */
@FunctionalInterface
public interface VolumeFactory {

  /** Returns a fresh, empty directory on the volume and the backend serving it. */
  Scratch create() throws IOException;

  /**
   * Returns a factory that makes numbered subdirectories of {@code directory}, served by the
   * backend {@code twinfile} chooses for it, and deletes each subdirectory when closed.
   */
  static VolumeFactory inDirectory(Path directory, Twinfile twinfile) {
    AtomicInteger counter = new AtomicInteger();
    long run = ProcessHandle.current().pid();
    return () -> {
      Backend backend = twinfile.backendFor(directory);
      Path scratch =
          Files.createDirectories(directory.resolve("tck-" + run + "-" + counter.incrementAndGet()));
      return new Scratch(backend, scratch, () -> deleteTree(scratch));
    };
  }

  /** Deletes {@code root} and everything under it, without following symbolic links. */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      try (DirectoryStream<Path> children = Files.newDirectoryStream(root)) {
        for (Path child : children) {
          deleteTree(child);
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    Files.delete(root);
  }
}
