package dev.twinfile.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(value = OS.WINDOWS, disabledReason = "reads unix:nlink, which the JDK has only on POSIX systems")
class CeilingEnforcerTest {
  private static final CeilingEnforcer.StatusReader STATUS =
      path -> {
        Map<String, Object> unix = Files.readAttributes(path, "unix:dev,ino,nlink,size,lastModifiedTime,mode", LinkOption.NOFOLLOW_LINKS);
        int mode = (Integer) unix.get("mode");
        FileStatus.Kind kind =
            (mode & 0170000) == 0100000 ? FileStatus.Kind.REGULAR_FILE
                : (mode & 0170000) == 0040000 ? FileStatus.Kind.DIRECTORY : FileStatus.Kind.OTHER;
        return new FileStatus(
            FileIdentity.of((Long) unix.get("dev"), (Long) unix.get("ino")),
            kind,
            ((Number) unix.get("nlink")).longValue(),
            (Long) unix.get("size"),
            Files.getLastModifiedTime(path));
      };

  private static final CeilingEnforcer.Linker LINK = (source, target) -> Files.createLink(target, source);

  @Test
  void linksUpToTheCeilingAndRefusesTheNext(@TempDir Path directory) throws IOException {
    Path source = Files.writeString(directory.resolve("source"), "x");
    CeilingEnforcer enforcer = new CeilingEnforcer(3, "test");

    enforcer.link(source, directory.resolve("2"), STATUS, LINK);
    enforcer.link(source, directory.resolve("3"), STATUS, LINK);
    LinkCeilingException ceiling =
        assertThrows(LinkCeilingException.class, () -> enforcer.link(source, directory.resolve("4"), STATUS, LINK));

    assertEquals(3, ceiling.linkCount());
    assertEquals(3, ceiling.maxNames());
    assertFalse(Files.exists(directory.resolve("4")));
  }

  @Test
  void aNameAddedBehindItsBackMakesItTakeItsOwnBack(@TempDir Path directory) throws IOException {
    Path source = Files.writeString(directory.resolve("source"), "x");
    CeilingEnforcer enforcer = new CeilingEnforcer(2, "test");
    CeilingEnforcer.Linker racing =
        (from, to) -> {
          Files.createLink(directory.resolve("outsider"), from);
          Files.createLink(to, from);
        };

    assertThrows(LinkCeilingException.class, () -> enforcer.link(source, directory.resolve("mine"), STATUS, racing));

    assertFalse(Files.exists(directory.resolve("mine")));
    assertTrue(Files.exists(directory.resolve("outsider")));
  }

  @Test
  void aSourceReplacedDuringTheLinkIsNotLeftLinked(@TempDir Path directory) throws IOException {
    Path source = Files.writeString(directory.resolve("source"), "x");
    Path impostor = Files.writeString(directory.resolve("impostor"), "y");
    CeilingEnforcer enforcer = new CeilingEnforcer(10, "test");
    CeilingEnforcer.Linker replacing = (from, to) -> Files.createLink(to, impostor);

    TwinfileException replaced =
        assertThrows(TwinfileException.class, () -> enforcer.link(source, directory.resolve("mine"), STATUS, replacing));

    assertTrue(replaced.getMessage().contains("replaced"), replaced.getMessage());
    assertFalse(Files.exists(directory.resolve("mine")));
  }

  @Test
  void aDirectoryIsNotLinked(@TempDir Path directory) throws IOException {
    Path sub = Files.createDirectory(directory.resolve("sub"));

    NotRegularFileException refusal =
        assertThrows(NotRegularFileException.class,
            () -> new CeilingEnforcer(10, "test").link(sub, directory.resolve("t"), STATUS, LINK));

    assertEquals(FileStatus.Kind.DIRECTORY, refusal.kind());
  }
}
