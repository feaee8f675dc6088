package dev.twinfile.os.windows;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.WString;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.win32.StdCallLibrary;
import com.sun.jna.win32.W32APIOptions;

/**
 * The kernel32 functions jna-platform does not declare. Structures travel as byte arrays and are
 * read by offset ({@link Layouts}). Loaded on first use, which {@link Native32} allows only on
 * Windows.
 */
interface Kernel32Ext extends StdCallLibrary {
  Kernel32Ext INSTANCE = Native.load("kernel32", Kernel32Ext.class, W32APIOptions.DEFAULT_OPTIONS);

  /** BOOL CreateHardLinkW(LPCWSTR newName, LPCWSTR existingName, LPSECURITY_ATTRIBUTES). */
  boolean CreateHardLinkW(WString newName, WString existingName, Pointer securityAttributes);

  /** BOOL GetFileInformationByHandle(HANDLE, LPBY_HANDLE_FILE_INFORMATION): 52 bytes out. */
  boolean GetFileInformationByHandle(WinNT.HANDLE file, byte[] information);

  /** HANDLE FindFirstFileNameW(LPCWSTR, DWORD dwFlags, LPDWORD StringLength, PWSTR LinkName). */
  WinNT.HANDLE FindFirstFileNameW(
      WString fileName, int flags, IntByReference stringLength, char[] linkName);

  /** BOOL FindNextFileNameW(HANDLE hFindStream, LPDWORD StringLength, PWSTR LinkName). */
  boolean FindNextFileNameW(WinNT.HANDLE find, IntByReference stringLength, char[] linkName);

  /**
   * BOOL GetVolumeInformationByHandleW(HANDLE, LPWSTR label, DWORD, LPDWORD serial, LPDWORD
   * maxComponentLength, LPDWORD flags, LPWSTR fileSystemName, DWORD).
   */
  boolean GetVolumeInformationByHandleW(
      WinNT.HANDLE file,
      char[] volumeName,
      int volumeNameSize,
      IntByReference serialNumber,
      IntByReference maxComponentLength,
      IntByReference fileSystemFlags,
      char[] fileSystemName,
      int fileSystemNameSize);
}
