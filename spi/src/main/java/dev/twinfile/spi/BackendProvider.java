package dev.twinfile.spi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds and opens backends; registered with {@code provides dev.twinfile.spi.BackendProvider}
 * (or {@code META-INF/services} on the class path) and found through {@link
 * java.util.ServiceLoader}.
 *
 * <p>Providers do not claim volumes that belong to another kind: the POSIX provider leaves an
 * ntfs-3g FUSE mount to the NTFS provider, for example.
 */
public interface BackendProvider {

  /** Returns the name of the backends this provider opens, such as {@code posix}. */
  String name();

  /**
   * Opens a backend for the volume holding {@code path} (an existing file or directory), or
   * returns empty when that volume is not of this provider's kind.
   */
  Optional<Backend> open(Path path) throws IOException;

  /**
   * Opens a backend for the volume holding {@code path} because the user asked for this provider
   * by name. A provider may serve more here than it would claim by itself (an unrecognised mount
   * it can still drive); by default it serves exactly what {@link #open} claims.
   *
   * @throws TwinfileException when this provider cannot serve the volume at all
   */
  default Backend force(Path path) throws IOException {
    Optional<Backend> backend = open(path);
    if (backend.isEmpty()) {
      throw new TwinfileException(
          path, null, "the " + name() + " backend does not serve this volume", name(), null);
    }
    return backend.get();
  }
}
