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
 * source are made from the anchor, a fresh file with the same bytes. An anchor is used only while
 * it is the same file, and it and its source keep the size and source mtime they had when it was
 * made; for files up to {@link #COMPARED_BYTES} the bytes are compared too, since a rewrite of the
 * same size within one timestamp tick leaves size and mtime alike.
 */
final class Anchors {
  private record Key(FileIdentity source, Strategy strategy) {}

  private record Anchor(Path path, FileIdentity identity, long size, FileTime sourceModified) {}

  /** Anchors of files up to this size are compared byte for byte before each use. */
  static final long COMPARED_BYTES = 1 << 20;

  private final Map<Key, Anchor> anchors = new ConcurrentHashMap<>();

  /** Returns whether any anchor exists, so placements without one skip the look-up. */
  boolean isEmpty() {
    return anchors.isEmpty();
  }

  /** Records {@code anchor} as the file to use instead of {@code source} for {@code strategy}. */
  void put(FileStatus source, Strategy strategy, Path anchor, FileStatus anchorStatus) {
    anchors.put(
        new Key(source.identity(), strategy),
        new Anchor(anchor, anchorStatus.identity(), source.size(), source.lastModified()));
  }

  /**
   * Returns the anchor to use instead of the source with status {@code source}, or null when
   * there is none or it no longer holds the source's bytes (then it is forgotten).
   */
  Path find(Backend backend, Path sourcePath, FileStatus source, Strategy strategy) throws IOException {
    Key key = new Key(source.identity(), strategy);
    Anchor anchor = anchors.get(key);
    if (anchor == null) {
      return null;
    }
    if (source.size() == anchor.size() && source.lastModified().equals(anchor.sourceModified())) {
      try {
        FileStatus now = backend.status(anchor.path());
        if (now.identity().equals(anchor.identity())
            && now.size() == anchor.size()
            && (now.size() > COMPARED_BYTES || Files.mismatch(sourcePath, anchor.path()) < 0)) {
          return anchor.path();
        }
      } catch (IOException gone) {
        // The anchor was removed or renamed: forget it below.
      }
    }
    anchors.remove(key, anchor);
    return null;
  }
}
