package dev.twinfile.spi;

import java.nio.file.attribute.FileTime;

/**
 * What one status call tells about a path, without following a final symbolic link.
 *
 * @param identity the file's identity
 * @param kind what the path names
 * @param linkCount how many names the file has
 * @param size the size in bytes
 * @param lastModified the last-modified time
 */
public record FileStatus(
    FileIdentity identity, Kind kind, long linkCount, long size, FileTime lastModified) {

  /** What a path names. */
  public enum Kind {
    /** A regular file: the only kind Twinfile places. */
    REGULAR_FILE,
    /** A directory. */
    DIRECTORY,
    /** A symbolic link (not followed). */
    SYMBOLIC_LINK,
    /** A device, pipe, socket or anything else. */
    OTHER
  }

  /** Returns whether the path names a regular file. */
  public boolean isRegularFile() {
    return kind == Kind.REGULAR_FILE;
  }
}
