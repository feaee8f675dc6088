package dev.twinfile.backend.memory;

import dev.twinfile.spi.Backend;
import dev.twinfile.spi.Capabilities;
import dev.twinfile.spi.CeilingEnforcer;
import dev.twinfile.spi.CopyMode;
import dev.twinfile.spi.Extent;
import dev.twinfile.spi.FileIdentity;
import dev.twinfile.spi.FileStatus;
import dev.twinfile.spi.IdentityLocks;
import dev.twinfile.spi.LinkCeiling;
import dev.twinfile.spi.NotRegularFileException;
import dev.twinfile.spi.OtherVolumeException;
import dev.twinfile.spi.Strategy;
import dev.twinfile.spi.StrategyUnsupportedException;
import dev.twinfile.spi.Targets;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * The backend of one {@link MemoryVolume}. Jimfs keeps no ceiling, so a {@link CeilingEnforcer}
 * holds every file to the profile's figure. Clones are byte copies whose sharing the {@link SharingModel}
 * tracks at the profile's cluster granularity.
 */
final class MemoryBackend implements Backend {
  static final String NAME = "memory";

  private final MemoryVolume volume;
  private final Profile profile;
  private final Capabilities capabilities;
  private final CeilingEnforcer ceiling;
  private final SharingModel sharing;

  MemoryBackend(MemoryVolume volume) {
    this.volume = volume;
    this.profile = volume.profile();
    EnumSet<Strategy> strategies = EnumSet.of(Strategy.COPY);
    if (profile.canLink()) {
      strategies.add(Strategy.LINK);
    }
    if (profile.canClone()) {
      strategies.add(Strategy.CLONE);
    }
    this.capabilities =
        new Capabilities(
            strategies,
            LinkCeiling.known(
                profile.maxNames(),
                "memory profile '" + profile.name() + "' imitating " + profile.fileSystem()),
            profile.cloneGranularity(),
            true,
            profile.canClone());
    this.ceiling = new CeilingEnforcer(profile.maxNames(), NAME);
    this.sharing =
        profile.canClone()
            ? new SharingModel(profile.cloneGranularity(), profile.shareLimit(), this::status)
            : null;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String fileStoreType() {
    return volume.root().getFileSystem().getFileStores().iterator().next().type();
  }

  @Override
  public String description() {
    return "memory volume '"
        + volume.fileSystem()
        + "' imitating "
        + profile.fileSystem()
        + " (profile "
        + profile.name()
        + ")";
  }

  @Override
  public Capabilities capabilities() {
    return capabilities;
  }

  @Override
  public FileStatus status(Path path) throws IOException {
    BasicFileAttributes attributes =
        Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    long names = ((Number) Files.getAttribute(path, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).longValue();
    FileStatus.Kind kind;
    if (attributes.isRegularFile()) {
      kind = FileStatus.Kind.REGULAR_FILE;
    } else if (attributes.isDirectory()) {
      kind = FileStatus.Kind.DIRECTORY;
    } else if (attributes.isSymbolicLink()) {
      kind = FileStatus.Kind.SYMBOLIC_LINK;
    } else {
      kind = FileStatus.Kind.OTHER;
    }
    long volumeNumber =
        path.getFileSystem() == volume.fileSystem()
            ? volume.number()
            : -System.identityHashCode(path.getFileSystem());
    return new FileStatus(
        FileIdentity.of(volumeNumber, ((Number) attributes.fileKey()).longValue()),
        kind,
        names,
        attributes.size(),
        attributes.lastModifiedTime());
  }

  @Override
  public void link(Path source, Path target) throws IOException {
    if (!profile.canLink()) {
      throw new StrategyUnsupportedException(
          Strategy.LINK, source, target, profile.fileSystem() + " has no hard links", NAME, null);
    }
    requireSameVolume(Strategy.LINK, source, target);
    ceiling.link(source, target, this::status, (from, to) -> Files.createLink(to, from));
  }

  @Override
  public void clone(Path source, Path target) throws IOException {
    if (!profile.canClone()) {
      throw new StrategyUnsupportedException(
          Strategy.CLONE,
          source,
          target,
          profile.fileSystem() + " cannot clone blocks",
          NAME,
          null);
    }
    requireSameVolume(Strategy.CLONE, source, target);
    FileStatus status = regularSource(source, target);
    refuseExisting(target);
    // Clones of one source are serialised, as ReFS requires, and so is the sharing count.
    synchronized (IdentityLocks.SHARED.lockFor(status.identity())) {
      status = regularSource(source, target);
      sharing.checkRoomForClone(source, status, target, NAME);
      Targets.copy(source, target, CopyMode.DEFAULT);
      sharing.recordClone(status, target, status(target));
    }
  }

  @Override
  public void copy(Path source, Path target, CopyMode mode) throws IOException {
    regularSource(source, target);
    Targets.copy(source, target, mode);
  }

  @Override
  public List<Path> names(Path file) throws IOException {
    FileIdentity identity = status(file).identity();
    List<Path> names = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(volume.root())) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
            && status(path).identity().equals(identity)) {
          names.add(path);
        }
      }
    }
    return names;
  }

  @Override
  public List<Extent> extents(Path file) throws IOException {
    if (sharing == null) {
      return Backend.super.extents(file);
    }
    FileStatus status = status(file);
    if (!status.isRegularFile()) {
      throw new NotRegularFileException(file, null, status.kind(), NAME, null);
    }
    return sharing.extents(file, status);
  }

  long sharedBytes(Path file) throws IOException {
    return sharing == null ? 0 : sharing.sharedBytes(file, status(file));
  }

  private void requireSameVolume(Strategy strategy, Path source, Path target)
      throws OtherVolumeException {
    if (source.getFileSystem() != volume.fileSystem()
        || target.getFileSystem() != volume.fileSystem()) {
      throw new OtherVolumeException(strategy, source, target, NAME, null);
    }
  }

  private FileStatus regularSource(Path source, Path target) throws IOException {
    FileStatus status = status(source);
    if (!status.isRegularFile()) {
      throw new NotRegularFileException(source, target, status.kind(), NAME, null);
    }
    return status;
  }

  private static void refuseExisting(Path target) throws FileAlreadyExistsException {
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(target.toString());
    }
  }
}
