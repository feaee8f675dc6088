package dev.twinfile.tck;

import dev.twinfile.backend.memory.MemoryVolume;
import dev.twinfile.backend.memory.Profile;
import dev.twinfile.spi.Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/** Volume factories on fresh memory volumes, for the TCK's own tests. */
final class MemoryVolumes {
  private MemoryVolumes() {}

  /** Each scratch directory is on a new memory volume of {@code profile}. */
  static VolumeFactory of(Profile profile) {
    return wrapped(profile, Function.identity());
  }

  /** As {@link #of}, with the volume's backend replaced by {@code wrap} of it. */
  static VolumeFactory wrapped(Profile profile, Function<Backend, Backend> wrap) {
    return () -> {
      MemoryVolume volume = MemoryVolume.create(profile);
      Path directory = Files.createDirectory(volume.root().resolve("scratch"));
      return new Scratch(wrap.apply(volume.backend()), directory, volume::close);
    };
  }
}
