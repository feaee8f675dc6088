package dev.twinfile.os.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.twinfile.spi.Extent;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class IoctlAndFiemapTest {

  @Test
  void requestNumbersMatchTheKernelHeadersOnTheGenericLayout() {
    IoctlRequest generic = IoctlRequest.forArch("amd64");
    assertEquals(0x40049409L, generic.write(0x94, 9, 4), "FICLONE");
    assertEquals(0x8070587cL, generic.read('X', 124, 112), "XFS_IOC_FSGEOMETRY");
    assertEquals(0xC020660BL, generic.readWrite('f', 11, 32), "FS_IOC_FIEMAP");
    assertEquals(0x40049409L, IoctlRequest.forArch("aarch64").write(0x94, 9, 4));
  }

  @Test
  void powerpcMipsAndSparcPutTheDirectionInThreeBits() {
    IoctlRequest ppc = IoctlRequest.forArch("ppc64le");
    assertEquals(0x80049409L, ppc.write(0x94, 9, 4), "FICLONE on powerpc");
    assertEquals(0x4070587cL, ppc.read('X', 124, 112), "XFS_IOC_FSGEOMETRY on powerpc");
    assertEquals(0xC020660BL, ppc.readWrite('f', 11, 32), "FS_IOC_FIEMAP is the same");
    assertEquals(0x80049409L, IoctlRequest.forArch("mips64el").write(0x94, 9, 4));
  }

  @Test
  void aSizeBeyondTheSizeFieldIsNotARequest() {
    assertThrows(IllegalArgumentException.class, () -> IoctlRequest.forArch("ppc64").read('X', 1, 1 << 13));
    assertEquals(0xBFFF0001L, IoctlRequest.forArch("amd64").read(0, 1, (1 << 14) - 1), "14 size bits");
    assertThrows(IllegalArgumentException.class, () -> IoctlRequest.forArch("amd64").read('X', 1, 1 << 14));
  }

  private static byte[] answer(long[][] extents) {
    byte[] buffer = Fiemap.request(0, Fiemap.FLAG_SYNC);
    ByteBuffer view = ByteBuffer.wrap(buffer).order(ByteOrder.nativeOrder());
    view.putInt(20, extents.length);
    for (int i = 0; i < extents.length; i++) {
      int at = Fiemap.HEADER_BYTES + i * Fiemap.EXTENT_BYTES;
      view.putLong(at, extents[i][0]).putLong(at + 8, extents[i][1]).putLong(at + 16, extents[i][2]);
      view.putInt(at + 40, (int) extents[i][3]);
    }
    return buffer;
  }

  @Test
  void theRequestAsksForEveryExtentFromItsStart() {
    ByteBuffer request = ByteBuffer.wrap(Fiemap.request(8192, Fiemap.FLAG_SYNC)).order(ByteOrder.nativeOrder());
    assertEquals(8192, request.getLong(0));
    assertEquals(-1L, request.getLong(8));
    assertEquals(Fiemap.FLAG_SYNC, request.getInt(16));
    assertEquals(Fiemap.EXTENTS_PER_CALL, request.getInt(24));
  }

  @Test
  void contiguousRunsMergeAndPlacelessExtentsAreLeftOut() {
    List<Extent> extents = new ArrayList<>();
    long next =
        Fiemap.decode(
            answer(new long[][] {
              {0, 1 << 20, 4096, 0},
              {4096, (1 << 20) + 4096, 4096, 0x2000}, // shared, continues the first
              {8192, 0, 4096, Fiemap.EXTENT_DELALLOC},
              {12288, 5 << 20, 4096, 0},
              {16384, 9 << 20, 4096, Fiemap.EXTENT_ENCODED},
              {20480, 0, 100, Fiemap.EXTENT_DATA_INLINE | Fiemap.EXTENT_LAST},
            }),
            extents);
    assertEquals(-1, next, "the last extent ends the map");
    assertEquals(List.of(new Extent(0, 1 << 20, 8192), new Extent(12288, 5 << 20, 4096)), extents);
  }

  @Test
  void aMappedCountBeyondTheBufferIsReadOnlyAsFarAsTheBufferGoes() {
    byte[] buffer = answer(new long[][] {{0, 4096, 4096, 0}});
    ByteBuffer.wrap(buffer).order(ByteOrder.nativeOrder()).putInt(20, Integer.MAX_VALUE);
    List<Extent> extents = new ArrayList<>();
    Fiemap.decode(buffer, extents);
    assertEquals(List.of(new Extent(0, 4096, 4096)), extents);
  }

  @Test
  void aFullAnswerWithoutTheLastFlagAsksForMore() {
    List<Extent> extents = new ArrayList<>();
    assertEquals(8192, Fiemap.decode(answer(new long[][] {{4096, 40960, 4096, 0}}), extents));
    assertEquals(-1, Fiemap.decode(answer(new long[][] {}), extents), "no extents: the map is over");
    assertEquals(List.of(new Extent(4096, 40960, 4096)), extents);
  }

  @Test
  void extentArithmetic() {
    Extent run = new Extent(4096, 1_000_000, 8192);
    assertEquals(1_000_100, run.physicalAt(4196));
    assertEquals(-1, run.physicalAt(4095));
    assertEquals(-1, run.physicalAt(12288));
    assertTrue(run.overlapsPhysically(new Extent(0, 1_008_191, 1)));
    assertEquals(false, run.overlapsPhysically(new Extent(0, 1_008_192, 10)));
    assertThrows(IllegalArgumentException.class, () -> new Extent(0, 0, 0));
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void fiemapOfTheBuildDirectoryAnswersOrSaysWhyNot(@TempDir Path directory) throws IOException {
    Path file = Files.write(directory.resolve("f"), new byte[3 * 65536]);
    try {
      List<Extent> extents = Posix.extents(file);
      long covered = extents.stream().mapToLong(Extent::length).sum();
      assertTrue(covered >= 3 * 65536, "the map covers the written bytes: " + extents);
    } catch (ErrnoException e) {
      assertTrue(e.errno() == Errno.EOPNOTSUPP || e.errno() == Errno.ENOTTY, e.toString());
    }
  }
}
