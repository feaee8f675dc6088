package dev.twinfile.core;

import dev.twinfile.spi.Backend;
import dev.twinfile.spi.Capabilities;
import dev.twinfile.spi.CopyMode;
import dev.twinfile.spi.FileIdentity;
import dev.twinfile.spi.FileStatus;
import dev.twinfile.spi.IdentityLocks;
import dev.twinfile.spi.LinkCeiling;
import dev.twinfile.spi.LinkCeilingException;
import dev.twinfile.spi.NotRegularFileException;
import dev.twinfile.spi.OtherVolumeException;
import dev.twinfile.spi.Strategy;
import dev.twinfile.spi.StrategyUnsupportedException;
import dev.twinfile.spi.Targets;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileStore;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The backend for volumes no provider claims (a zip file system, an SFTP provider, a volume of a
 * kind without a native backend): links through {@link Files#createLink} where the volume has
 * links, copies through {@link Files#copy}, never clones. Its link ceiling is unknown until the
 * file system refuses a link; from then on it enforces the count it learned.
 */
final class NioBackend implements Backend {
  static final String NAME = "nio";

  private final FileStore store;
  private final String fileStoreType;
  private final boolean unixAttributes;
  private final Set<Strategy> strategies;
  private final long volumeNumber;
  private volatile LinkCeiling ceiling =
      LinkCeiling.unknown("no backend knows this volume; the first refused link will tell");

  NioBackend(Path directory) throws IOException {
    this.store = Files.getFileStore(directory);
    this.fileStoreType = store.type();
    this.unixAttributes = store.supportsFileAttributeView("unix");
    this.volumeNumber = System.identityHashCode(directory.getFileSystem()) ^ store.name().hashCode();
    String type = fileStoreType.toLowerCase(Locale.ROOT);
    boolean hasLinks =
        unixAttributes || type.equals("ntfs") || type.equals("refs") || type.equals("jimfs");
    this.strategies = hasLinks ? EnumSet.of(Strategy.LINK, Strategy.COPY) : EnumSet.of(Strategy.COPY);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String fileStoreType() {
    return fileStoreType;
  }

  @Override
  public String description() {
    return fileStoreType
        + " volume '"
        + store.name()
        + "' with no dedicated backend, served through java.nio.file"
        + (strategies.contains(Strategy.LINK) ? " (links and copies)" : " (copies only)");
  }

  @Override
  public Capabilities capabilities() {
    return new Capabilities(strategies, ceiling, 0, false, false);
  }

  @Override
  public FileStatus status(Path path) throws IOException {
    if (unixAttributes) {
      Map<String, Object> unix =
          Files.readAttributes(
              path,
              "unix:dev,ino,nlink,size,lastModifiedTime,isRegularFile,isDirectory,isSymbolicLink",
              LinkOption.NOFOLLOW_LINKS);
      return new FileStatus(
          FileIdentity.of(
              ((Number) unix.get("dev")).longValue(), ((Number) unix.get("ino")).longValue()),
          kind(
              (Boolean) unix.get("isRegularFile"),
              (Boolean) unix.get("isDirectory"),
              (Boolean) unix.get("isSymbolicLink")),
          ((Number) unix.get("nlink")).longValue(),
          ((Number) unix.get("size")).longValue(),
          (FileTime) unix.get("lastModifiedTime"));
    }
    BasicFileAttributes basic =
        Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    Object key = basic.fileKey();
    long id = key != null ? key.hashCode() : path.toAbsolutePath().normalize().hashCode();
    return new FileStatus(
        FileIdentity.of(volumeNumber, id),
        kind(basic.isRegularFile(), basic.isDirectory(), basic.isSymbolicLink()),
        -1,
        basic.size(),
        basic.lastModifiedTime());
  }

  private static FileStatus.Kind kind(boolean regular, boolean directory, boolean symbolicLink) {
    if (regular) {
      return FileStatus.Kind.REGULAR_FILE;
    }
    if (directory) {
      return FileStatus.Kind.DIRECTORY;
    }
    return symbolicLink ? FileStatus.Kind.SYMBOLIC_LINK : FileStatus.Kind.OTHER;
  }

  @Override
  public void link(Path source, Path target) throws IOException {
    if (!strategies.contains(Strategy.LINK)) {
      throw new StrategyUnsupportedException(
          Strategy.LINK, source, target, fileStoreType + " volumes have no hard links", NAME, null);
    }
    if (source.getFileSystem() != target.getFileSystem()) {
      throw new OtherVolumeException(Strategy.LINK, source, target, NAME, null);
    }
    FileStatus status = regularSource(source, target);
    synchronized (IdentityLocks.SHARED.lockFor(status.identity())) {
      status = regularSource(source, target);
      LinkCeiling known = ceiling;
      if (status.linkCount() > 0 && !known.allowsAnotherName(status.linkCount())) {
        throw ceilingReached(source, target, known, status.linkCount(), null);
      }
      try {
        Files.createLink(target, source);
      } catch (UnsupportedOperationException e) {
        StrategyUnsupportedException refusal =
            new StrategyUnsupportedException(
                Strategy.LINK, source, target, "the file system provider has no links", NAME, null);
        refusal.initCause(e);
        throw refusal;
      } catch (FileAlreadyExistsException | NoSuchFileException | AccessDeniedException e) {
        throw e;
      } catch (FileSystemException e) {
        throw classify(source, target, status, e);
      }
    }
  }

  private IOException classify(Path source, Path target, FileStatus status, FileSystemException e)
      throws IOException {
    Path targetDirectory = target.toAbsolutePath().getParent();
    if (targetDirectory != null
        && Files.isDirectory(targetDirectory)
        && !Files.getFileStore(targetDirectory).equals(store)) {
      OtherVolumeException refusal = new OtherVolumeException(Strategy.LINK, source, target, NAME, null);
      refusal.initCause(e);
      return refusal;
    }
    String reason = String.valueOf(e.getReason()).toLowerCase(Locale.ROOT);
    // strerror(EMLINK) on Linux and macOS; Win32 1142's message on Windows.
    if (reason.contains("too many links") || reason.contains("more links")) {
      if (status.linkCount() > 0) {
        ceiling =
            LinkCeiling.known(
                status.linkCount(),
                "learned: the file system refused a link at " + status.linkCount() + " names");
      }
      LinkCeilingException refusal = ceilingReached(source, target, ceiling, status.linkCount(), null);
      refusal.initCause(e);
      return refusal;
    }
    return e;
  }

  private static LinkCeilingException ceilingReached(
      Path source, Path target, LinkCeiling ceiling, long linkCount, Integer code) {
    long max = ceiling instanceof LinkCeiling.Known ? ((LinkCeiling.Known) ceiling).maxNames() : -1;
    return new LinkCeilingException(source, target, max, linkCount, 0, NAME, code);
  }

  @Override
  public void clone(Path source, Path target) throws IOException {
    throw new StrategyUnsupportedException(
        Strategy.CLONE,
        source,
        target,
        "no backend for this " + fileStoreType + " volume, and java.nio.file cannot clone",
        NAME,
        null);
  }

  @Override
  public void copy(Path source, Path target, CopyMode mode) throws IOException {
    regularSource(source, target);
    Targets.copy(source, target, mode);
  }


  private FileStatus regularSource(Path source, Path target) throws IOException {
    FileStatus status = status(source);
    if (!status.isRegularFile()) {
      throw new NotRegularFileException(source, target, status.kind(), NAME, null);
    }
    return status;
  }
}
