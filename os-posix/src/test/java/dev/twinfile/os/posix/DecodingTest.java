package dev.twinfile.os.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class DecodingTest {

  @Test
  void xfsGeometryReflinkFlagIsBit20OfTheFlagsWord() {
    byte[] geometry = new byte[112];
    ByteBuffer.wrap(geometry).order(ByteOrder.nativeOrder()).putInt(XfsGeometry.FLAGS_OFFSET, 0x100000 | 0x2);
    assertTrue(XfsGeometry.hasReflink(geometry));
    ByteBuffer.wrap(geometry).order(ByteOrder.nativeOrder()).putInt(XfsGeometry.FLAGS_OFFSET, 0x2);
    assertFalse(XfsGeometry.hasReflink(geometry));
  }

  @Test
  void errnoNamesAndMeanings() {
    assertEquals("EMLINK", Errno.name(31));
    assertEquals("too many links", Errno.describe(31));
    assertEquals("errno 4242", Errno.name(4242));
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void statxAgreesWithJavaNio(@TempDir Path directory) throws IOException {
    Path file = Files.writeString(directory.resolve("f"), "hello");
    Files.createLink(directory.resolve("g"), file);

    Stat stat = Posix.stat(file);
    Map<String, Object> nio = Files.readAttributes(file, "unix:dev,ino,nlink,mode,size,lastModifiedTime", LinkOption.NOFOLLOW_LINKS);

    assertEquals(nio.get("dev"), stat.device());
    assertEquals(nio.get("ino"), stat.inode());
    assertEquals(2L, stat.links());
    assertEquals(nio.get("mode"), stat.mode());
    assertEquals(5L, stat.size());
    assertTrue(stat.isRegularFile());
    assertEquals(Files.getLastModifiedTime(file).toInstant().getEpochSecond(), stat.modifiedSeconds());
    assertEquals(Stat.SYMBOLIC_LINK, Posix.stat(Files.createSymbolicLink(directory.resolve("s"), file)).type());
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void aNameThatIsNotValidUtf8IsReachedByItsOwnBytes(@TempDir Path directory) throws Exception {
    // Java cannot spell the name 0xFF itself; the shell can.
    Process touch =
        new ProcessBuilder("sh", "-c", "printf x > \"$(printf '\\377')\"").directory(directory.toFile()).start();
    assertEquals(0, touch.waitFor());
    Path odd;
    try (var listing = Files.list(directory)) {
      odd = listing.findFirst().orElseThrow();
    }
    assertTrue(odd.toString().indexOf('\uFFFD') >= 0, "the JDK shows the name as " + odd);

    Stat stat = Posix.stat(odd);

    assertTrue(stat.isRegularFile());
    assertEquals(1L, stat.size());
    Posix.link(odd, directory.resolve("named"));
    assertEquals(2L, Posix.stat(directory.resolve("named")).links());
  }
}
