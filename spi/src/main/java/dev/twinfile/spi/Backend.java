package dev.twinfile.spi;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Places files on one volume. Opened by a {@link BackendProvider} for the volume that holds a
 * path; every method takes paths of that volume as sources.
 *
 * <p>The contract, which the TCK checks for every backend:
 *
 * <ul>
 *   <li>The source must be a regular file; it is never followed if it is a symbolic link ({@link
 *       NotRegularFileException}). A missing source gives {@link NoSuchFileException}, an existing
 *       target {@link FileAlreadyExistsException}.
 *   <li>Each operation completes or leaves nothing behind: no target, no temporary file, the source
 *       untouched. A new target appears under its name only when it is whole.
 *   <li>A refusal is a {@link RefusedException}; other failures are {@link TwinfileException}s or
 *       the matching {@code java.nio.file} exceptions, with paths and native codes.
 *   <li>Clones and copies keep the source's permissions and last-modified time.
 *   <li>A strategy absent from {@link #capabilities()} is refused with {@link
 *       StrategyUnsupportedException} without touching the volume.
 * </ul>
 */
public interface Backend {

  /** Returns the backend's short name, such as {@code posix}, {@code ntfs} or {@code memory}. */
  String name();

  /** Returns {@link java.nio.file.FileStore#type()} of the volume, such as {@code ext4}. */
  String fileStoreType();

  /** Returns one line that says which volume this is and how it was recognised. */
  String description();

  /** Returns what this volume can do. */
  Capabilities capabilities();

  /** Returns the status of {@code path} without following a final symbolic link. */
  FileStatus status(Path path) throws IOException;

  /**
   * Makes {@code target} another name of {@code source}. Refused with {@link
   * LinkCeilingException} when the source already has {@link Capabilities#linkCeiling()} names,
   * even where the driver would allow more.
   */
  void link(Path source, Path target) throws IOException;

  /**
   * Makes {@code target} a new file sharing the source's blocks copy-on-write, of exactly the
   * source's size.
   */
  void clone(Path source, Path target) throws IOException;

  /** Makes {@code target} a new independent file with the source's bytes; may cross volumes. */
  void copy(Path source, Path target, CopyMode mode) throws IOException;

  /**
   * Returns every name of {@code file}, when {@link Capabilities#listsNames()} is declared.
   *
   * @throws UnsupportedOperationException when the backend does not list names itself
   */
  default List<Path> names(Path file) throws IOException {
    throw new UnsupportedOperationException(name() + " backend does not list names by itself");
  }

  /**
   * Returns where the bytes of the regular file {@code file} lie on the volume, in file order,
   * when {@link Capabilities#mapsExtents()} is declared. Holes and bytes kept with the metadata
   * (inline, resident, compressed, not yet allocated) have no extent. Flush a file just written ({@code
   * FileChannel.force}) before mapping it: some filesystems place data only when they write it
   * back.
   *
   * @throws UnsupportedOperationException when the backend cannot map extents on this volume
   */
  default List<Extent> extents(Path file) throws IOException {
    throw new UnsupportedOperationException(name() + " backend cannot map extents on " + fileStoreType());
  }
}
