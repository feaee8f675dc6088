package dev.twinfile.backend.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.twinfile.core.Placement;
import dev.twinfile.core.Plan;
import dev.twinfile.core.Twinfile;
import dev.twinfile.spi.Backend;
import dev.twinfile.spi.LinkCeiling;
import dev.twinfile.spi.NotRegularFileException;
import dev.twinfile.spi.Strategy;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** clonefile(2), renamex_np and the APFS rules; runs only on macOS (not yet run: CI is Linux). */
@EnabledOnOs(OS.MAC)
class MacOsTest {

  @Test
  void apfsDeclaresClonesAndTheCeilingPathconfGives(@TempDir Path directory) throws IOException {
    Backend backend = Twinfile.create().backendFor(directory);

    assertEquals("posix", backend.name());
    assertEquals("apfs", backend.fileStoreType());
    assertTrue(backend.capabilities().supports(Strategy.CLONE));
    assertTrue(backend.capabilities().linkCeiling() instanceof LinkCeiling.Known);
  }

  @Test
  void clonefileMakesAnIndependentCopyWithModeAndMtime(@TempDir Path directory) throws IOException {
    Path source = Files.writeString(directory.resolve("source"), "apfs");
    Files.setPosixFilePermissions(source, PosixFilePermissions.fromString("rwxr-x---"));
    FileTime old = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));
    Files.setLastModifiedTime(source, old);

    Placement placement = Twinfile.create().place(source, directory.resolve("clone"), Plan.of(Strategy.CLONE));

    Path clone = directory.resolve("clone");
    assertEquals(Strategy.CLONE, placement.strategy());
    assertEquals("apfs", Files.readString(clone));
    assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(clone)));
    assertEquals(old.toMillis(), Files.getLastModifiedTime(clone).toMillis());
    Files.writeString(clone, "changed");
    assertEquals("apfs", Files.readString(source));
  }

  @Test
  void noReplaceRenameAndRefusals(@TempDir Path directory) throws IOException {
    Path source = Files.writeString(directory.resolve("source"), "x");
    Path existing = Files.writeString(directory.resolve("existing"), "keep");
    Backend backend = Twinfile.create().backendFor(directory);

    assertThrows(FileAlreadyExistsException.class, () -> backend.clone(source, existing));
    assertEquals("keep", Files.readString(existing));
    assertThrows(NotRegularFileException.class, () -> backend.link(directory, directory.resolve("d")));
    backend.link(source, directory.resolve("linked"));
    assertEquals(2L, backend.status(source).linkCount());
    assertFalse(Files.exists(directory.resolve("d")));
  }
}
