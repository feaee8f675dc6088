package dev.twinfile.backend.ntfs.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.twinfile.os.windows.Win32Exception;
import dev.twinfile.spi.FileStatus;
import dev.twinfile.spi.LinkCeilingException;
import dev.twinfile.spi.NotRegularFileException;
import dev.twinfile.spi.OtherVolumeException;
import dev.twinfile.spi.ReadOnlyVolumeException;
import dev.twinfile.spi.Refusal;
import dev.twinfile.spi.RefusedException;
import dev.twinfile.spi.Strategy;
import dev.twinfile.spi.StrategyUnsupportedException;
import dev.twinfile.spi.TwinfileException;
import dev.twinfile.spi.VolumeFullException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

class NtfsErrorsTest {
  private static final Path SOURCE = Paths.get("dir", "source.bin").toAbsolutePath();
  private static final Path TARGET = Paths.get("other", "target.bin").toAbsolutePath();

  private static Win32Exception failure(int code) {
    return new Win32Exception("CreateHardLinkW", code, SOURCE.toString(), TARGET.toString());
  }

  private static IOException link(int code) {
    return link(code, FileStatus.Kind.REGULAR_FILE, false);
  }

  private static IOException link(int code, FileStatus.Kind kind, boolean sourceGone) {
    Win32Exception failure = failure(code);
    IOException mapped =
        NtfsErrors.link(failure, SOURCE, TARGET, kind, 1_024, 1_024, sourceGone);
    assertSame(failure, mapped.getCause(), "the Win32 failure stays attached");
    return mapped;
  }

  private static <T extends RefusedException> T refused(
      Class<T> type, IOException e, Refusal refusal, int code) {
    T refused = assertInstanceOf(type, e);
    assertEquals(refusal, refused.refusal());
    assertEquals(code, refused.nativeCode().getAsInt());
    assertEquals("ntfs", refused.backend());
    assertEquals(SOURCE.toString(), refused.getFile());
    assertEquals(TARGET.toString(), refused.getOtherFile());
    return refused;
  }

  @Test
  void tooManyLinksIsTheCeiling() {
    LinkCeilingException e =
        refused(LinkCeilingException.class, link(1142), Refusal.LINK_CEILING, 1142);
    assertEquals(1_024, e.maxNames());
    assertEquals(1_024, e.linkCount());
    assertEquals(Strategy.LINK, e.strategy());
  }

  @Test
  void notSameDeviceIsAnotherVolume() {
    OtherVolumeException e =
        refused(OtherVolumeException.class, link(17), Refusal.OTHER_VOLUME, 17);
    assertEquals(Strategy.LINK, e.strategy());
  }

  @Test
  void existingTargetIsFileAlreadyExistsOnTheTarget() {
    for (int code : new int[] {80, 183}) {
      FileAlreadyExistsException e = assertInstanceOf(FileAlreadyExistsException.class, link(code));
      assertEquals(TARGET.toString(), e.getFile());
    }
  }

  @Test
  void accessDeniedOnADirectoryIsNotARegularFile() {
    NotRegularFileException e =
        refused(
            NotRegularFileException.class,
            link(5, FileStatus.Kind.DIRECTORY, false),
            Refusal.NOT_REGULAR_FILE,
            5);
    assertEquals(FileStatus.Kind.DIRECTORY, e.kind());
  }

  @Test
  void accessDeniedOnAFileIsAccessDeniedWithTheCodeAsCause() {
    java.nio.file.AccessDeniedException e =
        assertInstanceOf(java.nio.file.AccessDeniedException.class, link(5));
    assertEquals(5, ((dev.twinfile.os.windows.Win32Exception) e.getCause()).code());
  }

  @Test
  void noLinksOnTheVolumeIsUnsupported() {
    for (int code : new int[] {50, 1}) {
      StrategyUnsupportedException e =
          refused(StrategyUnsupportedException.class, link(code), Refusal.UNSUPPORTED, code);
      assertEquals(Strategy.LINK, e.strategy());
    }
  }

  @Test
  void missingPathsNameWhatIsMissing() {
    NoSuchFileException source =
        assertInstanceOf(
            NoSuchFileException.class, link(2, FileStatus.Kind.REGULAR_FILE, true));
    assertEquals(SOURCE.toString(), source.getFile());
    NoSuchFileException directory =
        assertInstanceOf(
            NoSuchFileException.class, link(3, FileStatus.Kind.REGULAR_FILE, false));
    assertEquals(TARGET.getParent().toString(), directory.getFile());
  }

  @Test
  void fullAndReadOnlyVolumes() {
    VolumeFullException full = assertInstanceOf(VolumeFullException.class, link(112));
    assertEquals(TARGET.toString(), full.getFile());
    assertEquals(112, full.nativeCode().getAsInt());
    ReadOnlyVolumeException readOnly = assertInstanceOf(ReadOnlyVolumeException.class, link(19));
    assertEquals(TARGET.toString(), readOnly.getFile());
    assertEquals(19, readOnly.nativeCode().getAsInt());
  }

  @Test
  void anythingElseIsATwinfileExceptionWithTheCode() {
    TwinfileException e = assertInstanceOf(TwinfileException.class, link(32));
    assertEquals(TwinfileException.class, e.getClass());
    assertEquals(32, e.nativeCode().getAsInt());
    assertEquals("ntfs", e.backend());
    assertEquals(true, e.getMessage().contains("ERROR_SHARING_VIOLATION"), e.getMessage());
  }

  @Test
  void statusFailures() {
    Win32Exception missing = new Win32Exception("CreateFileW", 2, SOURCE.toString(), null);
    FileSystemException e =
        assertInstanceOf(NoSuchFileException.class, NtfsErrors.status(missing, SOURCE));
    assertEquals(SOURCE.toString(), e.getFile());
    assertInstanceOf(
        AccessDeniedException.class,
        NtfsErrors.status(new Win32Exception("CreateFileW", 5, null, null), SOURCE));
    TwinfileException other =
        assertInstanceOf(
            TwinfileException.class,
            NtfsErrors.status(new Win32Exception("CreateFileW", 21, null, null), SOURCE));
    assertEquals(21, other.nativeCode().getAsInt());
  }

  @Test
  void copyFailures() {
    Win32Exception full = new Win32Exception("SetFileInformationByHandle", 112, null, null);
    assertInstanceOf(VolumeFullException.class, NtfsErrors.copy(full, SOURCE, TARGET));
    AccessDeniedException denied =
        assertInstanceOf(
            AccessDeniedException.class,
            NtfsErrors.copy(new Win32Exception("CreateFileW", 5, null, null), SOURCE, TARGET));
    assertEquals(TARGET.toString(), denied.getFile());
    assertInstanceOf(
        FileAlreadyExistsException.class,
        NtfsErrors.copy(new Win32Exception("CreateFileW", 80, null, null), SOURCE, TARGET));
  }
}
