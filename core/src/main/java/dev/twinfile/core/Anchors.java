package dev.twinfile.core;

import dev.twinfile.spi.Backend;
import dev.twinfile.spi.FileIdentity;
import dev.twinfile.spi.FileStatus;
import dev.twinfile.spi.Strategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where placements of a full source go instead: after a re-anchor, later links (or clones) of that
 * source are made from the anchor, a fresh file with the same bytes on the source's volume.
 * Anchors are found by the source's path, so placements of sources without one cost no look-up
 * beyond a hash probe. An anchor is used only while the source is the same file with the size and
 * mtime it had, and the anchor the same file with the size and mtime it was made with; for files
 * up to {@link #COMPARED_BYTES} the bytes are compared too, since a rewrite of the same size
 * within one timestamp tick leaves size and mtime alike.
 */
final class Anchors {
  /** Anchors of files up to this size are compared byte for byte before each use. */
  static final long COMPARED_BYTES = 1 << 20;

  private record Key(Path source, Strategy strategy) {}

  private record Anchor(Path path, FileStatus anchor, FileStatus source) {}

  private final Map<Key, Anchor> anchors = new ConcurrentHashMap<>();

  /**
   * Records {@code anchor} as the file to use instead of {@code source} for {@code strategy}, if it
   * is on the source's volume (an anchor elsewhere could never be linked to); returns whether it
   * was recorded.
   */
  boolean put(Path source, FileStatus sourceStatus, Strategy strategy, Path anchor, FileStatus anchorStatus) {
    if (anchorStatus.identity().volume() != sourceStatus.identity().volume()) {
      return false;
    }
    anchors.put(new Key(source, strategy), new Anchor(anchor, anchorStatus, sourceStatus));
    return true;
  }

  /**
   * Returns the anchor to use instead of {@code source}, or null when there is none or it no
   * longer holds the source's bytes (then it is forgotten).
   */
  Path find(Backend backend, Path source, Strategy strategy) throws IOException {
    if (anchors.isEmpty()) {
      return null;
    }
    Key key = new Key(source, strategy);
    Anchor anchor = anchors.get(key);
    if (anchor == null) {
      return null;
    }
    if (stillValid(backend, source, anchor)) {
      return anchor.path();
    }
    anchors.remove(key, anchor);
    return null;
  }

  private static boolean stillValid(Backend backend, Path source, Anchor anchor) throws IOException {
    FileStatus sourceNow;
    FileStatus anchorNow;
    try {
      sourceNow = backend.status(source);
      anchorNow = backend.status(anchor.path());
    } catch (IOException gone) {
      return false;
    }
    return same(sourceNow, anchor.source())
        && same(anchorNow, anchor.anchor())
        && (anchorNow.size() > COMPARED_BYTES || Files.mismatch(source, anchor.path()) < 0);
  }

  private static boolean same(FileStatus now, FileStatus then) {
    FileIdentity identity = then.identity();
    FileTime modified = then.lastModified();
    return now.identity().equals(identity) && now.size() == then.size() && now.lastModified().equals(modified);
  }
}
