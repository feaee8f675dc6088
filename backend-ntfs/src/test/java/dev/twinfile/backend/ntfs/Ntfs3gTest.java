package dev.twinfile.backend.ntfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.twinfile.core.Names;
import dev.twinfile.core.Twinfile;
import dev.twinfile.os.posix.MountInfo;
import dev.twinfile.spi.Backend;
import dev.twinfile.spi.LinkCeilingException;
import dev.twinfile.tck.RealVolumes;
import dev.twinfile.tck.VolumeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** NTFS under Linux: recognised although FUSE says only fuseblk, and held to 1,024 names. */
class Ntfs3gTest {
  private final Twinfile twinfile = Twinfile.create();
  private Path scratch;

  private Path scratch() throws IOException {
    scratch = Files.createTempDirectory(RealVolumes.require("ntfs"), "ntfs-test-");
    return scratch;
  }

  @AfterEach
  void removeScratch() throws IOException {
    if (scratch != null) {
      VolumeFactory.deleteTree(scratch);
    }
  }

  @Test
  void theMountIsRecognisedAsNtfsAndServedByTheNtfsBackend() throws IOException {
    Path ntfs = RealVolumes.require("ntfs");
    MountInfo mount = MountInfo.of(ntfs);

    assertTrue(mount.isFuse(), mount.toString());
    assertTrue(mount.isNtfs(), mount.toString());
    assertFalse(MountInfo.of(RealVolumes.require("ext4")).isNtfs());
    Backend backend = twinfile.backendFor(ntfs);
    assertEquals("ntfs", backend.name());
    assertTrue(backend.description().contains("ntfs-3g"), backend.description());
  }

  @Test
  void theName1025IsRefusedThoughTheDriverWouldAllowIt() throws IOException {
    Path directory = scratch();
    Path source = Files.writeString(directory.resolve("source"), "data");
    Path names = Files.createDirectory(directory.resolve("names"));
    Backend backend = twinfile.backendFor(directory);
    for (int i = 2; i <= 1_024; i++) {
      backend.link(source, names.resolve(Integer.toString(i)));
    }

    LinkCeilingException ceiling =
        assertThrows(LinkCeilingException.class, () -> backend.link(source, directory.resolve("refused")));

    assertEquals(1_024, ceiling.maxNames());
    assertEquals(1_024, ceiling.linkCount());
    assertFalse(Files.exists(directory.resolve("refused")));
    // The driver itself takes more: the refusal above is the backend's own.
    Files.createLink(directory.resolve("driver-allows"), source);
    assertEquals(1_025L, ((Number) Files.getAttribute(source, "unix:nlink")).longValue());
    assertThrows(LinkCeilingException.class, () -> backend.link(source, directory.resolve("still-refused")));
  }

  @Test
  void namesAreFoundByScanningARoot() throws IOException {
    Path directory = scratch();
    Path source = Files.writeString(directory.resolve("a"), "data");
    Files.createDirectories(directory.resolve("x/y"));
    Backend backend = twinfile.backendFor(directory);
    backend.link(source, directory.resolve("b"));
    backend.link(source, directory.resolve("x/y/c"));
    Files.writeString(directory.resolve("x/other"), "other");

    Names names = twinfile.names(directory.resolve("x/y/c"), RealVolumes.require("ntfs"));

    assertTrue(names.complete());
    assertFalse(names.listedByBackend());
    Set<Path> found = new TreeSet<>(names.names());
    assertEquals(Set.of(source, directory.resolve("b"), directory.resolve("x/y/c")), found);
  }
}
