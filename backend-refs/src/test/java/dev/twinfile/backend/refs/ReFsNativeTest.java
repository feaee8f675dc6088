package dev.twinfile.backend.refs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.twinfile.os.windows.IntegrityInfo;
import dev.twinfile.os.windows.VolumeInfo;
import dev.twinfile.os.windows.Win32Exception;
import dev.twinfile.os.windows.WinFile;
import dev.twinfile.os.windows.WindowsFiles;
import dev.twinfile.spi.Backend;
import dev.twinfile.spi.CopyMode;
import dev.twinfile.spi.FileStatus;
import dev.twinfile.spi.NotRegularFileException;
import dev.twinfile.spi.OtherVolumeException;
import dev.twinfile.spi.Strategy;
import dev.twinfile.spi.StrategyUnsupportedException;
import dev.twinfile.spi.Targets;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The backend against a real ReFS volume or Dev Drive, named by the environment variable {@value
 * #VARIABLE}. Without it every test is skipped, saying so: a stock Windows has no ReFS volume.
 * Set {@value #OTHER_VARIABLE} to a directory on another volume to check the cross-volume refusal.
 */
@EnabledOnOs(OS.WINDOWS)
class ReFsNativeTest {
  static final String VARIABLE = "TWINFILE_REFS_DIR";
  static final String OTHER_VARIABLE = "TWINFILE_OTHER_VOLUME_DIR";

  private Path directory;
  private Backend backend;
  private long cluster;

  @BeforeEach
  void openBackend() throws IOException {
    String configured = System.getenv(VARIABLE);
    if (configured == null || configured.isBlank()) {
      System.err.println(
          "SKIPPED: ReFS native tests need " + VARIABLE + " naming a directory on ReFS or a Dev Drive");
    }
    Assumptions.assumeTrue(
        configured != null && !configured.isBlank(),
        "set " + VARIABLE + " to a directory on a ReFS volume or Dev Drive to run these tests");
    Path root = Paths.get(configured);
    backend =
        new ReFsBackendProvider()
            .open(root)
            .orElseThrow(() -> new AssertionError(VARIABLE + "=" + root + " is not on ReFS"));
    directory = Files.createTempDirectory(root, "twinfile-refs-");
    cluster = backend.capabilities().cloneGranularity();
  }

  @AfterEach
  void cleanUp() throws IOException {
    if (directory == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path path : (Iterable<Path>) files.sorted((a, b) -> b.compareTo(a))::iterator) {
        DosFileAttributeView dos = Files.getFileAttributeView(path, DosFileAttributeView.class);
        dos.setReadOnly(false);
        Files.delete(path);
      }
    }
  }

  private void assumeClones() {
    Assumptions.assumeTrue(
        backend.capabilities().supports(Strategy.CLONE),
        "this ReFS volume does not clone: " + backend.description());
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(directory.resolve(name), bytes);
  }

  private static byte[] random(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  private void assertNoTemporaries() throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      assertEquals(
          List.of(),
          files.filter(p -> Targets.isTemporary(p.getFileName().toString())).toList(),
          "temporary names left behind");
    }
  }

  @Test
  void declaresWhatTheVolumeReports() throws IOException {
    VolumeInfo volume = WindowsFiles.volume(directory);
    assertTrue(volume.isReFs());
    assertEquals(volume.supportsBlockRefcounting(), backend.capabilities().supports(Strategy.CLONE));
    assertEquals(volume.supportsHardLinks(), backend.capabilities().supports(Strategy.LINK));
    if (cluster > 0) {
      assertTrue(cluster == 4096 || cluster == 65_536, "cluster " + cluster);
    }
  }

  @Test
  void clonesEverySizeExactly() throws IOException {
    assumeClones();
    long c = cluster;
    long[] sizes = {0, 1, c - 1, c, c + 1, 3 * c + 5, 5L << 20};
    for (long size : sizes) {
      byte[] bytes = random((int) size, size);
      Path source = write("src-" + size, bytes);
      FileTime modified = FileTime.fromMillis(1_600_000_000_000L + size);
      Files.setLastModifiedTime(source, modified);
      Path target = directory.resolve("clone-" + size);
      backend.clone(source, target);
      assertArrayEquals(bytes, Files.readAllBytes(target), "bytes of size " + size);
      FileStatus status = backend.status(target);
      assertEquals(size, status.size(), "exact size");
      assertEquals(1, status.linkCount());
      assertNotEquals(backend.status(source).identity(), status.identity());
      assertEquals(modified, status.lastModified());
    }
    assertNoTemporaries();
  }

  @Test
  void writesStayOnTheirSide() throws IOException {
    assumeClones();
    byte[] bytes = random((int) (4 * cluster), 7);
    Path source = write("a", bytes);
    Path target = directory.resolve("b");
    backend.clone(source, target);
    try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE)) {
      channel.write(ByteBuffer.wrap(new byte[] {1, 2, 3}), cluster);
    }
    assertArrayEquals(bytes, Files.readAllBytes(source), "source untouched by a write to the clone");
    try (FileChannel channel = FileChannel.open(source, StandardOpenOption.WRITE)) {
      channel.write(ByteBuffer.wrap(new byte[] {9}), 0);
    }
    assertEquals(bytes[0], Files.readAllBytes(target)[0], "clone untouched by a write to the source");
  }

  @Test
  void clonesASparseFileAcrossTheFourGibBoundary() throws IOException {
    assumeClones();
    Path source = directory.resolve("sparse");
    long size = 9L << 30;
    long[] marks = {0, (4L << 30) - cluster, 4L << 30, size - 1};
    try (FileChannel channel =
        FileChannel.open(
            source, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.SPARSE)) {
      for (long mark : marks) {
        channel.write(ByteBuffer.wrap(new byte[] {(byte) (mark % 251 + 1)}), mark);
      }
    }
    Assumptions.assumeTrue(
        WindowsFiles.status(source).isSparse(), "the JDK did not make the source sparse");
    Path target = directory.resolve("sparse-clone");
    backend.clone(source, target);
    assertEquals(size, Files.size(target));
    assertTrue(WindowsFiles.status(target).isSparse(), "a sparse source gives a sparse clone");
    try (FileChannel channel = FileChannel.open(target, StandardOpenOption.READ)) {
      for (long mark : marks) {
        ByteBuffer one = ByteBuffer.allocate(1);
        channel.read(one, mark);
        assertEquals((byte) (mark % 251 + 1), one.get(0), "byte at " + mark);
      }
      ByteBuffer hole = ByteBuffer.allocate(1);
      channel.read(hole, 6L << 30);
      assertEquals(0, hole.get(0));
    }
  }

  @Test
  void matchesTheIntegritySetting() throws IOException {
    assumeClones();
    Path source = directory.resolve("integrity");
    try (WinFile file = WinFile.createNew(source)) {
      file.setIntegrity(new IntegrityInfo(2, 0, 0, 0)); // CRC64, set while empty
    } catch (Win32Exception e) {
      Assumptions.assumeTrue(false, "this volume will not take integrity streams: " + e);
    }
    Files.write(source, random((int) (2 * cluster + 3), 11));
    Path target = directory.resolve("integrity-clone");
    backend.clone(source, target);
    try (WinFile from = WinFile.openForReading(source);
        WinFile to = WinFile.openForReading(target)) {
      assertTrue(to.integrity().sameSettingAs(from.integrity()));
      assertTrue(to.integrity().hasIntegrityStream());
    }
    assertArrayEquals(Files.readAllBytes(source), Files.readAllBytes(target));
  }

  @Test
  void keepsReadOnlyAndHiddenAndLeavesNothingBehind() throws IOException {
    assumeClones();
    Path source = write("ro", random(10_000, 3));
    DosFileAttributeView dos = Files.getFileAttributeView(source, DosFileAttributeView.class);
    dos.setHidden(true);
    dos.setReadOnly(true);
    Path target = directory.resolve("ro-clone");
    backend.clone(source, target);
    DosFileAttributeView cloned = Files.getFileAttributeView(target, DosFileAttributeView.class);
    assertTrue(cloned.readAttributes().isReadOnly());
    assertTrue(cloned.readAttributes().isHidden());
    assertEquals(1, backend.status(target).linkCount(), "no leftover temporary name");
    assertNoTemporaries();
  }

  @Test
  void serialisesClonesOfOneSource() throws Exception {
    assumeClones();
    byte[] bytes = random(3 * (int) cluster + 17, 5);
    Path source = write("shared", bytes);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Path>> clones = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        Path target = directory.resolve("parallel-" + i);
        clones.add(
            pool.submit(
                () -> {
                  backend.clone(source, target);
                  return target;
                }));
      }
      for (Future<Path> clone : clones) {
        assertArrayEquals(bytes, Files.readAllBytes(clone.get()), "no zero-filled clone");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void refusesAndLeavesNothing() throws IOException {
    assumeClones();
    Path source = write("a", random(100, 1));
    Path existing = write("b", new byte[] {42});
    assertThrows(FileAlreadyExistsException.class, () -> backend.clone(source, existing));
    assertArrayEquals(new byte[] {42}, Files.readAllBytes(existing));
    Path sub = Files.createDirectory(directory.resolve("sub"));
    NotRegularFileException e =
        assertThrows(NotRegularFileException.class, () -> backend.clone(sub, directory.resolve("c")));
    assertEquals(FileStatus.Kind.DIRECTORY, e.kind());
    assertFalse(Files.exists(directory.resolve("c")));
    assertNoTemporaries();
  }

  @Test
  void refusesAnotherVolume() throws IOException {
    assumeClones();
    String other = System.getenv(OTHER_VARIABLE);
    Assumptions.assumeTrue(
        other != null && !other.isBlank(), "set " + OTHER_VARIABLE + " to a directory on another volume");
    Path source = write("a", random(100, 1));
    Path target = Paths.get(other).resolve("twinfile-other-" + System.nanoTime());
    assertThrows(OtherVolumeException.class, () -> backend.clone(source, target));
    assertFalse(Files.exists(target));
  }

  @Test
  void linksWhereTheVolumeLinks() throws IOException {
    Path source = write("l", new byte[] {1});
    Path target = directory.resolve("l2");
    if (!backend.capabilities().supports(Strategy.LINK)) {
      assertThrows(StrategyUnsupportedException.class, () -> backend.link(source, target));
      assertFalse(Files.exists(target));
      return;
    }
    backend.link(source, target);
    FileStatus a = backend.status(source);
    assertEquals(a.identity(), backend.status(target).identity());
    assertEquals(2, a.linkCount());
    Set<Path> listed = new HashSet<>();
    for (Path name : backend.names(source)) {
      listed.add(name.toRealPath());
    }
    assertEquals(Set.of(source.toRealPath(), target.toRealPath()), listed);
  }

  @Test
  void copiesPhysicallyAndByDefault() throws IOException {
    byte[] bytes = random(200_000, 9);
    Path source = write("c", bytes);
    for (CopyMode mode : CopyMode.values()) {
      Path target = directory.resolve("copy-" + mode);
      backend.copy(source, target, mode);
      assertArrayEquals(bytes, Files.readAllBytes(target));
      assertEquals(1, backend.status(target).linkCount());
      assertEquals(
          Files.getLastModifiedTime(source), backend.status(target).lastModified(), mode.name());
    }
    assertNoTemporaries();
  }
}
