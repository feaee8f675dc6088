package dev.twinfile.core;

import dev.twinfile.spi.Backend;
import dev.twinfile.spi.FileIdentity;
import dev.twinfile.spi.FileStatus;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a file's names by walking a tree: regular files are matched on the walk's own file key
 * where the file system gives one (no second status), else on the backend's identity; directories
 * on other volumes are skipped, and the walk stops once every name is found.
 */
final class NameScan extends SimpleFileVisitor<Path> {
  private final Backend backend;
  private final FileIdentity identity;
  private final Object fileKey;
  private final long linkCount;
  private final List<Path> found = new ArrayList<>();
  private long scanned;

  private NameScan(Backend backend, FileStatus status, Object fileKey) {
    this.backend = backend;
    this.identity = status.identity();
    this.fileKey = fileKey;
    this.linkCount = status.linkCount();
  }

  static Names scan(Backend backend, Path file, FileStatus status, Path root) throws IOException {
    Object key = Files.readAttributes(file, BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS).fileKey();
    NameScan scan = new NameScan(backend, status, key);
    Files.walkFileTree(root, scan);
    return new Names(file, scan.found, status.linkCount(), false, scan.scanned);
  }

  @Override
  public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) throws IOException {
    scanned++;
    // Names of one file are all on its volume; a mounted volume below root holds none of them.
    return backend.status(directory).identity().volume() == identity.volume()
        ? FileVisitResult.CONTINUE
        : FileVisitResult.SKIP_SUBTREE;
  }

  @Override
  public FileVisitResult visitFile(Path path, BasicFileAttributes attributes) throws IOException {
    scanned++;
    if (!attributes.isRegularFile()) {
      return FileVisitResult.CONTINUE;
    }
    boolean same =
        fileKey != null
            ? fileKey.equals(attributes.fileKey())
            : backend.status(path).identity().equals(identity);
    if (same) {
      found.add(path);
      if (linkCount > 0 && found.size() >= linkCount) {
        return FileVisitResult.TERMINATE;
      }
    }
    return FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult visitFileFailed(Path path, IOException e) {
    // An unreadable corner of the tree cannot hold a name we can report; keep walking.
    scanned++;
    return FileVisitResult.CONTINUE;
  }
}
