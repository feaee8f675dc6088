package dev.twinfile.core;

import java.nio.file.Path;
import java.util.List;

/**
 * Every name found for one file.
 *
 * @param file the file asked about
 * @param names the names found, the asked one included
 * @param linkCount how many names the file has, or -1 when the volume does not say
 * @param listedByBackend whether the backend listed them itself (else a directory tree was
 *     scanned)
 * @param scanned how many entries the scan looked at (0 when the backend listed them)
 */
public record Names(Path file, List<Path> names, long linkCount, boolean listedByBackend, long scanned) {

  /** Freezes the list. */
  public Names {
    names = List.copyOf(names);
  }

  /** Returns whether every name of the file was found (unknown link counts count as complete). */
  public boolean complete() {
    return linkCount < 0 || names.size() >= linkCount;
  }
}
