package dev.twinfile.os.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The real kernel32 calls, on the volume of the temporary directory (NTFS on a stock Windows). */
@EnabledOnOs(OS.WINDOWS)
class WindowsFilesNativeTest {
  @TempDir Path directory;

  private Path file(String name, String content) throws IOException {
    return Files.writeString(directory.resolve(name), content);
  }

  @Test
  void readsStatusThroughAHandle() throws IOException {
    Path file = file("a.txt", "hello");
    FileTime modified = FileTime.fromMillis(1_600_000_000_123L);
    Files.setLastModifiedTime(file, modified);
    FileInfo info = WindowsFiles.status(file);
    assertTrue(info.isRegularFile());
    assertEquals(1, info.linkCount());
    assertEquals(5, info.size());
    assertEquals(modified, info.lastModified());
    assertTrue(WindowsFiles.status(directory).isDirectory());
  }

  @Test
  void linksAndCountsNames() throws IOException {
    Path file = file("a.txt", "hello");
    Path link = directory.resolve("b.txt");
    WindowsFiles.createHardLink(link, file);
    FileInfo a = WindowsFiles.status(file);
    FileInfo b = WindowsFiles.status(link);
    assertTrue(a.isSameFile(b));
    assertEquals(2, a.linkCount());
    assertEquals(2, b.linkCount());
    assertFalse(a.isSameFile(WindowsFiles.status(file("c.txt", "hello"))));
  }

  @Test
  void listsEveryNameAsAPathJavaParses() throws IOException {
    Path file = file("a.txt", "x");
    Files.createDirectory(directory.resolve("sub"));
    WindowsFiles.createHardLink(directory.resolve("sub").resolve("b.txt"), file);
    WindowsFiles.createHardLink(directory.resolve("c.txt"), file);
    Set<Path> expected = new HashSet<>();
    for (String name : List.of("a.txt", "sub/b.txt", "c.txt")) {
      // The temporary directory may be given in 8.3 form; the names come back in long form.
      expected.add(directory.resolve(name).toRealPath());
    }
    Set<Path> listed = new HashSet<>();
    for (Path name : WindowsFiles.names(file)) {
      listed.add(name.toRealPath());
      assertTrue(name.isAbsolute());
    }
    assertEquals(expected, listed);
  }

  @Test
  void handlesPathsLongerThanMaxPath() throws IOException {
    Path deep = directory;
    while (deep.toString().length() < 400) {
      deep = deep.resolve("d".repeat(60));
    }
    Files.createDirectories(deep);
    Path file = Files.writeString(deep.resolve("f.txt"), "deep");
    Path link = deep.resolve("g.txt");
    WindowsFiles.createHardLink(link, file);
    assertEquals(2, WindowsFiles.status(link).linkCount());
    // Names longer than the first buffer take the ERROR_MORE_DATA path.
    List<Path> names = WindowsFiles.names(file);
    assertEquals(2, names.size());
    for (Path name : names) {
      assertTrue(name.toString().length() > 400, name.toString());
      assertTrue(Files.isSameFile(name, file));
    }
  }

  @Test
  void reportsTheWin32Codes() throws IOException {
    Path file = file("a.txt", "x");
    Path other = file("b.txt", "y");
    Win32Exception exists =
        assertThrows(Win32Exception.class, () -> WindowsFiles.createHardLink(other, file));
    assertEquals(183, exists.code());
    Win32Exception missing =
        assertThrows(
            Win32Exception.class,
            () -> WindowsFiles.createHardLink(directory.resolve("c"), directory.resolve("nope")));
    assertEquals(2, missing.code());
    assertEquals("ERROR_FILE_NOT_FOUND", missing.symbol());
    Win32Exception notThere =
        assertThrows(Win32Exception.class, () -> WindowsFiles.status(directory.resolve("nope")));
    assertEquals(2, notThere.code());
  }

  @Test
  void describesTheVolume() throws IOException {
    VolumeInfo volume = WindowsFiles.volume(directory);
    assertFalse(volume.fileSystemName().isEmpty());
    assertTrue(volume.root().endsWith("\\"), volume.root());
    String real = directory.toRealPath().toString().toLowerCase(java.util.Locale.ROOT);
    assertTrue(real.startsWith(volume.root().toLowerCase(java.util.Locale.ROOT)), volume.root());
    assertTrue(WindowsFiles.clusterSize(volume.root()) >= 512);
    if (volume.isNtfs()) {
      assertTrue(volume.supportsHardLinks());
      assertFalse(volume.supportsBlockRefcounting());
    }
  }

  @Test
  void symbolicLinksAreNotFollowed() throws IOException {
    Path target = file("target.txt", "x");
    Path link = directory.resolve("link.txt");
    try {
      Files.createSymbolicLink(link, target);
    } catch (IOException | UnsupportedOperationException e) {
      Assumptions.assumeTrue(false, "no privilege to create symbolic links here: " + e);
    }
    FileInfo info = WindowsFiles.status(link);
    assertTrue(info.isSymbolicLink());
    assertFalse(info.isSameFile(WindowsFiles.status(target)));
  }

  @Test
  void followsLinksOnlyWhenAsked() throws IOException {
    Path target = Files.createDirectory(directory.resolve("real"));
    Path link = directory.resolve("link");
    try {
      Files.createSymbolicLink(link, target);
    } catch (IOException | UnsupportedOperationException e) {
      Assumptions.assumeTrue(false, "no privilege to create symbolic links here: " + e);
    }
    assertTrue(WindowsFiles.status(link).isSymbolicLink());
    FileInfo followed = WindowsFiles.statusFollowingLinks(link);
    assertTrue(followed.isDirectory());
    assertTrue(followed.isSameFile(WindowsFiles.status(target)));
  }

  @Test
  void removesANameOfAReadOnlyFile() throws IOException {
    Path file = file("a.txt", "x");
    Path link = directory.resolve("b.txt");
    WindowsFiles.createHardLink(link, file);
    WindowsFiles.setReadOnly(file);
    DosFileAttributeView dos = Files.getFileAttributeView(file, DosFileAttributeView.class);
    assertTrue(dos.readAttributes().isReadOnly());
    WindowsFiles.deleteName(link, file);
    assertFalse(Files.exists(link));
    assertEquals(1, WindowsFiles.status(file).linkCount());
    assertTrue(dos.readAttributes().isReadOnly(), "read-only restored on the remaining name");
    dos.setReadOnly(false);
  }

  @Test
  void copiesTimesAndAttributes() throws IOException {
    Path source = file("a.txt", "x");
    Path target = file("b.txt", "x");
    DosFileAttributeView from = Files.getFileAttributeView(source, DosFileAttributeView.class);
    from.setHidden(true);
    from.setReadOnly(true);
    FileTime modified = FileTime.fromMillis(1_500_000_000_000L);
    from.setTimes(modified, null, FileTime.fromMillis(1_400_000_000_000L));
    assertTrue(WindowsFiles.copyTimesAndAttributes(source, target, false));
    DosFileAttributeView to = Files.getFileAttributeView(target, DosFileAttributeView.class);
    assertTrue(to.readAttributes().isHidden());
    assertFalse(to.readAttributes().isReadOnly(), "read-only left for the caller");
    assertEquals(modified, to.readAttributes().lastModifiedTime());
    assertEquals(FileTime.fromMillis(1_400_000_000_000L), to.readAttributes().creationTime());
    from.setReadOnly(false);
  }

  @Test
  void createsOnlyNewFilesAndDeletesOnClose() throws IOException {
    Path existing = file("a.txt", "x");
    Win32Exception exists = assertThrows(Win32Exception.class, () -> WinFile.createNew(existing));
    assertEquals(80, exists.code());
    Path fresh = directory.resolve("fresh");
    try (WinFile file = WinFile.createNew(fresh)) {
      file.setDeleteOnClose(true);
      file.setEndOfFile(10_000);
      assertEquals(10_000, file.info().size());
      assertNotEquals(0, file.info().fileIdLow() | file.info().fileIdHigh());
    }
    assertFalse(Files.exists(fresh));
  }
}
