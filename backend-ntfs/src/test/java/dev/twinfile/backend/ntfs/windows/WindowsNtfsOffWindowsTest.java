package dev.twinfile.backend.ntfs.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Off Windows the entry point claims nothing, and loads no native code to find that out. */
@DisabledOnOs(OS.WINDOWS)
class WindowsNtfsOffWindowsTest {
  @TempDir Path directory;

  @Test
  void claimsNoVolume() throws IOException {
    assertEquals(Optional.empty(), WindowsNtfs.open(directory));
  }
}
