package dev.twinfile.tck;

import dev.twinfile.spi.Backend;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A fresh, empty directory on the volume under test, and the backend serving that volume. Closing
 * it removes the directory (or the whole volume, for a memory volume).
 *
 * @param backend the backend under test
 * @param directory an empty directory the TCK may fill
 * @param cleanup what closing does
 */
public record Scratch(Backend backend, Path directory, Closeable cleanup) implements Closeable {

  /** Checks the parts. */
  public Scratch {
    Objects.requireNonNull(backend, "backend");
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(cleanup, "cleanup");
  }

  /** Returns {@code name} resolved in the directory. */
  public Path resolve(String name) {
    return directory.resolve(name);
  }

  /** Removes what the TCK made. */
  @Override
  public void close() throws IOException {
    cleanup.close();
  }
}
