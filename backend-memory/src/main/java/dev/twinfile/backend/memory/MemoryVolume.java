package dev.twinfile.backend.memory;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Feature;
import com.google.common.jimfs.Jimfs;
import dev.twinfile.spi.Backend;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One in-memory volume with the behaviour of a {@link Profile}. Create several to test
 * behaviour across volumes; close each when done.
 *
 * <pre>{@code
 * try (MemoryVolume ntfs = MemoryVolume.create(Profile.NTFS)) {
 *   Path file = Files.writeString(ntfs.root().resolve("a"), "data");
 *   Twinfile.create().place(file, ntfs.root().resolve("b"), Plan.of(Strategy.LINK));
 * }
 * }</pre>
 */
public final class MemoryVolume implements Closeable {
  private static final Map<FileSystem, MemoryVolume> OPEN = new ConcurrentHashMap<>();
  private static final AtomicLong NUMBERS = new AtomicLong();

  private final Profile profile;
  private final FileSystem fileSystem;
  private final long number;
  private final MemoryBackend backend;

  private MemoryVolume(Profile profile, String name, long number) {
    this.profile = profile;
    this.number = number;
    Configuration configuration =
        Configuration.unix().toBuilder()
            .setWorkingDirectory("/")
            .setAttributeViews("basic", "owner", "posix", "unix")
            .setSupportedFeatures(
                Feature.LINKS,
                Feature.SYMBOLIC_LINKS,
                Feature.SECURE_DIRECTORY_STREAM,
                Feature.FILE_CHANNEL)
            .build();
    this.fileSystem = Jimfs.newFileSystem(name, configuration);
    this.backend = new MemoryBackend(this);
  }

  /** Creates a volume with the behaviour of {@code profile}. */
  public static MemoryVolume create(Profile profile) {
    Objects.requireNonNull(profile, "profile");
    long number = NUMBERS.incrementAndGet();
    return register(new MemoryVolume(profile, "twinfile-" + profile.name() + "-" + number, number));
  }

  /** Creates a volume with the behaviour of {@code profile}, its file system named {@code name}. */
  public static MemoryVolume create(Profile profile, String name) {
    Objects.requireNonNull(profile, "profile");
    return register(new MemoryVolume(profile, name, NUMBERS.incrementAndGet()));
  }

  private static MemoryVolume register(MemoryVolume volume) {
    OPEN.put(volume.fileSystem, volume);
    return volume;
  }

  /** Returns the open volume whose file system is {@code fileSystem}, or null. */
  static MemoryVolume of(FileSystem fileSystem) {
    return OPEN.get(fileSystem);
  }

  /** Returns the profile this volume imitates. */
  public Profile profile() {
    return profile;
  }

  /** Returns the volume's file system. */
  public FileSystem fileSystem() {
    return fileSystem;
  }

  /** Returns the root directory. */
  public Path root() {
    return fileSystem.getPath("/");
  }

  /** Returns the backend serving this volume (the one Twinfile chooses for its paths). */
  public Backend backend() {
    return backend;
  }

  /**
   * Returns how many of {@code file}'s bytes sit in clusters it shares with another file, as the
   * volume's clone model tracks them (0 on profiles that cannot clone).
   */
  public long sharedBytes(Path file) throws IOException {
    return backend.sharedBytes(file);
  }

  long number() {
    return number;
  }

  /** Closes the file system; its paths become unusable. */
  @Override
  public void close() throws IOException {
    OPEN.remove(fileSystem);
    fileSystem.close();
  }

  @Override
  public String toString() {
    return "memory volume " + fileSystem + " (" + profile.name() + ")";
  }
}
