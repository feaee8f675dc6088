package dev.twinfile.core;

import dev.twinfile.spi.Backend;
import dev.twinfile.spi.BackendProvider;
import dev.twinfile.spi.TwinfileException;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Finds the backend for a path's volume and remembers it: on the default file system per volume (a
 * file store) and per directory, so a tree of files costs one look-up per directory and one
 * provider probe per volume; a non-default file system (a Jimfs, a zip) is one volume, remembered
 * while it is open.
 */
final class Volumes {
  private static final System.Logger LOGGER = System.getLogger(Volumes.class.getName());
  private static final int MAX_REMEMBERED_DIRECTORIES = 8192;

  private final List<BackendProvider> providers;
  private final String forcedBackend;
  private static final int MAX_REMEMBERED_FILE_SYSTEMS = 256;

  private final Map<Object, Backend> byVolume = new ConcurrentHashMap<>();
  private final Map<Path, Backend> byDirectory = new ConcurrentHashMap<>();
  private final Map<FileSystem, Backend> byFileSystem = new ConcurrentHashMap<>();

  Volumes(List<BackendProvider> providers, String forcedBackend) {
    this.providers = List.copyOf(providers);
    this.forcedBackend = forcedBackend;
  }

  List<BackendProvider> providers() {
    return providers;
  }

  /** Returns the backend for the volume holding the file {@code path} (which may not exist). */
  Backend forFile(Path path) throws IOException {
    Path directory = path.toAbsolutePath().getParent();
    return forDirectory(directory == null ? path.toAbsolutePath() : directory, path);
  }

  /** Returns the backend for the volume holding {@code path}, a directory if it is one. */
  Backend forPath(Path path) throws IOException {
    return Files.isDirectory(path) ? forDirectory(path.toAbsolutePath(), path) : forFile(path);
  }

  private Backend forDirectory(Path directory, Path asked) throws IOException {
    FileSystem fileSystem = directory.getFileSystem();
    if (fileSystem != FileSystems.getDefault()) {
      // One volume per non-default file system (a Jimfs, a zip); a closed one is never served.
      Backend known = byFileSystem.get(fileSystem);
      if (known != null && fileSystem.isOpen()) {
        return known;
      }
      Backend opened = open(directory);
      if (byFileSystem.size() >= MAX_REMEMBERED_FILE_SYSTEMS) {
        byFileSystem.keySet().removeIf(remembered -> !remembered.isOpen());
      }
      byFileSystem.put(fileSystem, opened);
      return opened;
    }
    Backend known = byDirectory.get(directory);
    if (known != null) {
      return known;
    }
    Backend backend;
    try {
      backend = forVolume(directory);
    } catch (NoSuchFileException e) {
      NoSuchFileException missing = new NoSuchFileException(asked.toString(), null, "no such directory: " + directory);
      missing.initCause(e);
      throw missing;
    }
    if (byDirectory.size() >= MAX_REMEMBERED_DIRECTORIES) {
      byDirectory.clear();
    }
    byDirectory.put(directory, backend);
    return backend;
  }

  private Backend forVolume(Path directory) throws IOException {
    FileStore volume = Files.getFileStore(directory);
    Backend known = byVolume.get(volume);
    if (known != null) {
      return known;
    }
    Backend opened = open(directory);
    Backend raced = byVolume.putIfAbsent(volume, opened);
    return raced != null ? raced : opened;
  }

  private Backend open(Path directory) throws IOException {
    if (forcedBackend != null) {
      for (BackendProvider provider : providers) {
        if (provider.name().equals(forcedBackend)) {
          return logged(provider.force(directory), directory, "forced");
        }
      }
      if (NioBackend.NAME.equals(forcedBackend)) {
        return logged(new NioBackend(directory), directory, "forced");
      }
      throw new TwinfileException(
          directory,
          null,
          "no backend named '" + forcedBackend + "'; known: " + names(),
          null,
          null);
    }
    for (BackendProvider provider : providers) {
      Optional<Backend> backend = provider.open(directory);
      if (backend.isPresent()) {
        return logged(backend.get(), directory, "claimed by provider " + provider.name());
      }
    }
    return logged(new NioBackend(directory), directory, "no provider claimed the volume");
  }

  String names() {
    return providers.stream().map(BackendProvider::name).collect(Collectors.joining(", "))
        + (providers.isEmpty() ? "" : ", ")
        + NioBackend.NAME;
  }

  private static Backend logged(Backend backend, Path directory, String how) {
    LOGGER.log(
        System.Logger.Level.DEBUG,
        () -> "volume of " + directory + ": " + backend.description() + " (" + how + ")");
    return backend;
  }
}
