package dev.twinfile.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.twinfile.backend.memory.MemoryVolume;
import dev.twinfile.backend.memory.Profile;
import dev.twinfile.core.Placement;
import dev.twinfile.core.Plan;
import dev.twinfile.core.Twinfile;
import dev.twinfile.spi.OtherVolumeException;
import dev.twinfile.spi.Refusal;
import dev.twinfile.spi.Strategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real file placed onto a memory volume and back: the native backends must never hand another
 * file system's path to libc as if it were a real one.
 */
class AcrossFileSystemsTest {

  @Test
  void aRealSourceIsLinkedNowhereOnAMemoryVolumeAndCopiedThere(@TempDir Path directory) throws IOException {
    Path source = Files.writeString(directory.resolve("a"), "real");
    try (MemoryVolume memory = MemoryVolume.create(Profile.UNBOUNDED)) {
      Path target = Files.createDirectories(memory.root().resolve("tmp")).resolve("b");
      Twinfile twinfile = Twinfile.create();

      assertThrows(OtherVolumeException.class,
          () -> twinfile.place(source, target, Plan.of(Strategy.LINK).onOtherVolume(Plan.OnOtherVolume.FAIL)));
      assertFalse(Files.exists(Path.of("/tmp/b")) && Files.isSameFile(Path.of("/tmp/b"), source));
      assertFalse(Files.exists(target));

      Placement placement = twinfile.place(source, target, Plan.of(Strategy.LINK, Strategy.CLONE, Strategy.COPY));
      assertEquals(Strategy.COPY, placement.strategy());
      assertEquals(Refusal.OTHER_VOLUME, placement.refused().get(0).refusal());
      assertEquals("real", Files.readString(target));
    }
  }

  @Test
  void aMemorySourceIsCopiedOntoARealVolume(@TempDir Path directory) throws IOException {
    try (MemoryVolume memory = MemoryVolume.create(Profile.NTFS)) {
      Path source = Files.writeString(memory.root().resolve("a"), "memory");

      Placement placement = Twinfile.create().place(source, directory.resolve("b"), Plan.of(Strategy.LINK, Strategy.COPY));

      assertEquals(Strategy.COPY, placement.strategy());
      assertEquals("memory", Files.readString(directory.resolve("b")));
    }
  }
}
