package dev.twinfile.os.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class Win32ExceptionTest {

  @Test
  void carriesCodeSymbolFunctionAndPaths() {
    Win32Exception e = new Win32Exception("CreateHardLinkW", 1142, "C:\\a", "C:\\b");
    assertEquals(1142, e.code());
    assertEquals("ERROR_TOO_MANY_LINKS", e.symbol());
    assertEquals("CreateHardLinkW", e.function());
    assertEquals("C:\\a", e.getFile());
    assertEquals("C:\\b", e.getOtherFile());
    assertEquals(
        "CreateHardLinkW: ERROR_TOO_MANY_LINKS (1142) An attempt was made to create more links"
            + " on a file than the file system supports.",
        e.getReason());
    assertEquals("C:\\a -> C:\\b: " + e.getReason(), e.getMessage());
  }

  @Test
  void unknownCodesStillHaveAName() {
    Win32Exception e = new Win32Exception("DeviceIoControl", 12345, null, null);
    assertEquals("WIN32_ERROR_12345", e.symbol());
    assertNull(e.description());
    assertEquals("DeviceIoControl: WIN32_ERROR_12345 (12345)", e.getReason());
  }

  @Test
  void translatesLikeTheJdk() {
    assertTranslated(NoSuchFileException.class, 2);
    assertTranslated(NoSuchFileException.class, 3);
    assertTranslated(AccessDeniedException.class, 5);
    assertTranslated(AccessDeniedException.class, 1314);
    assertTranslated(FileAlreadyExistsException.class, 80);
    assertTranslated(FileAlreadyExistsException.class, 183);
    Win32Exception other = new Win32Exception("CreateFileW", 32, "C:\\f", null);
    assertSame(other, other.toFileSystemException());
  }

  private static void assertTranslated(Class<? extends FileSystemException> type, int code) {
    Win32Exception e = new Win32Exception("CreateFileW", code, "C:\\f", "C:\\g");
    FileSystemException translated = e.toFileSystemException();
    assertInstanceOf(type, translated);
    assertEquals("C:\\f", translated.getFile());
    assertEquals("C:\\g", translated.getOtherFile());
    assertEquals(e.getReason(), translated.getReason());
    assertSame(e, translated.getCause());
  }
}
