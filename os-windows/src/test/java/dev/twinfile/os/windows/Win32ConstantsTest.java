package dev.twinfile.os.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.platform.win32.WinBase;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.platform.win32.Winioctl;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The numbers written out in {@link Win32} and {@link Win32Errors}, checked against jna-platform
 * (compile-time constants, so no JNA class is initialised).
 */
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
        Win32.FSCTL_GET_RETRIEVAL_POINTERS,
        Win32.ctlCode(fs, 28, Winioctl.METHOD_NEITHER, Winioctl.FILE_ANY_ACCESS));
  }

  @Test
  void errorTableAgreesWithWinError() {
    // Constants, not reflection: reading WinError's fields would initialise it and load JNA.
    Set<Integer> checked = new HashSet<>();
    check(checked, WinError.ERROR_SUCCESS, "ERROR_SUCCESS");
    check(checked, WinError.ERROR_INVALID_FUNCTION, "ERROR_INVALID_FUNCTION");
    check(checked, WinError.ERROR_FILE_NOT_FOUND, "ERROR_FILE_NOT_FOUND");
    check(checked, WinError.ERROR_PATH_NOT_FOUND, "ERROR_PATH_NOT_FOUND");
    check(checked, WinError.ERROR_TOO_MANY_OPEN_FILES, "ERROR_TOO_MANY_OPEN_FILES");
    check(checked, WinError.ERROR_ACCESS_DENIED, "ERROR_ACCESS_DENIED");
    check(checked, WinError.ERROR_INVALID_HANDLE, "ERROR_INVALID_HANDLE");
    check(checked, WinError.ERROR_NOT_ENOUGH_MEMORY, "ERROR_NOT_ENOUGH_MEMORY");
    check(checked, WinError.ERROR_OUTOFMEMORY, "ERROR_OUTOFMEMORY");
    check(checked, WinError.ERROR_INVALID_DRIVE, "ERROR_INVALID_DRIVE");
    check(checked, WinError.ERROR_NOT_SAME_DEVICE, "ERROR_NOT_SAME_DEVICE");
    check(checked, WinError.ERROR_WRITE_PROTECT, "ERROR_WRITE_PROTECT");
    check(checked, WinError.ERROR_NOT_READY, "ERROR_NOT_READY");
    check(checked, WinError.ERROR_SHARING_VIOLATION, "ERROR_SHARING_VIOLATION");
    check(checked, WinError.ERROR_LOCK_VIOLATION, "ERROR_LOCK_VIOLATION");
    check(checked, WinError.ERROR_HANDLE_EOF, "ERROR_HANDLE_EOF");
    check(checked, WinError.ERROR_HANDLE_DISK_FULL, "ERROR_HANDLE_DISK_FULL");
    check(checked, WinError.ERROR_NOT_SUPPORTED, "ERROR_NOT_SUPPORTED");
    check(checked, WinError.ERROR_BAD_NETPATH, "ERROR_BAD_NETPATH");
    check(checked, WinError.ERROR_NETNAME_DELETED, "ERROR_NETNAME_DELETED");
    check(checked, WinError.ERROR_BAD_NET_NAME, "ERROR_BAD_NET_NAME");
    check(checked, WinError.ERROR_FILE_EXISTS, "ERROR_FILE_EXISTS");
    check(checked, WinError.ERROR_INVALID_PARAMETER, "ERROR_INVALID_PARAMETER");
    check(checked, WinError.ERROR_DISK_FULL, "ERROR_DISK_FULL");
    check(checked, WinError.ERROR_INSUFFICIENT_BUFFER, "ERROR_INSUFFICIENT_BUFFER");
    check(checked, WinError.ERROR_INVALID_NAME, "ERROR_INVALID_NAME");
    check(checked, WinError.ERROR_DIR_NOT_EMPTY, "ERROR_DIR_NOT_EMPTY");
    check(checked, WinError.ERROR_BAD_PATHNAME, "ERROR_BAD_PATHNAME");
    check(checked, WinError.ERROR_ALREADY_EXISTS, "ERROR_ALREADY_EXISTS");
    check(checked, WinError.ERROR_FILENAME_EXCED_RANGE, "ERROR_FILENAME_EXCED_RANGE");
    check(checked, WinError.ERROR_MORE_DATA, "ERROR_MORE_DATA");
    check(checked, WinError.ERROR_DIRECTORY, "ERROR_DIRECTORY");
    check(checked, WinError.ERROR_DELETE_PENDING, "ERROR_DELETE_PENDING");
    check(checked, WinError.ERROR_FILE_SYSTEM_LIMITATION, "ERROR_FILE_SYSTEM_LIMITATION");
    check(checked, WinError.ERROR_NOT_CAPABLE, "ERROR_NOT_CAPABLE");
    check(checked, WinError.ERROR_UNRECOGNIZED_VOLUME, "ERROR_UNRECOGNIZED_VOLUME");
    check(checked, WinError.ERROR_IO_DEVICE, "ERROR_IO_DEVICE");
    check(checked, WinError.ERROR_TOO_MANY_LINKS, "ERROR_TOO_MANY_LINKS");
    check(checked, WinError.ERROR_USER_MAPPED_FILE, "ERROR_USER_MAPPED_FILE");
    check(checked, WinError.ERROR_PRIVILEGE_NOT_HELD, "ERROR_PRIVILEGE_NOT_HELD");
    check(checked, WinError.ERROR_FILE_CORRUPT, "ERROR_FILE_CORRUPT");
    check(checked, WinError.ERROR_DISK_CORRUPT, "ERROR_DISK_CORRUPT");
    check(checked, WinError.ERROR_NO_SYSTEM_RESOURCES, "ERROR_NO_SYSTEM_RESOURCES");
    check(checked, WinError.ERROR_INVALID_USER_BUFFER, "ERROR_INVALID_USER_BUFFER");
    check(checked, WinError.ERROR_CANT_ACCESS_FILE, "ERROR_CANT_ACCESS_FILE");
    check(checked, WinError.ERROR_CANT_RESOLVE_FILENAME, "ERROR_CANT_RESOLVE_FILENAME");
    check(checked, WinError.ERROR_NOT_A_REPARSE_POINT, "ERROR_NOT_A_REPARSE_POINT");
    check(checked, WinError.ERROR_INVALID_REPARSE_DATA, "ERROR_INVALID_REPARSE_DATA");
    check(checked, WinError.ERROR_FILE_READ_ONLY, "ERROR_FILE_READ_ONLY");
    Set<Integer> unchecked = new HashSet<>(Win32Errors.symbols().keySet());
    unchecked.removeAll(checked);
    // jna-platform lacks ERROR_BLOCK_TOO_MANY_REFERENCES; winerror.h has it as 347.
    assertEquals(Set.of(347), unchecked);
  }

  private static void check(Set<Integer> checked, int code, String symbol) {
    assertEquals(symbol, Win32Errors.symbol(code), "code " + code);
    checked.add(code);
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
