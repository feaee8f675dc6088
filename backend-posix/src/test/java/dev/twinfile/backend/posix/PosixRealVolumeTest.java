package dev.twinfile.backend.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.twinfile.core.Placement;
import dev.twinfile.core.Plan;
import dev.twinfile.core.Twinfile;
import dev.twinfile.os.posix.Errno;
import dev.twinfile.spi.Backend;
import dev.twinfile.spi.CopyMode;
import dev.twinfile.spi.LinkCeilingException;
import dev.twinfile.spi.Refusal;
import dev.twinfile.spi.Strategy;
import dev.twinfile.spi.StrategyUnsupportedException;
import dev.twinfile.tck.RealVolumes;
import dev.twinfile.tck.VolumeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What only a real filesystem can show: shared blocks, the kernel's own refusals and errnos. */
class PosixRealVolumeTest {
  private final Twinfile twinfile = Twinfile.create();
  private Path scratch;

  private Path scratch(String volume) throws IOException {
    scratch = Files.createTempDirectory(RealVolumes.require(volume), "posix-test-");
    return scratch;
  }

  @AfterEach
  void removeScratch() throws IOException {
    if (scratch != null) {
      VolumeFactory.deleteTree(scratch);
    }
  }

  private static Path randomFile(Path path, int size) throws IOException {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return Files.write(path, bytes);
  }

  /** Runs filefrag -v, which reads FIEMAP, and says whether any extent carries the shared flag. */
  private static boolean sharesBlocks(Path file) throws IOException, InterruptedException {
    Process filefrag = new ProcessBuilder("filefrag", "-v", file.toString()).redirectErrorStream(true).start();
    String report = new String(filefrag.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, filefrag.waitFor(), report);
    return report.contains("shared");
  }

  @ParameterizedTest
  @ValueSource(strings = {"xfs", "btrfs"})
  void cloneSharesEveryBlockAndAPhysicalCopyNone(String volume) throws Exception {
    Path directory = scratch(volume);
    Path source = randomFile(directory.resolve("source"), 1 << 20);

    Placement clone = twinfile.place(source, directory.resolve("clone"), Plan.of(Strategy.CLONE));
    Placement copy =
        twinfile.place(source, directory.resolve("copy"), Plan.of(Strategy.COPY).copyMode(CopyMode.PHYSICAL));

    assertEquals(Strategy.CLONE, clone.strategy());
    assertTrue(sharesBlocks(directory.resolve("clone")), "the clone's extents are shared");
    assertEquals(Strategy.COPY, copy.strategy());
    assertFalse(sharesBlocks(directory.resolve("copy")), "a physical copy shares nothing");
    assertEquals(-1, Files.mismatch(source, directory.resolve("clone")));
    assertEquals(-1, Files.mismatch(source, directory.resolve("copy")));
  }

  @ParameterizedTest(name = "{1} ({2}) on {0}")
  @CsvSource({
    "xfs, CLONE, DEFAULT", "btrfs, CLONE, DEFAULT",
    "ext4, COPY, DEFAULT", "ext4, COPY, PHYSICAL", "xfs, COPY, DEFAULT", "xfs, COPY, PHYSICAL", "tmpfs, COPY, DEFAULT"
  })
  void aNewFileGetsItsOnlyNameWhenWholeSoNoTemporaryNameEverAppears(
      String volume, Strategy strategy, CopyMode mode) throws Exception {
    Path directory = scratch(volume);
    Path source = randomFile(directory.resolve("source"), 4 << 20);
    Plan plan = Plan.of(strategy).copyMode(mode);
    Set<String> created = new TreeSet<>();
    try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
      directory.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
      assertEquals(strategy, twinfile.place(source, directory.resolve("clone"), plan).strategy());
      assertThrows(FileAlreadyExistsException.class, () -> twinfile.place(source, directory.resolve("clone"), plan));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (!created.contains("clone") && System.nanoTime() < deadline) {
        WatchKey key = watcher.poll(100, TimeUnit.MILLISECONDS);
        if (key != null) {
          key.pollEvents().forEach(event -> created.add(String.valueOf(event.context())));
          key.reset();
        }
      }
      WatchKey late = watcher.poll(200, TimeUnit.MILLISECONDS);
      if (late != null) {
        late.pollEvents().forEach(event -> created.add(String.valueOf(event.context())));
      }
    }
    assertEquals(Set.of("clone"), created, "names that appeared in the directory (inotify)");
    assertEquals(-1, Files.mismatch(source, directory.resolve("clone")));
    try (Stream<Path> listing = Files.list(directory)) {
      assertEquals(Set.of("source", "clone"), listing.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
    }
  }

  @ParameterizedTest(name = "{1} ({2}) on {0}")
  @CsvSource({"xfs, CLONE, DEFAULT", "ext4, COPY, DEFAULT", "ext4, COPY, PHYSICAL"})
  void aNewFileBelongsToTheCallerSoItLosesSetuidAndSetgid(String volume, Strategy strategy, CopyMode mode)
      throws IOException {
    Path directory = scratch(volume);
    Path source = randomFile(directory.resolve("program"), 100);
    Files.setAttribute(source, "unix:mode", 06755);

    twinfile.place(source, directory.resolve("twin"), Plan.of(strategy).copyMode(mode));

    assertEquals(06755, (int) Files.getAttribute(source, "unix:mode") & 07777);
    assertEquals(0755, (int) Files.getAttribute(directory.resolve("twin"), "unix:mode") & 07777);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ext4", "tmpfs"})
  void theKernelRefusesToCloneAndTheRefusalKeepsItsErrno(String volume) throws IOException {
    Path directory = scratch(volume);
    Path source = randomFile(directory.resolve("source"), 10_000);
    Backend declared = twinfile.backendFor(directory);
    assertFalse(declared.capabilities().supports(Strategy.CLONE));
    // A backend told this volume clones must still turn the kernel's answer into a clean refusal.
    Backend optimistic =
        new PosixBackend(volume, "optimistic " + volume, new FilesystemRules(declared.capabilities().linkCeiling(), true, true, true), 4096);

    StrategyUnsupportedException refusal =
        assertThrows(StrategyUnsupportedException.class, () -> optimistic.clone(source, directory.resolve("clone")));

    assertTrue(refusal.nativeCode().isPresent(), refusal.getMessage());
    try (Stream<Path> left = Files.list(directory)) {
      assertEquals(1, left.count(), "nothing but the source is left");
    }
  }

  @Test
  void placeOnExt4ReportsTheRefusedCloneAndCopies() throws IOException {
    Path directory = scratch("ext4");
    Path source = randomFile(directory.resolve("source"), 5000);

    Placement placement = twinfile.place(source, directory.resolve("target"), Plan.of(Strategy.CLONE, Strategy.COPY));

    assertEquals(Strategy.COPY, placement.strategy());
    assertEquals(Refusal.UNSUPPORTED, placement.refused().get(0).refusal());
    assertEquals("posix", placement.backend());
  }

  @Test
  void ext4RefusesTheName65001WithEmlinkKept() throws IOException {
    Path directory = scratch("ext4");
    Path source = randomFile(directory.resolve("source"), 10);
    Path names = Files.createDirectory(directory.resolve("names"));
    Backend backend = twinfile.backendFor(directory);
    for (int i = 2; i <= 65_000; i++) {
      backend.link(source, names.resolve(Integer.toString(i)));
    }

    LinkCeilingException ceiling =
        assertThrows(LinkCeilingException.class, () -> backend.link(source, directory.resolve("refused")));

    assertEquals(Errno.EMLINK, ceiling.nativeCode().getAsInt());
    assertEquals(65_000, ceiling.maxNames());
    assertEquals(65_000, ceiling.linkCount());
    assertFalse(Files.exists(directory.resolve("refused")));
  }

  @Test
  void ntfs3gMountIsLeftToTheNtfsBackend() throws IOException {
    Path ntfs = RealVolumes.require("ntfs");

    assertTrue(new PosixBackendProvider().open(ntfs).isEmpty(), "the POSIX provider does not claim ntfs-3g");
    assertTrue(new PosixBackendProvider().open(RealVolumes.require("ext4")).isPresent());
  }
}
