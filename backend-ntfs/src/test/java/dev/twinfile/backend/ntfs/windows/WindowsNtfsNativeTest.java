package dev.twinfile.backend.ntfs.windows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.twinfile.spi.Backend;
import dev.twinfile.spi.CopyMode;
import dev.twinfile.spi.FileStatus;
import dev.twinfile.spi.LinkCeilingException;
import dev.twinfile.spi.NotRegularFileException;
import dev.twinfile.spi.StrategyUnsupportedException;
import dev.twinfile.spi.Targets;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backend against a real NTFS volume: the temporary directory, which is NTFS on a stock
 * Windows. Skipped, with the reason, when the temporary directory lives elsewhere.
 */
@EnabledOnOs(OS.WINDOWS)
class WindowsNtfsNativeTest {
  @TempDir Path directory;

  private Backend backend;

  @BeforeEach
  void openBackend() throws IOException {
    backend = WindowsNtfs.open(directory).orElse(null);
    Assumptions.assumeTrue(
        backend != null, "the temporary directory " + directory + " is not on an NTFS volume");
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(directory.resolve(name), content);
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
  void linksWithOneIdentity() throws IOException {
    Path source = file("a.txt", "hello");
    Path target = directory.resolve("b.txt");
    backend.link(source, target);
    FileStatus a = backend.status(source);
    FileStatus b = backend.status(target);
    assertEquals(a.identity(), b.identity());
    assertEquals(2, a.linkCount());
    Files.writeString(target, "changed");
    assertEquals("changed", Files.readString(source));
    Files.delete(source);
    assertEquals("changed", Files.readString(target));
    assertEquals(1, backend.status(target).linkCount());
  }

  @Test
  void holdsAFileToTheCeilingAndLeavesNothingBehind() throws IOException {
    Path source = file("full.bin", "x");
    Path links = Files.createDirectory(directory.resolve("links"));
    for (int i = 1; i < 1_024; i++) {
      backend.link(source, links.resolve("l" + i));
    }
    assertEquals(1_024, backend.status(source).linkCount());
    Path refused = links.resolve("one-too-many");
    LinkCeilingException e =
        assertThrows(LinkCeilingException.class, () -> backend.link(source, refused));
    assertEquals(1_024, e.maxNames());
    assertEquals(1_024, e.linkCount());
    assertFalse(Files.exists(refused));
    assertEquals(1_024, backend.status(source).linkCount());
    assertEquals(1_024, backend.names(source).size());
    try (Stream<Path> names = Files.list(links)) {
      assertEquals(1_023, names.count());
    }
  }

  @Test
  void listsEveryName() throws IOException {
    Path source = file("a.txt", "x");
    Path sub = Files.createDirectory(directory.resolve("sub"));
    backend.link(source, sub.resolve("b.txt"));
    backend.link(source, directory.resolve("c.txt"));
    Set<Path> expected = new HashSet<>();
    for (Path p : List.of(source, sub.resolve("b.txt"), directory.resolve("c.txt"))) {
      expected.add(p.toRealPath());
    }
    Set<Path> listed = new HashSet<>();
    for (Path name : backend.names(source)) {
      listed.add(name.toRealPath());
    }
    assertEquals(expected, listed);
  }

  @Test
  void distinguishesFilesByIdentity() throws IOException {
    FileStatus a = backend.status(file("a.txt", "same"));
    FileStatus b = backend.status(file("b.txt", "same"));
    assertNotEquals(a.identity(), b.identity());
    assertEquals(a.identity().volume(), b.identity().volume());
  }

  @Test
  void refusesWhatIsNotARegularFile() throws IOException {
    Path sub = Files.createDirectory(directory.resolve("sub"));
    NotRegularFileException e =
        assertThrows(
            NotRegularFileException.class, () -> backend.link(sub, directory.resolve("t")));
    assertEquals(FileStatus.Kind.DIRECTORY, e.kind());
    assertFalse(Files.exists(directory.resolve("t")));
  }

  @Test
  void refusesASymbolicLinkInsteadOfFollowingIt() throws IOException {
    Path target = file("target.txt", "x");
    Path symlink = directory.resolve("symlink");
    try {
      Files.createSymbolicLink(symlink, target);
    } catch (IOException | UnsupportedOperationException e) {
      Assumptions.assumeTrue(false, "creating symbolic links needs a privilege here: " + e);
    }
    NotRegularFileException link =
        assertThrows(
            NotRegularFileException.class, () -> backend.link(symlink, directory.resolve("u")));
    assertEquals(FileStatus.Kind.SYMBOLIC_LINK, link.kind());
    assertFalse(Files.exists(directory.resolve("u")));
    assertEquals(1, backend.status(target).linkCount());
  }

  @Test
  void refusesExistingTargetsAndMissingSources() throws IOException {
    Path source = file("a.txt", "new");
    Path existing = file("b.txt", "old");
    assertThrows(FileAlreadyExistsException.class, () -> backend.link(source, existing));
    assertThrows(
        FileAlreadyExistsException.class, () -> backend.copy(source, existing, CopyMode.DEFAULT));
    assertEquals("old", Files.readString(existing));
    assertThrows(
        NoSuchFileException.class,
        () -> backend.link(directory.resolve("nope"), directory.resolve("c")));
    assertNoTemporaries();
  }

  @Test
  void refusesToClone() throws IOException {
    Path source = file("a.txt", "x");
    assertThrows(
        StrategyUnsupportedException.class, () -> backend.clone(source, directory.resolve("b")));
    assertFalse(Files.exists(directory.resolve("b")));
  }

  @Test
  void copiesBytesTimesAndAttributes() throws IOException {
    for (CopyMode mode : CopyMode.values()) {
      Path source = file("src-" + mode + ".bin", "payload " + mode);
      DosFileAttributeView dos = Files.getFileAttributeView(source, DosFileAttributeView.class);
      FileTime modified = FileTime.fromMillis(1_500_000_000_000L);
      Files.setLastModifiedTime(source, modified);
      dos.setHidden(true);
      dos.setReadOnly(true);
      Path target = directory.resolve("copy-" + mode + ".bin");
      backend.copy(source, target, mode);
      assertArrayEquals(Files.readAllBytes(source), Files.readAllBytes(target));
      FileStatus status = backend.status(target);
      assertNotEquals(backend.status(source).identity(), status.identity());
      assertEquals(1, status.linkCount());
      assertEquals(modified, status.lastModified());
      DosFileAttributeView copied = Files.getFileAttributeView(target, DosFileAttributeView.class);
      assertTrue(copied.readAttributes().isReadOnly(), mode + " keeps read-only");
      assertTrue(copied.readAttributes().isHidden(), mode + " keeps hidden");
      dos.setReadOnly(false);
      copied.setReadOnly(false);
    }
    assertNoTemporaries();
  }
}
