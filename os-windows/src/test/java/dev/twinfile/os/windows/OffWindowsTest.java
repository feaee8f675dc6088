package dev.twinfile.os.windows;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Off Windows, the module says so instead of failing to load kernel32. */
@DisabledOnOs(OS.WINDOWS)
class OffWindowsTest {
  @TempDir Path directory;

  @Test
  void knowsItIsNotOnWindows() {
    assertFalse(WindowsFiles.isWindows());
  }

  @Test
  void refusesNativeCallsPlainly() {
    assertThrows(UnsupportedOperationException.class, () -> WindowsFiles.status(directory));
    assertThrows(UnsupportedOperationException.class, () -> WindowsFiles.volume(directory));
    assertThrows(
        UnsupportedOperationException.class, () -> WindowsFiles.statusFollowingLinks(directory));
    assertThrows(UnsupportedOperationException.class, () -> WindowsFiles.names(directory));
    assertThrows(
        UnsupportedOperationException.class,
        () -> WindowsFiles.createHardLink(directory.resolve("b"), directory.resolve("a")));
    assertThrows(UnsupportedOperationException.class, () -> WinFile.openMetadata(directory));
    assertThrows(UnsupportedOperationException.class, () -> WinFile.createNew(directory.resolve("c")));
  }
}
