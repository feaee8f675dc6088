package dev.twinfile.backend.memory;

import dev.twinfile.spi.Backend;
import dev.twinfile.spi.BackendProvider;
import java.nio.file.Path;
import java.util.Optional;

/** Serves the paths of open {@link MemoryVolume}s; other Jimfs file systems are not claimed. */
public final class MemoryBackendProvider implements BackendProvider {

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public MemoryBackendProvider() {}

  @Override
  public String name() {
    return MemoryBackend.NAME;
  }

  @Override
  public Optional<Backend> open(Path path) {
    MemoryVolume volume = MemoryVolume.of(path.getFileSystem());
    return volume == null ? Optional.empty() : Optional.of(volume.backend());
  }
}
