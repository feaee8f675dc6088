package dev.twinfile.os.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.platform.win32.WinBase;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.platform.win32.Winioctl;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The numbers written out in {@link Win32} and {@link Win32Errors}, checked against jna-platform. */
class Win32ConstantsTest {

  @Test
  void matchJnaPlatformWhereItHasThem() {
    assertEquals(WinError.ERROR_INVALID_FUNCTION, Win32.ERROR_INVALID_FUNCTION);
    assertEquals(WinError.ERROR_FILE_NOT_FOUND, Win32.ERROR_FILE_NOT_FOUND);
    assertEquals(WinError.ERROR_PATH_NOT_FOUND, Win32.ERROR_PATH_NOT_FOUND);
    assertEquals(WinError.ERROR_ACCESS_DENIED, Win32.ERROR_ACCESS_DENIED);
    assertEquals(WinError.ERROR_HANDLE_EOF, Win32.ERROR_HANDLE_EOF);
    assertEquals(WinError.ERROR_NOT_SUPPORTED, Win32.ERROR_NOT_SUPPORTED);
    assertEquals(WinError.ERROR_FILE_EXISTS, Win32.ERROR_FILE_EXISTS);
    assertEquals(WinError.ERROR_INVALID_PARAMETER, Win32.ERROR_INVALID_PARAMETER);
    assertEquals(WinError.ERROR_ALREADY_EXISTS, Win32.ERROR_ALREADY_EXISTS);
    assertEquals(WinError.ERROR_MORE_DATA, Win32.ERROR_MORE_DATA);
    assertEquals(WinError.ERROR_PRIVILEGE_NOT_HELD, Win32.ERROR_PRIVILEGE_NOT_HELD);

    assertEquals(WinNT.FILE_ATTRIBUTE_READONLY, Win32.FILE_ATTRIBUTE_READONLY);
    assertEquals(WinNT.FILE_ATTRIBUTE_HIDDEN, Win32.FILE_ATTRIBUTE_HIDDEN);
    assertEquals(WinNT.FILE_ATTRIBUTE_SYSTEM, Win32.FILE_ATTRIBUTE_SYSTEM);
    assertEquals(WinNT.FILE_ATTRIBUTE_DIRECTORY, Win32.FILE_ATTRIBUTE_DIRECTORY);
    assertEquals(WinNT.FILE_ATTRIBUTE_ARCHIVE, Win32.FILE_ATTRIBUTE_ARCHIVE);
    assertEquals(WinNT.FILE_ATTRIBUTE_DEVICE, Win32.FILE_ATTRIBUTE_DEVICE);
    assertEquals(WinNT.FILE_ATTRIBUTE_NORMAL, Win32.FILE_ATTRIBUTE_NORMAL);
    assertEquals(WinNT.FILE_ATTRIBUTE_TEMPORARY, Win32.FILE_ATTRIBUTE_TEMPORARY);
    assertEquals(WinNT.FILE_ATTRIBUTE_SPARSE_FILE, Win32.FILE_ATTRIBUTE_SPARSE_FILE);
    assertEquals(WinNT.FILE_ATTRIBUTE_REPARSE_POINT, Win32.FILE_ATTRIBUTE_REPARSE_POINT);
    assertEquals(WinNT.FILE_ATTRIBUTE_OFFLINE, Win32.FILE_ATTRIBUTE_OFFLINE);
    assertEquals(
        WinNT.FILE_ATTRIBUTE_NOT_CONTENT_INDEXED, Win32.FILE_ATTRIBUTE_NOT_CONTENT_INDEXED);
    assertEquals(WinNT.IO_REPARSE_TAG_SYMLINK, Win32.IO_REPARSE_TAG_SYMLINK);

    assertEquals(WinNT.FILE_SUPPORTS_SPARSE_FILES, Win32.FILE_SUPPORTS_SPARSE_FILES);
    assertEquals(WinNT.FILE_READ_ONLY_VOLUME, Win32.FILE_READ_ONLY_VOLUME);
    assertEquals(WinNT.FILE_SUPPORTS_HARD_LINKS, Win32.FILE_SUPPORTS_HARD_LINKS);
    assertEquals(WinNT.FILE_SUPPORTS_OPEN_BY_FILE_ID, Win32.FILE_SUPPORTS_OPEN_BY_FILE_ID);

    assertEquals(WinNT.GENERIC_READ, Win32.GENERIC_READ);
    assertEquals(WinNT.GENERIC_WRITE, Win32.GENERIC_WRITE);
    assertEquals(WinNT.DELETE, Win32.DELETE);
    assertEquals(WinNT.FILE_READ_ATTRIBUTES, Win32.FILE_READ_ATTRIBUTES);
    assertEquals(WinNT.FILE_WRITE_ATTRIBUTES, Win32.FILE_WRITE_ATTRIBUTES);
    assertEquals(WinNT.FILE_SHARE_READ, Win32.FILE_SHARE_READ);
    assertEquals(WinNT.FILE_SHARE_WRITE, Win32.FILE_SHARE_WRITE);
    assertEquals(WinNT.FILE_SHARE_DELETE, Win32.FILE_SHARE_DELETE);
    assertEquals(WinNT.CREATE_NEW, Win32.CREATE_NEW);
    assertEquals(WinNT.OPEN_EXISTING, Win32.OPEN_EXISTING);
    assertEquals(WinNT.FILE_FLAG_BACKUP_SEMANTICS, Win32.FILE_FLAG_BACKUP_SEMANTICS);
    assertEquals(WinNT.FILE_FLAG_OPEN_REPARSE_POINT, Win32.FILE_FLAG_OPEN_REPARSE_POINT);

    assertEquals(WinBase.FileBasicInfo, Win32.FILE_BASIC_INFO);
    assertEquals(WinBase.FileDispositionInfo, Win32.FILE_DISPOSITION_INFO);
    assertEquals(WinBase.FileEndOfFileInfo, Win32.FILE_END_OF_FILE_INFO);
    assertEquals(WinBase.FileAttributeTagInfo, Win32.FILE_ATTRIBUTE_TAG_INFO);
    assertEquals(WinBase.FileIdInfo, Win32.FILE_ID_INFO);
  }

  @Test
  void controlCodesFollowCtlCode() {
    int fs = Winioctl.FILE_DEVICE_FILE_SYSTEM;
    int buffered = Winioctl.METHOD_BUFFERED;
    // FILE_SPECIAL_ACCESS is FILE_ANY_ACCESS; FSCTL_SET_INTEGRITY wants read and write access.
    assertEquals(Win32.FSCTL_SET_SPARSE, Win32.ctlCode(fs, 49, buffered, Winioctl.FILE_ANY_ACCESS));
    assertEquals(
        Win32.FSCTL_GET_INTEGRITY_INFORMATION,
        Win32.ctlCode(fs, 159, buffered, Winioctl.FILE_ANY_ACCESS));
    assertEquals(
        Win32.FSCTL_SET_INTEGRITY_INFORMATION,
        Win32.ctlCode(
            fs, 160, buffered, Winioctl.FILE_READ_ACCESS | Winioctl.FILE_WRITE_ACCESS));
    assertEquals(
        Win32.FSCTL_DUPLICATE_EXTENTS_TO_FILE,
        Win32.ctlCode(fs, 209, buffered, Winioctl.FILE_WRITE_ACCESS));
    assertEquals(
        com.sun.jna.platform.win32.WinioctlUtil.CTL_CODE(fs, 209, buffered, Winioctl.FILE_WRITE_ACCESS),
        Win32.ctlCode(fs, 209, buffered, Winioctl.FILE_WRITE_ACCESS));
  }

  @Test
  void errorTableAgreesWithWinError() throws IllegalAccessException {
    int checked = 0;
    for (Map.Entry<Integer, String> entry : Win32Errors.symbols().entrySet()) {
      Field field;
      try {
        field = WinError.class.getField(entry.getValue());
      } catch (NoSuchFieldException e) {
        continue; // jna-platform lacks a few, such as ERROR_BLOCK_TOO_MANY_REFERENCES
      }
      assertTrue(Modifier.isStatic(field.getModifiers()));
      assertEquals(field.getInt(null), entry.getKey().intValue(), entry.getValue());
      checked++;
    }
    assertTrue(checked >= 45, "only " + checked + " codes could be checked");
  }

  @Test
  void errorTableHasTheCodesTheBackendsMap() {
    assertEquals("ERROR_TOO_MANY_LINKS", Win32Errors.symbol(1142));
    assertEquals("ERROR_NOT_SAME_DEVICE", Win32Errors.symbol(17));
    assertEquals("ERROR_BLOCK_TOO_MANY_REFERENCES", Win32Errors.symbol(347));
    assertEquals("ERROR_DISK_FULL", Win32Errors.symbol(112));
    assertEquals("ERROR_WRITE_PROTECT", Win32Errors.symbol(19));
    assertEquals("ERROR_HANDLE_EOF", Win32Errors.symbol(38));
    assertEquals("ERROR_MORE_DATA", Win32Errors.symbol(234));
    assertEquals("WIN32_ERROR_99999", Win32Errors.symbol(99_999));
    assertEquals(null, Win32Errors.description(99_999));
  }
}
