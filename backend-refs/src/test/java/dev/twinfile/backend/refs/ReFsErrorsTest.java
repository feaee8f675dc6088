package dev.twinfile.backend.refs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.twinfile.os.windows.Win32Exception;
import dev.twinfile.spi.CloneShareLimitException;
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
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

class ReFsErrorsTest {
  private static final Path SOURCE = Paths.get("src", "a.vhdx").toAbsolutePath();
  private static final Path TARGET = Paths.get("dst", "b.vhdx").toAbsolutePath();
  private static final String DUPLICATE = "DeviceIoControl(FSCTL_DUPLICATE_EXTENTS_TO_FILE)";

  private static IOException clone(int code, boolean sameVolume) {
    Win32Exception failure = new Win32Exception(DUPLICATE, code, TARGET.toString(), SOURCE.toString());
    IOException mapped = ReFsErrors.clone(failure, SOURCE, TARGET, sameVolume);
    assertSame(failure, mapped.getCause(), "the Win32 failure stays attached");
    return mapped;
  }

  private static IOException link(int code, FileStatus.Kind kind, boolean sourceGone) {
    Win32Exception failure =
        new Win32Exception("CreateHardLinkW", code, SOURCE.toString(), TARGET.toString());
    IOException mapped =
        ReFsErrors.link(failure, SOURCE, TARGET, kind, 5_000, 1_000_000, sourceGone);
    assertSame(failure, mapped.getCause());
    return mapped;
  }

  private static <T extends RefusedException> T refused(
      Class<T> type, IOException e, Refusal refusal, Strategy strategy, int code) {
    T refused = assertInstanceOf(type, e);
    assertEquals(refusal, refused.refusal());
    assertEquals(strategy, refused.strategy());
    assertEquals(code, refused.nativeCode().getAsInt());
    assertEquals("refs", refused.backend());
    assertEquals(SOURCE.toString(), refused.getFile());
    assertEquals(TARGET.toString(), refused.getOtherFile());
    return refused;
  }

  @Test
  void tooManyReferencesIsTheShareLimit() {
    CloneShareLimitException e =
        refused(
            CloneShareLimitException.class,
            clone(347, true),
            Refusal.CLONE_SHARE_LIMIT,
            Strategy.CLONE,
            347);
    assertEquals(8_175, e.shareLimit());
  }

  @Test
  void invalidFunctionMeansTheVolumeCannotClone() {
    refused(
        StrategyUnsupportedException.class,
        clone(1, true),
        Refusal.UNSUPPORTED,
        Strategy.CLONE,
        1);
  }

  @Test
  void invalidParameterIsAnotherVolumeOnlyWhenTheSerialsDiffer() {
    refused(
        OtherVolumeException.class, clone(87, false), Refusal.OTHER_VOLUME, Strategy.CLONE, 87);
    TwinfileException same = assertInstanceOf(TwinfileException.class, clone(87, true));
    assertEquals(TwinfileException.class, same.getClass());
    assertEquals(87, same.nativeCode().getAsInt());
    assertTrue(same.getMessage().contains("ERROR_INVALID_PARAMETER"), same.getMessage());
  }

  @Test
  void notSupportedIsExplained() {
    TwinfileException e = assertInstanceOf(TwinfileException.class, clone(50, true));
    assertEquals(TwinfileException.class, e.getClass());
    assertEquals(50, e.nativeCode().getAsInt());
    assertTrue(e.getMessage().contains("sparse"), e.getMessage());
    assertTrue(e.getMessage().contains("FSCTL_DUPLICATE_EXTENTS_TO_FILE"), e.getMessage());
  }

  @Test
  void fullReadOnlyAndExisting() {
    VolumeFullException full = assertInstanceOf(VolumeFullException.class, clone(112, true));
    assertEquals(TARGET.toString(), full.getFile());
    assertEquals(112, full.nativeCode().getAsInt());
    ReadOnlyVolumeException readOnly =
        assertInstanceOf(ReadOnlyVolumeException.class, clone(19, true));
    assertEquals(19, readOnly.nativeCode().getAsInt());
    FileAlreadyExistsException exists =
        assertInstanceOf(FileAlreadyExistsException.class, clone(80, true));
    assertEquals(TARGET.toString(), exists.getFile());
  }

  @Test
  void missingAndDenied() {
    NoSuchFileException missing = assertInstanceOf(NoSuchFileException.class, clone(2, true));
    assertEquals(SOURCE.toString(), missing.getFile());
    assertInstanceOf(AccessDeniedException.class, clone(5, true));
  }

  @Test
  void anythingElseKeepsItsCode() {
    TwinfileException e = assertInstanceOf(TwinfileException.class, clone(1117, true));
    assertEquals(TwinfileException.class, e.getClass());
    assertEquals(1117, e.nativeCode().getAsInt());
  }

  @Test
  void tooManyLinksIsAlwaysTheCeiling() {
    LinkCeilingException e =
        refused(
            LinkCeilingException.class,
            link(1142, FileStatus.Kind.REGULAR_FILE, false),
            Refusal.LINK_CEILING,
            Strategy.LINK,
            1142);
    assertEquals(1_000_000, e.maxNames());
    assertEquals(5_000, e.linkCount());
  }

  @Test
  void linkRefusals() {
    refused(
        OtherVolumeException.class,
        link(17, FileStatus.Kind.REGULAR_FILE, false),
        Refusal.OTHER_VOLUME,
        Strategy.LINK,
        17);
    for (int code : new int[] {1, 50}) {
      StrategyUnsupportedException e =
          refused(
              StrategyUnsupportedException.class,
              link(code, FileStatus.Kind.REGULAR_FILE, false),
              Refusal.UNSUPPORTED,
              Strategy.LINK,
              code);
      assertTrue(e.getMessage().contains("3.5"), e.getMessage());
    }
    NotRegularFileException directory =
        assertInstanceOf(
            NotRegularFileException.class, link(5, FileStatus.Kind.DIRECTORY, false));
    assertEquals(FileStatus.Kind.DIRECTORY, directory.kind());
    assertInstanceOf(
        java.nio.file.AccessDeniedException.class, link(5, FileStatus.Kind.REGULAR_FILE, false));
    assertInstanceOf(
        FileAlreadyExistsException.class, link(183, FileStatus.Kind.REGULAR_FILE, false));
  }

  @Test
  void linkNamesWhatIsMissing() {
    NoSuchFileException source =
        assertInstanceOf(NoSuchFileException.class, link(2, FileStatus.Kind.REGULAR_FILE, true));
    assertEquals(SOURCE.toString(), source.getFile());
    NoSuchFileException directory =
        assertInstanceOf(NoSuchFileException.class, link(3, FileStatus.Kind.REGULAR_FILE, false));
    assertEquals(TARGET.getParent().toString(), directory.getFile());
  }

  @Test
  void knowsAVolumeWithoutFileIds() {
    for (int code : new int[] {1, 50, 87}) {
      assertTrue(ReFsErrors.lacksFileIds(new Win32Exception("GetFileInfo", code, null, null)));
    }
    for (int code : new int[] {2, 3, 5, 32}) {
      assertFalse(ReFsErrors.lacksFileIds(new Win32Exception("GetFileInfo", code, null, null)));
    }
  }

  @Test
  void statusAndCopy() {
    assertInstanceOf(
        NoSuchFileException.class,
        ReFsErrors.status(new Win32Exception("CreateFileW", 3, null, null), SOURCE));
    assertInstanceOf(
        AccessDeniedException.class,
        ReFsErrors.status(new Win32Exception("CreateFileW", 5, null, null), SOURCE));
    assertEquals(
        TwinfileException.class,
        ReFsErrors.status(new Win32Exception("CreateFileW", 32, null, null), SOURCE).getClass());
    assertInstanceOf(
        VolumeFullException.class,
        ReFsErrors.copy(new Win32Exception("CreateFileW", 112, null, null), SOURCE, TARGET));
  }

  @Test
  void targetSideFailuresNameTheTarget() {
    Path source = Path.of("C:\\src\\a");
    Path target = Path.of("C:\\dst\\b");
    java.nio.file.NoSuchFileException missing =
        assertInstanceOf(
            java.nio.file.NoSuchFileException.class,
            ReFsErrors.targetSide(new Win32Exception("CreateFileW", 3, target.toString(), null), source, target));
    assertTrue(missing.getMessage().contains("target"), missing.getMessage());
    java.nio.file.AccessDeniedException denied =
        assertInstanceOf(
            java.nio.file.AccessDeniedException.class,
            ReFsErrors.targetSide(new Win32Exception("CreateFileW", 5, target.toString(), null), source, target));
    assertEquals(target.toString(), denied.getFile());
  }
}
