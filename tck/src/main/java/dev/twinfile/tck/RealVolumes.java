package dev.twinfile.tck;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The real, loop-mounted volumes {@code scripts/volumes.sh up} made, by name ({@code ext4},
 * {@code xfs}, {@code btrfs}, {@code tmpfs}, {@code ntfs}, {@code ext4-other}). The list is read
 * from the file named by {@code TWINFILE_VOLUMES}, else {@code
 * /var/tmp/twinfile-volumes/volumes.properties}. A missing volume skips its tests loudly, or
 * fails them when {@code TWINFILE_REQUIRE_VOLUMES=1} (as in CI).
 */
public final class RealVolumes {
  private static final Path DEFAULT_LIST = Path.of("/var/tmp/twinfile-volumes/volumes.properties");

  /** The FileStore types each volume of scripts/volumes.sh must have. */
  private static final Map<String, Set<String>> TYPES =
      Map.of(
          "ext4", Set.of("ext4"),
          "ext4-other", Set.of("ext4"),
          "xfs", Set.of("xfs"),
          "btrfs", Set.of("btrfs"),
          "tmpfs", Set.of("tmpfs"),
          "ntfs", Set.of("fuse", "fuseblk", "ntfs3"));

  private RealVolumes() {}

  /** Returns the file listing the volumes. */
  public static Path listFile() {
    String named = System.getenv("TWINFILE_VOLUMES");
    return named == null || named.isBlank() ? DEFAULT_LIST : Path.of(named);
  }

  /** Returns whether a missing volume is a failure rather than a skip. */
  public static boolean required() {
    return "1".equals(System.getenv("TWINFILE_REQUIRE_VOLUMES"))
        || Boolean.getBoolean("twinfile.requireVolumes");
  }

  /**
   * Returns the mount point of the volume {@code name}, if it is listed and really mounted there:
   * a volume of its own (not the directory left behind on the parent's after a reboot), of the
   * type its name says.
   */
  public static Optional<Path> find(String name) {
    Path list = listFile();
    if (!Files.isRegularFile(list)) {
      return Optional.empty();
    }
    Properties volumes = new Properties();
    try (Reader reader = Files.newBufferedReader(list)) {
      volumes.load(reader);
    } catch (IOException e) {
      return Optional.empty();
    }
    String mount = volumes.getProperty(name);
    if (mount == null || !Files.isDirectory(Path.of(mount))) {
      return Optional.empty();
    }
    Path point = Path.of(mount);
    try {
      FileStore store = Files.getFileStore(point);
      boolean ownVolume = point.getParent() == null || !store.equals(Files.getFileStore(point.getParent()));
      boolean rightType = !TYPES.containsKey(name) || TYPES.get(name).contains(store.type());
      return ownVolume && rightType ? Optional.of(point) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns the mount point of {@code name} for a JUnit test; when it is missing, fails the test if
   * volumes are required, else aborts it (a skip), saying so on standard error either way.
   */
  public static Path require(String name) {
    Optional<Path> mount = find(name);
    if (mount.isPresent()) {
      return mount.get();
    }
    String message =
        "REAL VOLUME MISSING: " + name + " is not listed in " + listFile()
            + " or not mounted there as its type — run scripts/volumes.sh up (as root) to make it";
    System.err.println(message);
    if (required()) {
      Assertions.fail(message + " (TWINFILE_REQUIRE_VOLUMES=1)");
    }
    Assumptions.abort(message);
    throw new AssertionError("unreachable");
  }
}
