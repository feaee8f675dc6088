package dev.twinfile.os.windows;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.Kernel32Util;
import com.sun.jna.platform.win32.WinDef;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.IntByReference;
import java.nio.file.Path;

/**
 * The gate to kernel32: refuses to load it off Windows, turns the last error into a {@link
 * Win32Exception} straight after the failed call, and moves structures between byte arrays and
 * native memory.
 */
final class Native32 {
  private Native32() {}

  /** Returns jna-platform's kernel32. */
  static Kernel32 kernel32() {
    requireWindows();
    return Kernel32.INSTANCE;
  }

  /** Returns the functions jna-platform lacks. */
  static Kernel32Ext ext() {
    requireWindows();
    return Kernel32Ext.INSTANCE;
  }

  private static void requireWindows() {
    if (!WindowsFiles.isWindows()) {
      throw new UnsupportedOperationException(
          "kernel32 is only available on Windows, not on " + System.getProperty("os.name"));
    }
  }

  /**
   * Returns the failure of the call that just returned false; call it before anything else that
   * may reach native code, which would replace the saved error.
   */
  static Win32Exception lastError(String function, Path file, Path other) {
    return error(function, Native.getLastError(), file, other);
  }

  /** Returns the failure with {@code code}, described by the table or else by the system. */
  static Win32Exception error(String function, int code, Path file, Path other) {
    String description = Win32Errors.description(code);
    if (description == null) {
      description = systemMessage(code);
    }
    return new Win32Exception(
        function,
        code,
        file == null ? null : file.toString(),
        other == null ? null : other.toString(),
        description);
  }

  private static String systemMessage(int code) {
    try {
      String text = Kernel32Util.formatMessageFromLastErrorCode(code);
      return text == null ? null : text.strip();
    } catch (RuntimeException e) {
      return null; // No text for this code: the symbolic name and number still identify it.
    }
  }

  /** Calls GetFileInformationByHandleEx for {@code infoClass} into a zeroed {@code size} bytes. */
  static byte[] fileInformation(WinNT.HANDLE handle, int infoClass, int size, Path path)
      throws Win32Exception {
    Memory buffer = new Memory(size);
    buffer.clear();
    WinDef.DWORD length = new WinDef.DWORD(size);
    if (!kernel32().GetFileInformationByHandleEx(handle, infoClass, buffer, length)) {
      throw lastError("GetFileInformationByHandleEx(" + infoClass + ")", path, null);
    }
    return buffer.getByteArray(0, size);
  }

  /** Calls SetFileInformationByHandle for {@code infoClass} with {@code information}. */
  static void setFileInformation(WinNT.HANDLE handle, int infoClass, byte[] information, Path path)
      throws Win32Exception {
    Memory buffer = new Memory(information.length);
    buffer.write(0, information, 0, information.length);
    if (!kernel32()
        .SetFileInformationByHandle(
            handle, infoClass, buffer, new WinDef.DWORD(information.length))) {
      throw lastError("SetFileInformationByHandle(" + infoClass + ")", path, null);
    }
  }

  /**
   * Sends a file-system control whose output may not fit: returns the output also when the call
   * fails with ERROR_MORE_DATA (the caller asks again from where it ends), and null when it fails
   * with ERROR_HANDLE_EOF (nothing at or past the given start).
   *
   * @param more set to whether the call reported ERROR_MORE_DATA
   */
  static byte[] controlInParts(
      WinNT.HANDLE handle, int code, String name, byte[] input, int outputSize, Path path, boolean[] more)
      throws Win32Exception {
    Memory in = new Memory(input.length);
    in.write(0, input, 0, input.length);
    Memory out = new Memory(outputSize);
    out.clear();
    IntByReference returned = new IntByReference();
    more[0] = false;
    if (!kernel32().DeviceIoControl(handle, code, in, input.length, out, outputSize, returned, null)) {
      Win32Exception failure = lastError("DeviceIoControl(" + name + ")", path, null);
      if (failure.code() == Win32.ERROR_HANDLE_EOF) {
        return null;
      }
      if (failure.code() != Win32.ERROR_MORE_DATA) {
        throw failure;
      }
      more[0] = true;
    }
    return out.getByteArray(0, outputSize);
  }

  /**
   * Sends the file-system control {@code code} named {@code name} with {@code input} (or none),
   * and returns {@code outputSize} bytes of output (or none).
   */
  static byte[] control(
      WinNT.HANDLE handle,
      int code,
      String name,
      byte[] input,
      int outputSize,
      Path path,
      Path other)
      throws Win32Exception {
    Memory in = null;
    if (input != null && input.length > 0) {
      in = new Memory(input.length);
      in.write(0, input, 0, input.length);
    }
    Memory out = null;
    if (outputSize > 0) {
      out = new Memory(outputSize);
      out.clear();
    }
    IntByReference returned = new IntByReference();
    if (!kernel32()
        .DeviceIoControl(
            handle, code, in, in == null ? 0 : input.length, out, outputSize, returned, null)) {
      throw lastError("DeviceIoControl(" + name + ")", path, other);
    }
    return out == null ? new byte[0] : out.getByteArray(0, outputSize);
  }
}
